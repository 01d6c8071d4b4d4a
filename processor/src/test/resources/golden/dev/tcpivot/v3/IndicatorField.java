package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/indicators} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum IndicatorField {
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
   * {@code fields=associationName}
   */
  ASSOCIATION_NAME("associationName"),

  /**
   * {@code fields=attributes}
   */
  ATTRIBUTES("attributes"),

  /**
   * {@code fields=customAssociations}
   */
  CUSTOM_ASSOCIATIONS("customAssociations"),

  /**
   * {@code fields=dnsResolution}
   */
  DNS_RESOLUTION("dnsResolution"),

  /**
   * {@code fields=enrichment}
   */
  ENRICHMENT("enrichment"),

  /**
   * {@code fields=externalDates}
   */
  EXTERNAL_DATES("externalDates"),

  /**
   * {@code fields=falsePositives}
   */
  FALSE_POSITIVES("falsePositives"),

  /**
   * {@code fields=fileActions}
   */
  FILE_ACTIONS("fileActions"),

  /**
   * {@code fields=fileOccurrences}
   */
  FILE_OCCURRENCES("fileOccurrences"),

  /**
   * {@code fields=genericCustomIndicatorValues}
   */
  GENERIC_CUSTOM_INDICATOR_VALUES("genericCustomIndicatorValues"),

  /**
   * {@code fields=geoLocation}
   */
  GEO_LOCATION("geoLocation"),

  /**
   * {@code fields=investigationLinks}
   */
  INVESTIGATION_LINKS("investigationLinks"),

  /**
   * {@code fields=observations}
   */
  OBSERVATIONS("observations"),

  /**
   * {@code fields=securityLabels}
   */
  SECURITY_LABELS("securityLabels"),

  /**
   * {@code fields=sightings}
   */
  SIGHTINGS("sightings"),

  /**
   * {@code fields=tags}
   */
  TAGS("tags"),

  /**
   * {@code fields=threatAssess}
   */
  THREAT_ASSESS("threatAssess"),

  /**
   * {@code fields=trackedUsers}
   */
  TRACKED_USERS("trackedUsers"),

  /**
   * {@code fields=whoIs}
   */
  WHO_IS("whoIs");

  private final String wireName;

  IndicatorField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
