package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of registry value type, as the API spells them: REG_NONE, REG_BINARY, REG_DWORD, REG_DWORD_LITTLE_ENDIAN, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_LINK, REG_MULTI_SZ, REG_QWORD, REG_QWORD_LITTLE_ENDIAN, REG_SZ.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum RegistryValueType {
  /**
   * {@code REG_NONE}
   */
  REG_NONE("REG_NONE"),

  /**
   * {@code REG_BINARY}
   */
  REG_BINARY("REG_BINARY"),

  /**
   * {@code REG_DWORD}
   */
  REG_DWORD("REG_DWORD"),

  /**
   * {@code REG_DWORD_LITTLE_ENDIAN}
   */
  REG_DWORD_LITTLE_ENDIAN("REG_DWORD_LITTLE_ENDIAN"),

  /**
   * {@code REG_DWORD_BIG_ENDIAN}
   */
  REG_DWORD_BIG_ENDIAN("REG_DWORD_BIG_ENDIAN"),

  /**
   * {@code REG_EXPAND_SZ}
   */
  REG_EXPAND_SZ("REG_EXPAND_SZ"),

  /**
   * {@code REG_LINK}
   */
  REG_LINK("REG_LINK"),

  /**
   * {@code REG_MULTI_SZ}
   */
  REG_MULTI_SZ("REG_MULTI_SZ"),

  /**
   * {@code REG_QWORD}
   */
  REG_QWORD("REG_QWORD"),

  /**
   * {@code REG_QWORD_LITTLE_ENDIAN}
   */
  REG_QWORD_LITTLE_ENDIAN("REG_QWORD_LITTLE_ENDIAN"),

  /**
   * {@code REG_SZ}
   */
  REG_SZ("REG_SZ");

  private final String wireValue;

  RegistryValueType(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of registry value type
   */
  public static RegistryValueType fromWire(String value) {
    for (RegistryValueType constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown registry value type '" + value + "' (values: REG_NONE, REG_BINARY, REG_DWORD, REG_DWORD_LITTLE_ENDIAN, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_LINK, REG_MULTI_SZ, REG_QWORD, REG_QWORD_LITTLE_ENDIAN, REG_SZ)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
