package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of attribute write type, as the API spells them: Append, Replace, Singleton, Static.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum AttributeWriteType {
  /**
   * {@code Append}
   */
  APPEND("Append"),

  /**
   * {@code Replace}
   */
  REPLACE("Replace"),

  /**
   * {@code Singleton}
   */
  SINGLETON("Singleton"),

  /**
   * {@code Static}
   */
  STATIC("Static");

  private final String wireValue;

  AttributeWriteType(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of attribute write type
   */
  public static AttributeWriteType fromWire(String value) {
    for (AttributeWriteType constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown attribute write type '" + value + "' (values: Append, Replace, Singleton, Static)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
