package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of case status, as the API spells them: Open, Closed.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum CaseStatus {
  /**
   * {@code Open}
   */
  OPEN("Open"),

  /**
   * {@code Closed}
   */
  CLOSED("Closed");

  private final String wireValue;

  CaseStatus(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of case status
   */
  public static CaseStatus fromWire(String value) {
    for (CaseStatus constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown case status '" + value + "' (values: Open, Closed)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
