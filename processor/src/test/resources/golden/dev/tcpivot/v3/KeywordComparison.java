package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of keyword comparison, as the API spells them: includes, excludes.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum KeywordComparison {
  /**
   * {@code includes}
   */
  INCLUDES("includes"),

  /**
   * {@code excludes}
   */
  EXCLUDES("excludes");

  private final String wireValue;

  KeywordComparison(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value as it goes on the wire.
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * The constant for a value as the API sends it.
   *
   * @throws IllegalArgumentException for a value that is not one of keyword comparison
   */
  public static KeywordComparison fromWire(String value) {
    for (KeywordComparison constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown keyword comparison '" + value + "' (values: includes, excludes)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
