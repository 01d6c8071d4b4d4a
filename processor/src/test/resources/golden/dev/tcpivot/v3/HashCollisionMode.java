package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of hash collision mode, as the API spells them: FavorExisting, FavorIncoming, IgnoreExisting, IgnoreIncoming, Split.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum HashCollisionMode {
  /**
   * {@code FavorExisting}
   */
  FAVOR_EXISTING("FavorExisting"),

  /**
   * {@code FavorIncoming}
   */
  FAVOR_INCOMING("FavorIncoming"),

  /**
   * {@code IgnoreExisting}
   */
  IGNORE_EXISTING("IgnoreExisting"),

  /**
   * {@code IgnoreIncoming}
   */
  IGNORE_INCOMING("IgnoreIncoming"),

  /**
   * {@code Split}
   */
  SPLIT("Split");

  private final String wireValue;

  HashCollisionMode(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of hash collision mode
   */
  public static HashCollisionMode fromWire(String value) {
    for (HashCollisionMode constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown hash collision mode '" + value + "' (values: FavorExisting, FavorIncoming, IgnoreExisting, IgnoreIncoming, Split)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
