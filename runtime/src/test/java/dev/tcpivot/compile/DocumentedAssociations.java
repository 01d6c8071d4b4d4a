package dev.tcpivot.compile;

import java.util.List;

/**
 * The table "Supported Association Types" of the v3 page "Create and Manage Associations"
 * ({@code shared/seeds/000_cb3eda5f299f2cb8.txt}, lines 13-55), transcribed by hand. The tests of
 * this package take their expectations from here, never from the SDK under test; {@link
 * DocumentedAssociationsMatchSpecTest} checks that the tables the SDK is generated from say the same.
 */
final class DocumentedAssociations {
  /** One row: an endpoint, the object types it can associate, and whether across owners. */
  record Row(String endpoint, List<String> associableObjectTypes, String crossOwner) {}

  static final List<Row> TABLE =
      List.of(
          new Row("/v3/artifacts", List.of("Groups", "Indicators"), "Yes"),
          new Row("/v3/cases", List.of("Cases", "Groups", "Indicators"), "Yes"),
          new Row(
              "/v3/groups",
              List.of("Artifacts", "Cases", "Groups", "Indicators", "Victim Assets"),
              "Yes"),
          new Row("/v3/indicators", List.of("Artifacts", "Cases", "Groups", "Indicators"), "Yes"),
          new Row(
              "/v3/intelRequirements",
              List.of("Artifacts", "Cases", "Groups", "Indicators", "Victim Assets"),
              "Yes"),
          new Row("/v3/victimAssets", List.of("Groups"), "No"),
          new Row("/v3/victims", List.of("Groups"), "No"));

  private DocumentedAssociations() {}

  /** Whether the documented row of {@code endpoint} lists {@code target}. */
  static boolean allows(Endpoint endpoint, Target target) {
    return row(endpoint).associableObjectTypes().contains(target.documentedName());
  }

  /** Whether the documented row of {@code endpoint} supports cross-owner associations. */
  static boolean crossOwner(Endpoint endpoint) {
    return row(endpoint).crossOwner().equals("Yes");
  }

  private static Row row(Endpoint endpoint) {
    return TABLE.stream()
        .filter(row -> row.endpoint().equals(endpoint.path()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no documented row for " + endpoint.path()));
  }
}
