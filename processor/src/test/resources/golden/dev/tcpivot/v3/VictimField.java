package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/victims} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum VictimField {
  /**
   * {@code fields=associatedGroups}
   */
  ASSOCIATED_GROUPS("associatedGroups"),

  /**
   * {@code fields=assets}
   */
  ASSETS("assets"),

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
  SECURITY_LABELS("securityLabels");

  private final String wireName;

  VictimField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
