package dev.tcpivot.spec;

/**
 * A value of the {@code fields} query parameter that asks for more in a response, e.g.
 * {@code tags}. The association fields are not listed as such: they follow from the association
 * table.
 */
public record FieldsParam(String name, SourceLine source) {}
