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
 * The {@code /v3/victimAssets} endpoint. Obtain it from {@link ThreatConnect#victimAssets()}; thread-safe.
 *
 * <p>{@code /v3/victimAssets} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssets {
  private final Transport transport;

  private final VictimAssetsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public VictimAssets(Transport transport) {
    this(transport, transport.service(VictimAssetsApi.class), null);
  }

  private VictimAssets(Transport transport, VictimAssetsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public VictimAssets inOwner(String ownerName) {
    return new VictimAssets(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/victimAssets}: creates the Victim Asset; the response includes the requested fields.
   */
  public VictimAsset create(VictimAssetCreate body, VictimAssetField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/victimAssets/{id}}: one Victim Asset by ID, with the requested fields.
   */
  public VictimAsset get(long id, VictimAssetField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/victimAssets/{id}}: changes one Victim Asset by ID; the response includes the requested fields.
   */
  public VictimAsset update(long id, VictimAssetUpdate body, VictimAssetField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/victimAssets/{id}}: deletes one Victim Asset by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/victimAssets}: every Victim Asset of the owner, fetched page by page as they are read.
   */
  public Paged<VictimAsset> list(VictimAssetField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/victimAssets}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<VictimAsset> list(ListOptions options, VictimAssetField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/victimAssets/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
