package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/groups} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum GroupField {
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
   * {@code fields=attributes}
   */
  ATTRIBUTES("attributes"),

  /**
   * {@code fields=tags}
   */
  TAGS("tags"),

  /**
   * {@code fields=securityLabels}
   */
  SECURITY_LABELS("securityLabels"),

  /**
   * {@code fields=sightings}
   */
  SIGHTINGS("sightings"),

  /**
   * {@code fields=externalDates}
   */
  EXTERNAL_DATES("externalDates"),

  /**
   * {@code fields=insights}
   */
  INSIGHTS("insights"),

  /**
   * {@code fields=intelReviews}
   */
  INTEL_REVIEWS("intelReviews"),

  /**
   * {@code fields=userDetails}
   */
  USER_DETAILS("userDetails"),

  /**
   * {@code fields=common}
   */
  COMMON("common"),

  /**
   * {@code fields=aliases}
   */
  ALIASES("aliases"),

  /**
   * {@code fields=linkedGroups}
   */
  LINKED_GROUPS("linkedGroups");

  private final String wireName;

  GroupField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
