package dev.tcpivot.v3;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.Transport;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The {@code /v3/indicators} endpoint. Obtain it from {@link ThreatConnect#indicators()}; thread-safe.
 *
 * <p>{@code /v3/indicators} can associate Artifacts, Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Indicators {
  private final Transport transport;

  private final IndicatorsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public Indicators(Transport transport) {
    this(transport, transport.service(IndicatorsApi.class), null);
  }

  private Indicators(Transport transport, IndicatorsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Indicators inOwner(String ownerName) {
    return new Indicators(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/indicators}: creates the Indicator; the response includes the requested fields.
   */
  public Indicator create(IndicatorCreate body, IndicatorField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/indicators/{id}}: one Indicator by ID, with the requested fields.
   */
  public Indicator get(long id, IndicatorField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/indicators/{id}}: changes one Indicator by ID; the response includes the requested fields.
   */
  public Indicator update(long id, IndicatorUpdate body, IndicatorField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/indicators/{id}}: deletes one Indicator by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/indicators/{summary}}: one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner, with the requested fields.
   */
  public Indicator get(String summary, IndicatorField... fields) {
    Checks.summary(summary, "summary");
    return transport.data(api.getBySummary(Requests.pathSegment(summary), Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/indicators/{summary}}: changes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner; the response includes the requested fields.
   */
  public Indicator update(String summary, IndicatorUpdate body, IndicatorField... fields) {
    Checks.summary(summary, "summary");
    Checks.notNull(body, "body");
    return transport.data(api.updateBySummary(Requests.pathSegment(summary), body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/indicators/{summary}}: deletes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner.
   */
  public void delete(String summary) {
    Checks.summary(summary, "summary");
    transport.noData(api.deleteBySummary(Requests.pathSegment(summary), owner));
  }

  /**
   * {@code GET /v3/indicators}: every Indicator of the owner, fetched page by page as they are read.
   */
  public Paged<Indicator> list(IndicatorField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/indicators}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Indicator> list(ListOptions options, IndicatorField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/indicators/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
