package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/cases} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum CaseField {
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
   * {@code fields=artifacts}
   */
  ARTIFACTS("artifacts"),

  /**
   * {@code fields=tags}
   */
  TAGS("tags"),

  /**
   * {@code fields=attributes}
   */
  ATTRIBUTES("attributes");

  private final String wireName;

  CaseField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
