package dev.tcpivot.clients;

import java.util.List;

/**
 * The rows of the table "Supported Association Types" of the v3 page "Create and Manage
 * Associations" ({@code shared/seeds/000_cb3eda5f299f2cb8.txt}, lines 13-55), transcribed by hand,
 * each with the Java names that DESIGN.md ("The public API") fixes for the endpoint. The tests of
 * this package take their expectations from here, never from the processor under test.
 */
enum DocumentedEndpoint {
  ARTIFACTS("/v3/artifacts", "Artifact", "Yes", "Groups", "Indicators"),
  CASES("/v3/cases", "Case", "Yes", "Cases", "Groups", "Indicators"),
  GROUPS("/v3/groups", "Group", "Yes", "Artifacts", "Cases", "Groups", "Indicators", "Victim Assets"),
  INDICATORS("/v3/indicators", "Indicator", "Yes", "Artifacts", "Cases", "Groups", "Indicators"),
  INTEL_REQUIREMENTS(
      "/v3/intelRequirements", "IntelRequirement", "Yes",
      "Artifacts", "Cases", "Groups", "Indicators", "Victim Assets"),
  VICTIM_ASSETS("/v3/victimAssets", "VictimAsset", "No", "Groups"),
  VICTIMS("/v3/victims", "Victim", "No", "Groups");

  private final String path;
  private final String model;
  private final String crossOwner;
  private final List<String> associableObjectTypes;

  DocumentedEndpoint(String path, String model, String crossOwner, String... associableObjectTypes) {
    this.path = path;
    this.model = model;
    this.crossOwner = crossOwner;
    this.associableObjectTypes = List.of(associableObjectTypes);
  }

  /** The endpoint as the table writes it, e.g. {@code /v3/victimAssets}. */
  String path() {
    return path;
  }

  /** The response model, e.g. {@code VictimAsset}. */
  String model() {
    return model;
  }

  /** The body of a POST, e.g. {@code VictimAssetCreate}. */
  String createBody() {
    return model + "Create";
  }

  /** The body of a PUT, e.g. {@code VictimAssetUpdate}. */
  String updateBody() {
    return model + "Update";
  }

  /** The second column, in the table's order. */
  List<String> associableObjectTypes() {
    return associableObjectTypes;
  }

  /** The third column. */
  boolean supportsCrossOwnerAssociations() {
    return crossOwner.equals("Yes");
  }

  /** Whether the row lists this object type. */
  boolean canAssociate(DocumentedTarget target) {
    return associableObjectTypes.contains(target.documentedName());
  }

  @Override
  public String toString() {
    return path;
  }
}
