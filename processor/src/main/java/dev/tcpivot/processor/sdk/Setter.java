package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.TypeName;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.Value;
import dev.tcpivot.spec.ValueFormat;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A setter of a plain field on a create or update builder. Rows of the catalog that share a Java
 * name and parameter type make one setter ({@code fileName} of Documents, Reports and Signatures);
 * rows with another type overload it ({@code status} of Events, Incidents and Tasks).
 *
 * @param types the wire types the field applies to, empty when it applies to all
 * @param countsEachRequest whether the server counts the value anew on every request
 * @param format the documented format of the field's values, checked before sending
 */
record Setter(
    String method, String wireName, Value value, TypeName parameter, List<String> types,
    boolean countsEachRequest, Optional<ValueFormat> format) {

  /** The setters that apply to {@code type} only, not to every type. */
  static List<Setter> only(List<Setter> setters, String type) {
    List<Setter> only = new ArrayList<>();
    for (Setter setter : setters) {
      if (setter.types().contains(type)) {
        only.add(setter);
      }
    }
    return only;
  }

  /** The setters that apply to every type. */
  static List<Setter> common(List<Setter> setters) {
    List<Setter> common = new ArrayList<>();
    for (Setter setter : setters) {
      if (setter.types().isEmpty()) {
        common.add(setter);
      }
    }
    return common;
  }

  /** Setters for a POST body: every settable field that a factory does not always take. */
  static List<Setter> forCreate(Catalog catalog, ValueTypes values) {
    return group(catalog, values, true);
  }

  /** Setters for a PUT body: every settable field that a PUT may change. */
  static List<Setter> forUpdate(Catalog catalog, ValueTypes values) {
    return group(catalog, values, false);
  }

  static Optional<String> ownerField(Catalog catalog, ValueKind kind) {
    return catalog.body().stream()
        .filter(f -> f.value().kind() == kind)
        .map(BodyField::name)
        .findFirst();
  }

  private static List<Setter> group(Catalog catalog, ValueTypes values, boolean create) {
    Map<String, List<BodyField>> groups = new LinkedHashMap<>();
    for (BodyField field : catalog.body()) {
      ValueKind kind = field.value().kind();
      if (!ValueTypes.settable(field.value()) || kind == ValueKind.OWNER_ID || kind == ValueKind.OWNER_NAME) {
        continue;
      }
      if (!create && !field.updatable()) {
        continue;
      }
      String key = Naming.member(field.name()) + " " + values.parameter(field.value());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
    }
    List<Setter> setters = new ArrayList<>();
    for (List<BodyField> rows : groups.values()) {
      boolean needed =
          !create || rows.stream().anyMatch(f -> f.requirement().kind() != Requirement.Kind.REQUIRED);
      if (!needed) {
        continue;
      }
      BodyField first = rows.get(0);
      setters.add(
          new Setter(
              Naming.setter(first.name()),
              first.name(),
              first.value(),
              values.parameter(first.value()),
              types(rows, catalog),
              rows.stream().anyMatch(BodyField::countsEachRequest),
              rows.size() == 1 ? first.format() : Optional.empty()));
    }
    return setters;
  }

  private static List<String> types(List<BodyField> rows, Catalog catalog) {
    if (rows.stream().anyMatch(BodyField::common)) {
      return List.of();
    }
    Set<String> types = new LinkedHashSet<>();
    for (String type : catalog.types()) {
      for (BodyField row : rows) {
        if (row.types().contains(type)) {
          types.add(type);
        }
      }
    }
    return types.size() == catalog.types().size() ? List.of() : List.copyOf(types);
  }
}
