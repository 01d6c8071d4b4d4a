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
 * The {@code /v3/groups} endpoint. Obtain it from {@link ThreatConnect#groups()}; thread-safe.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Groups {
  private final Transport transport;

  private final GroupsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public Groups(Transport transport) {
    this(transport, transport.service(GroupsApi.class), null);
  }

  private Groups(Transport transport, GroupsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Groups inOwner(String ownerName) {
    return new Groups(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/groups}: creates the Group; the response includes the requested fields.
   */
  public Group create(GroupCreate body, GroupField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/groups/{id}}: one Group by ID, with the requested fields.
   */
  public Group get(long id, GroupField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/groups/{id}}: changes one Group by ID; the response includes the requested fields.
   */
  public Group update(long id, GroupUpdate body, GroupField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/groups/{id}}: deletes one Group by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/groups/{xid}?owner=}: one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs), with the requested fields.
   */
  public Group getByXid(String xid, GroupField... fields) {
    Requests.requireOwner(owner, "Group XID");
    Checks.summary(xid, "xid");
    return transport.data(api.getByXid(Requests.pathSegment(xid), Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/groups/{xid}?owner=}: changes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs); the response includes the requested fields.
   */
  public Group updateByXid(String xid, GroupUpdate body, GroupField... fields) {
    Requests.requireOwner(owner, "Group XID");
    Checks.summary(xid, "xid");
    Checks.notNull(body, "body");
    return transport.data(api.updateByXid(Requests.pathSegment(xid), body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/groups/{xid}?owner=}: deletes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs).
   */
  public void deleteByXid(String xid) {
    Requests.requireOwner(owner, "Group XID");
    Checks.summary(xid, "xid");
    transport.noData(api.deleteByXid(Requests.pathSegment(xid), owner));
  }

  /**
   * {@code GET /v3/groups}: every Group of the owner, fetched page by page as they are read.
   */
  public Paged<Group> list(GroupField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/groups}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Group> list(ListOptions options, GroupField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/groups/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
