package dev.tcpivot.e2e;

import dev.tcpivot.KeywordSection;
import dev.tcpivot.v3.ArtifactCreate;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimCreate;

/**
 * POST bodies with the required fields each object's create.rst gives and fresh values, ready for
 * more fields or associations before {@code build()}.
 */
final class Bodies {
  /** An Artifact type of the docs (v3/associations.rst L75). */
  static final String EMAIL_ADDRESS_ARTIFACT = "Email Address";

  private Bodies() {}

  /** v3/case_management/artifacts/create.rst L11-15. */
  static ArtifactCreate.Builder artifact(long caseId) {
    return ArtifactCreate.of(caseId, Unique.email(), EMAIL_ADDRESS_ARTIFACT);
  }

  /** v3/case_management/cases/create.rst L11-15. */
  static CaseCreate.Builder phishingCase() {
    return CaseCreate.of(Unique.name("Phishing Investigation"), CaseSeverity.LOW, CaseStatus.OPEN);
  }

  /** v3/groups/create.rst L11-15. */
  static GroupCreate.Builder adversary() {
    return GroupCreate.adversary(Unique.name("Bad Guy"));
  }

  /** v3/indicators/create.rst L50-52. */
  static IndicatorCreate.Builder host() {
    return IndicatorCreate.host(Unique.host());
  }

  static IndicatorCreate.Builder address() {
    return IndicatorCreate.address(Unique.ip());
  }

  static IndicatorCreate.Builder url() {
    return IndicatorCreate.url(Unique.url());
  }

  /**
   * v3/intelligence_requirements/schemas.rst: requirementText, uniqueId, subtype, keywordSections.
   */
  static IntelRequirementCreate.Builder intelRequirement() {
    return IntelRequirementCreate.of(
        Unique.name("Threats to Medical Device Companies"),
        Unique.name("IR"),
        1,
        KeywordSection.of(KeywordComparison.INCLUDES, 0, "medical device"));
  }

  /** v3/victims/create.rst L11-13. */
  static VictimCreate.Builder victim() {
    return VictimCreate.of(Unique.name("John Doe"));
  }

  /** v3/associations.rst L245-250: an EmailAddress Victim Asset. */
  static VictimAssetCreate.Builder emailAsset(long victimId) {
    return VictimAssetCreate.emailAddress(victimId, Unique.email());
  }
}
