package dev.tcpivot.internal;

/** A value of the {@code fields} query parameter; the generated {@code XField} enums implement it. */
public interface FieldName {
  /** The value exactly as the API spells it, e.g. {@code associatedGroups}. */
  String wireName();
}
