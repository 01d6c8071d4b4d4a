package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/intelRequirements} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum IntelRequirementField {
  /**
   * {@code fields=associatedArtifacts}
   */
  ASSOCIATED_ARTIFACTS("associatedArtifacts"),

  /**
   * {@code fields=associatedCases}
   */
  ASSOCIATED_CASES("associatedCases"),

  /**
   * {@code fields=associatedGroups}
   */
  ASSOCIATED_GROUPS("associatedGroups"),

  /**
   * {@code fields=associatedIndicators}
   */
  ASSOCIATED_INDICATORS("associatedIndicators"),

  /**
   * {@code fields=associatedVictimAssets}
   */
  ASSOCIATED_VICTIM_ASSETS("associatedVictimAssets"),

  /**
   * {@code fields=tags}
   */
  TAGS("tags");

  private final String wireName;

  IntelRequirementField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
