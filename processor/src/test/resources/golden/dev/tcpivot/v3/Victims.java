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
 * The {@code /v3/victims} endpoint. Obtain it from {@link ThreatConnect#victims()}; thread-safe.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Victims {
  private final Transport transport;

  private final VictimsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public Victims(Transport transport) {
    this(transport, transport.service(VictimsApi.class), null);
  }

  private Victims(Transport transport, VictimsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Victims inOwner(String ownerName) {
    return new Victims(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/victims}: creates the Victim; the response includes the requested fields.
   */
  public Victim create(VictimCreate body, VictimField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/victims/{id}}: one Victim by ID, with the requested fields.
   */
  public Victim get(long id, VictimField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/victims/{id}}: changes one Victim by ID; the response includes the requested fields.
   */
  public Victim update(long id, VictimUpdate body, VictimField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/victims/{id}}: deletes one Victim by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/victims}: every Victim of the owner, fetched page by page as they are read.
   */
  public Paged<Victim> list(VictimField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/victims}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Victim> list(ListOptions options, VictimField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/victims/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
