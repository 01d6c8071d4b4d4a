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
 * The {@code /v3/cases} endpoint. Obtain it from {@link ThreatConnect#cases()}; thread-safe.
 *
 * <p>{@code /v3/cases} can associate Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Cases {
  private final Transport transport;

  private final CasesApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public Cases(Transport transport) {
    this(transport, transport.service(CasesApi.class), null);
  }

  private Cases(Transport transport, CasesApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Cases inOwner(String ownerName) {
    return new Cases(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/cases}: creates the Case; the response includes the requested fields.
   */
  public Case create(CaseCreate body, CaseField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/cases/{id}}: one Case by ID, with the requested fields.
   */
  public Case get(long id, CaseField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/cases/{id}}: changes one Case by ID; the response includes the requested fields.
   */
  public Case update(long id, CaseUpdate body, CaseField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/cases/{id}}: deletes one Case by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/cases}: every Case of the owner, fetched page by page as they are read.
   */
  public Paged<Case> list(CaseField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/cases}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Case> list(ListOptions options, CaseField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/cases/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
