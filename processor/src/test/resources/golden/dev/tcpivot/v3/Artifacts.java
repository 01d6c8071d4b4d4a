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
 * The {@code /v3/artifacts} endpoint. Obtain it from {@link ThreatConnect#artifacts()}; thread-safe.
 *
 * <p>{@code /v3/artifacts} can associate Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Artifacts {
  private final Transport transport;

  private final ArtifactsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public Artifacts(Transport transport) {
    this(transport, transport.service(ArtifactsApi.class), null);
  }

  private Artifacts(Transport transport, ArtifactsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Artifacts inOwner(String ownerName) {
    return new Artifacts(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/artifacts}: creates the Artifact; the response includes the requested fields.
   */
  public Artifact create(ArtifactCreate body, ArtifactField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/artifacts/{id}}: one Artifact by ID, with the requested fields.
   */
  public Artifact get(long id, ArtifactField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/artifacts/{id}}: changes one Artifact by ID; the response includes the requested fields.
   */
  public Artifact update(long id, ArtifactUpdate body, ArtifactField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/artifacts/{id}}: deletes one Artifact by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/artifacts}: every Artifact of the owner, fetched page by page as they are read.
   */
  public Paged<Artifact> list(ArtifactField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/artifacts}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Artifact> list(ListOptions options, ArtifactField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/artifacts/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
