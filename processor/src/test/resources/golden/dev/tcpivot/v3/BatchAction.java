package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of batch action, as the API spells them: Create, Delete.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum BatchAction {
  /**
   * {@code Create}
   */
  CREATE("Create"),

  /**
   * {@code Delete}
   */
  DELETE("Delete");

  private final String wireValue;

  BatchAction(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of batch action
   */
  public static BatchAction fromWire(String value) {
    for (BatchAction constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown batch action '" + value + "' (values: Create, Delete)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
