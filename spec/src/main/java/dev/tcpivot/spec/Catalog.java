package dev.tcpivot.spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one endpoint's objects look like: their types (if any), the fields of a POST or PUT body,
 * the fields only responses carry, and the extra values of the {@code fields} query parameter.
 */
public record Catalog(
    ObjectType object,
    List<String> types,
    List<BodyField> body,
    List<ReadOnlyField> readOnly,
    List<FieldsParam> fieldsParams) {

  public Catalog {
    types = List.copyOf(types);
    body = List.copyOf(body);
    readOnly = List.copyOf(readOnly);
    fieldsParams = List.copyOf(fieldsParams);
  }

  /** Whether objects of this endpoint have a {@code type} chosen from {@link #types()}. */
  public boolean typed() {
    return !types.isEmpty();
  }

  /** The body fields that apply to objects of the given wire type, in table order. */
  public List<BodyField> fieldsOf(String type) {
    return body.stream().filter(f -> f.appliesTo(type)).collect(Collectors.toUnmodifiableList());
  }

  /** The first body field of that name, if any. */
  public Optional<BodyField> bodyField(String name) {
    return body.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
