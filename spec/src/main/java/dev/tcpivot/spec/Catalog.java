package dev.tcpivot.spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one endpoint's objects look like: their types (if any), the fields of a POST or PUT body,
 * the fields only responses carry, the extra values of the {@code fields} query parameter, and the
 * documented examples of the formats its body fields have.
 */
public record Catalog(
    ObjectType object,
    List<String> types,
    List<BodyField> body,
    List<ReadOnlyField> readOnly,
    List<FieldsParam> fieldsParams,
    List<FormatExample> formatExamples) {

  public Catalog {
    types = List.copyOf(types);
    body = List.copyOf(body);
    readOnly = List.copyOf(readOnly);
    fieldsParams = List.copyOf(fieldsParams);
    formatExamples = List.copyOf(formatExamples);
  }

  /** Whether objects of this endpoint have a {@code type} chosen from {@link #types()}. */
  public boolean typed() {
    return !types.isEmpty();
  }

  /** The body fields that apply to objects of the given wire type, in table order. */
  public List<BodyField> fieldsOf(String type) {
    return body.stream().filter(f -> f.appliesTo(type)).collect(Collectors.toUnmodifiableList());
  }

  /** The body field of that name that applies to objects of the given wire type, if any. */
  public Optional<BodyField> bodyField(String type, String name) {
    return body.stream().filter(f -> f.name().equals(name) && f.appliesTo(type)).findFirst();
  }

  /** The first body field of that name, if any. */
  public Optional<BodyField> bodyField(String name) {
    return body.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The fields that make up the summary of an object of the given type, in table order, where the
   * endpoint names objects by summary (Indicators): the type's own fields that a create requires,
   * one of a group included ({@code hostName}; a File's {@code md5}, {@code sha1}, {@code sha256};
   * a Registry Key's {@code Key Name}, {@code Value Name}, {@code Value Type}). Empty elsewhere.
   */
  public List<BodyField> summaryFields(String type) {
    if (!object.pathKeys().contains(PathKey.SUMMARY)) {
      return List.of();
    }
    return body.stream()
        .filter(f -> !f.common() && f.appliesTo(type) && f.requirement().kind() != Requirement.Kind.OPTIONAL)
        .collect(Collectors.toUnmodifiableList());
  }
}
