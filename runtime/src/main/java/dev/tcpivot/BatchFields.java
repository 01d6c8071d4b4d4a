package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.SpecLoader;
import java.time.Instant;

/**
 * The JSON fields of one object of a batch file, in the order they were set, and the checks that
 * batch.table puts on them. Objects copy their fields before a change, so the ones users hold do
 * not change.
 */
final class BatchFields {
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

  /** Fails unless batch.table lets an object of this type carry the field. */
  static void requireTaken(BatchRules.Side side, String type, String field) {
    BatchRules.Field rule = SpecLoader.builtIn().batch().field(side, field).orElse(null);
    if (rule != null && !rule.takes(type)) {
      throw new IllegalArgumentException(
          field + " is for " + String.join(", ", rule.types()) + " " + side.word() + "s, not "
              + type + " (" + rule.source() + ")");
    }
  }
}
