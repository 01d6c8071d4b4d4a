package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.spec.ValueFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON fields of one object of a batch file, in the order they were set, and the checks that
 * batch.table puts on them. Objects copy their fields before a change, so the ones users hold do
 * not change.
 */
final class BatchFields {
  /** The format of each Indicator type's summary, when it has one, as the tables give it. */
  private static final Map<String, Optional<ValueFormat>> SUMMARY_FORMATS = new ConcurrentHashMap<>();

  final ObjectNode node;

  BatchFields() {
    this.node = Json.mapper().createObjectNode();
  }

  private BatchFields(ObjectNode node) {
    this.node = node;
  }

  BatchFields copy() {
    return new BatchFields(node.deepCopy());
  }

  BatchFields put(String field, String value) {
    node.put(field, Checks.notNull(value, field));
    return this;
  }

  BatchFields put(String field, long value) {
    node.put(field, value);
    return this;
  }

  BatchFields put(String field, boolean value) {
    node.put(field, value);
    return this;
  }

  BatchFields put(String field, Instant value) {
    node.put(field, Checks.notNull(value, field).toString());
    return this;
  }

  /** Adds {@code {"name": name}} (and the others if not null) to an array field. */
  BatchFields addNamed(String field, String name, String color, String description) {
    ObjectNode item = array(field).addObject();
    item.put("name", Checks.notBlank(name, field + ".name"));
    if (color != null) {
      item.put("color", Checks.notBlank(color, field + ".color"));
    }
    if (description != null) {
      item.put("description", Checks.notBlank(description, field + ".description"));
    }
    return this;
  }

  /** Adds an existing Security Label by name, to the {@code securityLabel} array. */
  BatchFields label(String name) {
    return addNamed("securityLabel", name, null, null);
  }

  /** Adds a Security Label that the job creates if it does not exist: both color and description. */
  BatchFields label(String name, String color, String description) {
    Checks.notNull(color, "color");
    Checks.notNull(description, "description");
    return addNamed("securityLabel", name, color, description);
  }

  BatchFields add(String field, ObjectNode item) {
    array(field).add(item.deepCopy());
    return this;
  }

  private ArrayNode array(String field) {
    return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
  }

  /** A whole number within the documented range, named in the message if it is not. */
  static long range(long value, String field, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  /**
   * Fails unless an object of this type may carry the field: as batch.table says, or, for a field
   * that batch.table does not list, as the v3 catalog of the object's endpoint says (a batch field
   * of the same name as a v3 field means the same).
   */
  static void requireTaken(BatchRules.Side side, String type, String field) {
    BatchRules.Field rule = SpecLoader.builtIn().batch().field(side, field).orElse(null);
    if (rule != null) {
      if (!rule.takes(type)) {
        throw notTaken(side, type, field, rule.types(), rule.source().toString());
      }
      return;
    }
    Catalog catalog = catalog(side);
    List<BodyField> v3 = catalog.body().stream().filter(f -> f.name().equals(field)).toList();
    if (!v3.isEmpty() && catalog.bodyField(type, field).isEmpty()) {
      List<String> types = v3.stream().flatMap(f -> f.types().stream()).distinct().toList();
      throw notTaken(side, type, field, types, v3.get(0).source().toString());
    }
  }

  /**
   * An Indicator's summary, checked as the v3 API checks the field it stands for where that is
   * one field with a documented format (a Host's {@code hostName}, an Address's {@code ip}, an
   * ASN's {@code AS Number}, ...); where the summary joins several fields (a File's hashes, a
   * Registry Key's three fields) only a blank one is refused.
   */
  static String summary(String type, String summary) {
    Optional<ValueFormat> format = SUMMARY_FORMATS.computeIfAbsent(type, t -> {
      List<BodyField> fields = catalog(BatchRules.Side.INDICATOR).summaryFields(t);
      return fields.size() == 1 ? fields.get(0).format() : Optional.empty();
    });
    return format.isPresent()
        ? Checks.format(format.get(), summary, "summary")
        : Checks.notBlank(summary, "summary");
  }

  /** The v3 field of that name that an object of this type carries. */
  static BodyField v3Field(BatchRules.Side side, String type, String field) {
    requireTaken(side, type, field);
    return catalog(side).bodyField(type, field).orElseThrow();
  }

  /** The v3 catalog of a side's endpoint: its types and body fields. */
  static Catalog catalog(BatchRules.Side side) {
    Spec spec = SpecLoader.builtIn();
    String endpoint = side == BatchRules.Side.INDICATOR ? "Indicators" : "Groups";
    return spec.catalog(spec.object(endpoint).orElseThrow());
  }

  private static IllegalArgumentException notTaken(
      BatchRules.Side side, String type, String field, List<String> types, String source) {
    return new IllegalArgumentException(field + " is for " + String.join(", ", types) + " "
        + side.word() + "s, not " + type + " (" + source + ")");
  }
}
