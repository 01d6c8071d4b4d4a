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
 * The {@code /v3/intelRequirements} endpoint. Obtain it from {@link ThreatConnect#intelRequirements()}; thread-safe.
 *
 * <p>{@code /v3/intelRequirements} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirements {
  private final Transport transport;

  private final IntelRequirementsApi api;

  private final String owner;

  /**
   * Used by {@link ThreatConnect}; not for direct use.
   */
  public IntelRequirements(Transport transport) {
    this(transport, transport.service(IntelRequirementsApi.class), null);
  }

  private IntelRequirements(Transport transport, IntelRequirementsApi api, String owner) {
    this.transport = transport;
    this.api = api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public IntelRequirements inOwner(String ownerName) {
    return new IntelRequirements(transport, api, Checks.notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/intelRequirements}: creates the Intelligence Requirement; the response includes the requested fields.
   */
  public IntelRequirement create(IntelRequirementCreate body, IntelRequirementField... fields) {
    Checks.notNull(body, "body");
    return transport.data(api.create(body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code GET /v3/intelRequirements/{id}}: one Intelligence Requirement by ID, with the requested fields.
   */
  public IntelRequirement get(long id, IntelRequirementField... fields) {
    Checks.id(id, "id");
    return transport.data(api.get(id, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code PUT /v3/intelRequirements/{id}}: changes one Intelligence Requirement by ID; the response includes the requested fields.
   */
  public IntelRequirement update(long id, IntelRequirementUpdate body,
      IntelRequirementField... fields) {
    Checks.id(id, "id");
    Checks.notNull(body, "body");
    return transport.data(api.update(id, body, Requests.fieldNames(fields), owner));
  }

  /**
   * {@code DELETE /v3/intelRequirements/{id}}: deletes one Intelligence Requirement by ID.
   */
  public void delete(long id) {
    Checks.id(id, "id");
    transport.noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/intelRequirements}: every Intelligence Requirement of the owner, fetched page by page as they are read.
   */
  public Paged<IntelRequirement> list(IntelRequirementField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/intelRequirements}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<IntelRequirement> list(ListOptions options, IntelRequirementField... fields) {
    Checks.notNull(options, "options");
    List<String> names = Requests.fieldNames(fields);
    return transport.paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code OPTIONS /v3/intelRequirements/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return transport.data(api.fields());
  }
}
