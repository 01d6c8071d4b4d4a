package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of case severity, as the API spells them: Low, Medium, High, Critical.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum CaseSeverity {
  /**
   * {@code Low}
   */
  LOW("Low"),

  /**
   * {@code Medium}
   */
  MEDIUM("Medium"),

  /**
   * {@code High}
   */
  HIGH("High"),

  /**
   * {@code Critical}
   */
  CRITICAL("Critical");

  private final String wireValue;

  CaseSeverity(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of case severity
   */
  public static CaseSeverity fromWire(String value) {
    for (CaseSeverity constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown case severity '" + value + "' (values: Low, Medium, High, Critical)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
