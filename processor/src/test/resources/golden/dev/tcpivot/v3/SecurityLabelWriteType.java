package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of security label write type, as the API spells them: Append, Replace.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum SecurityLabelWriteType {
  /**
   * {@code Append}
   */
  APPEND("Append"),

  /**
   * {@code Replace}
   */
  REPLACE("Replace");

  private final String wireValue;

  SecurityLabelWriteType(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of security label write type
   */
  public static SecurityLabelWriteType fromWire(String value) {
    for (SecurityLabelWriteType constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown security label write type '" + value + "' (values: Append, Replace)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
