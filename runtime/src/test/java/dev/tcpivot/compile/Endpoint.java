package dev.tcpivot.compile;

/**
 * The endpoints of the documented association table, with the Java names that DESIGN.md ("The
 * public API") fixes for them and a create factory that sets every required field.
 */
enum Endpoint {
  ARTIFACTS("/v3/artifacts", "Artifact", "ArtifactCreate.of(12345, \"badguy@bad.com\", \"Email Address\")"),
  CASES("/v3/cases", "Case", "CaseCreate.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN)"),
  GROUPS("/v3/groups", "Group", "GroupCreate.adversary(\"Bad Guy\")"),
  INDICATORS("/v3/indicators", "Indicator", "IndicatorCreate.host(\"badguy.com\")", "Host"),
  INTEL_REQUIREMENTS(
      "/v3/intelRequirements",
      "IntelRequirement",
      "IntelRequirementCreate.of(\"Who targets our mail servers?\", \"IR-0001\", 1,"
          + " KeywordSection.of(KeywordComparison.INCLUDES, 1, \"smtp\"))"),
  VICTIMS("/v3/victims", "Victim", "VictimCreate.of(\"John Smith\")"),
  VICTIM_ASSETS(
      "/v3/victimAssets", "VictimAsset", "VictimAssetCreate.emailAddress(12345, \"jsmith@companyabc.com\")",
      "EmailAddress");

  private final String path;
  private final String javaName;
  private final String createFactory;
  private final String createBuilder;

  Endpoint(String path, String javaName, String createFactory) {
    this(path, javaName, createFactory, "Builder");
  }

  /**
   * @param createBuilder the builder class the factory returns: {@code Builder}, or the builder of
   *     the factory's type where that type has fields of its own (a Host's dnsActive, an
   *     EmailAddress Victim Asset's addressType)
   */
  Endpoint(String path, String javaName, String createFactory, String createBuilder) {
    this.path = path;
    this.javaName = javaName;
    this.createFactory = createFactory;
    this.createBuilder = createBuilder;
  }

  /** The path as the documentation writes it, e.g. {@code /v3/victimAssets}. */
  String path() {
    return path;
  }

  /** {@code VictimAssetCreate}: the body of a POST. */
  String createClass() {
    return javaName + "Create";
  }

  /** {@code VictimAssetUpdate}: the body of a PUT. */
  String updateClass() {
    return javaName + "Update";
  }

  /** An expression for a create builder with every required field set. */
  String createBuilder() {
    return createFactory;
  }

  /** The class of {@link #createBuilder()}, e.g. {@code IndicatorCreate.Host}. */
  String createBuilderClass() {
    return createClass() + "." + createBuilder;
  }

  /** An expression for an empty update builder. */
  String updateBuilder() {
    return updateClass() + ".builder()";
  }
}
