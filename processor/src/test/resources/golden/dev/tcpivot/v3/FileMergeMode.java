package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of file merge mode, as the API spells them: Distribute, Merge.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum FileMergeMode {
  /**
   * {@code Distribute}
   */
  DISTRIBUTE("Distribute"),

  /**
   * {@code Merge}
   */
  MERGE("Merge");

  private final String wireValue;

  FileMergeMode(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of file merge mode
   */
  public static FileMergeMode fromWire(String value) {
    for (FileMergeMode constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown file merge mode '" + value + "' (values: Distribute, Merge)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
