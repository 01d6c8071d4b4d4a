package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/artifacts} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum ArtifactField {
  /**
   * {@code fields=associatedGroups}
   */
  ASSOCIATED_GROUPS("associatedGroups"),

  /**
   * {@code fields=associatedIndicators}
   */
  ASSOCIATED_INDICATORS("associatedIndicators"),

  /**
   * {@code fields=notes}
   */
  NOTES("notes");

  private final String wireName;

  ArtifactField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
