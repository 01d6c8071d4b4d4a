package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one endpoint's catalog file ({@code indicators.table}, ...) and checks it. */
final class CatalogReader {
  private static final List<String> SECTIONS =
      List.of("types", "body", "read-only", "fields", "formats");

  private CatalogReader() {}

  static Catalog read(
      TableFile table, ObjectType object, List<EnumType> enums, List<AssociationRule> rules) {
    table.requireSectionsAmong(SECTIONS);
    if (!table.rows().isEmpty()) {
      throw table.rows().get(0).error("rows must stand in a section (" + String.join(", ", SECTIONS) + ")");
    }
    List<String> types = types(table);
    Catalog shell = new Catalog(object, types, List.of(), List.of(), List.of(), List.of());
    List<BodyField> body = body(table, shell, enums);
    List<ReadOnlyField> readOnly = readOnly(table, body, enums);
    List<FieldsParam> params = fieldsParams(table, object, rules);
    List<FormatExample> examples = FormatReader.examples(table, body);
    return new Catalog(object, types, body, readOnly, params, examples);
  }

  private static List<String> types(TableFile table) {
    List<TableFile.Row> rows = table.section("types");
    TableFile.requireCells(rows, 1, "wire type name");
    List<String> types = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String type = row.cell(0);
      SourceLine first = seen.putIfAbsent(type, row.source());
      if (first != null) {
        throw row.error("type '" + type + "' is already listed at line " + first.line());
      }
      types.add(type);
    }
    return types;
  }

  private static List<BodyField> body(TableFile table, Catalog shell, List<EnumType> enums) {
    List<TableFile.Row> rows = table.section("body");
    TableFile.requireCells(
        rows, 7, "field | value | required | updatable | types | format | counts");
    List<BodyField> fields = new ArrayList<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      if (name.isEmpty()) {
        throw row.error("a body field needs a name");
      }
      if (name.startsWith("associated")) {
        throw row.error(
            "'" + name + "' is an association: it follows from associations.table, not from here");
      }
      Value value = value(row, row.cell(1), enums);
      Requirement requirement = requirement(row, row.cell(2));
      boolean updatable = Names.yesNo(row, 3);
      List<String> types = appliesTo(row, shell);
      if (requirement.kind() != Requirement.Kind.OPTIONAL
          && (value.kind() == ValueKind.OBJECT || value.kind() == ValueKind.OWNER_ID
              || value.kind() == ValueKind.OWNER_NAME)) {
        throw row.error(
            "required field '" + name + "' holds " + value + ", which a factory cannot take");
      }
      Optional<ValueFormat> format = FormatReader.format(row, shell, value, types);
      boolean counts = Names.yesNo(row, 6);
      if (counts && !updatable) {
        throw row.error(
            "'" + name + "' counts each request, which matters only for a field a PUT can send"
                + " again: it must be updatable");
      }
      BodyField field =
          new BodyField(name, value, requirement, updatable, types, format, counts, row.source());
      for (BodyField other : fields) {
        if (other.name().equals(name) && overlaps(other, field)) {
          throw row.error(
              "field '" + name + "' is already defined for these types at line "
                  + other.source().line());
        }
      }
      fields.add(field);
    }
    BodyFieldChecks.check(table, shell, fields);
    return fields;
  }

  private static boolean overlaps(BodyField a, BodyField b) {
    return a.common() || b.common() || a.types().stream().anyMatch(b.types()::contains);
  }

  private static List<String> appliesTo(TableFile.Row row, Catalog shell) {
    String cell = row.cell(4);
    if (cell.equals("*")) {
      return List.of();
    }
    if (!shell.typed()) {
      throw row.error(
          shell.object().name() + " have no types, so a field applies to all of them: write *");
    }
    List<String> types = row.items(4);
    if (types.isEmpty()) {
      throw row.error("name the types the field applies to, or * for all");
    }
    Names.requireDistinct(row, types, "type");
    for (String type : types) {
      Names.requireType(row, type, shell);
    }
    return types;
  }

  static Value value(TableFile.Row row, String cell, List<EnumType> enums) {
    if (cell.startsWith("enum ")) {
      String name = cell.substring("enum ".length()).strip();
      EnumType type =
          enums.stream()
              .filter(e -> e.name().equals(name))
              .findFirst()
              .orElseThrow(() -> row.error("unknown enum '" + name + "' (see enums.table)"));
      return Value.ofEnum(type);
    }
    Optional<ValueKind> kind = ValueKind.byWord(cell).filter(k -> k != ValueKind.ENUM);
    if (kind.isEmpty()) {
      List<String> words = new ArrayList<>();
      for (ValueKind k : ValueKind.values()) {
        words.add(k == ValueKind.ENUM ? "enum <name>" : k.word());
      }
      throw row.error("unknown value '" + cell + "' (values: " + String.join(", ", words) + ")");
    }
    return Value.of(kind.get());
  }

  private static Requirement requirement(TableFile.Row row, String cell) {
    if (cell.equals("yes")) {
      return Requirement.REQUIRED;
    }
    if (cell.equals("no")) {
      return Requirement.OPTIONAL;
    }
    if (cell.startsWith("one of ")) {
      String group = cell.substring("one of ".length()).strip();
      boolean isDefault = group.endsWith("(default)");
      if (isDefault) {
        group = group.substring(0, group.length() - "(default)".length()).strip();
      }
      if (group.isEmpty() || group.contains(" ")) {
        throw row.error("a group is named by one word: one of <group> [(default)]");
      }
      return Requirement.oneOf(group, isDefault);
    }
    throw row.error("expected yes, no or one of <group>, found '" + cell + "'");
  }

  private static List<ReadOnlyField> readOnly(
      TableFile table, List<BodyField> body, List<EnumType> enums) {
    List<TableFile.Row> rows = table.section("read-only");
    TableFile.requireCells(rows, 2, "field | value");
    List<ReadOnlyField> fields = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      SourceLine first = seen.putIfAbsent(name, row.source());
      if (first != null) {
        throw row.error("read-only field '" + name + "' is already listed at line " + first.line());
      }
      for (BodyField field : body) {
        if (field.name().equals(name)) {
          throw row.error(
              "'" + name + "' is a body field (line " + field.source().line() + "), so not read-only");
        }
      }
      Value value = value(row, row.cell(1), enums);
      if (value.kind() == ValueKind.TYPE) {
        throw row.error("the type discriminator is a body field, not a read-only one");
      }
      fields.add(new ReadOnlyField(name, value, row.source()));
    }
    return fields;
  }

  private static List<FieldsParam> fieldsParams(
      TableFile table, ObjectType object, List<AssociationRule> rules) {
    List<TableFile.Row> rows = table.section("fields");
    TableFile.requireCells(rows, 1, "value of the fields parameter");
    List<FieldsParam> params = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      SourceLine first = seen.putIfAbsent(name, row.source());
      if (first != null) {
        throw row.error("'" + name + "' is already listed at line " + first.line());
      }
      if (name.startsWith("associated")) {
        throw row.error(
            "'" + name + "' is an association: whether " + object.endpoint()
                + " returns it follows from associations.table");
      }
      params.add(new FieldsParam(name, row.source()));
    }
    return params;
  }
}
