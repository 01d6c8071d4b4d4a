package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * What a response from {@code /v3/victimAssets} can include on request (the {@code fields} query parameter).
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum VictimAssetField {
  /**
   * {@code fields=associatedGroups}
   */
  ASSOCIATED_GROUPS("associatedGroups");

  private final String wireName;

  VictimAssetField(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value as it goes in the {@code fields} query parameter.
   */
  public String wireName() {
    return wireName;
  }
}
