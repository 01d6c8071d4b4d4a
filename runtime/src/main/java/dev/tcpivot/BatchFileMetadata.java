package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the Tags, Security Labels and Attributes that Indicators and Groups share
 * (v2_batch_api_indicator_fields.rst, v2_batch_api_group_fields.rst) into the typed setters, so
 * they are checked and written as the typed API checks and writes them.
 */
final class BatchFileMetadata {
  private static final List<String> TAG = List.of("name");
  private static final List<String> LABEL = List.of("name", "color", "description");
  private static final List<String> ATTRIBUTE =
      List.of("type", "value", "displayed", "pinned", "source", "securityLabel");

  private BatchFileMetadata() {}

  /** The setters of a Security Label: by name alone (color null), or with color and description. */
  interface Labels<T> {
    T label(T target, String name, String color, String description);
  }

  static <T> T tags(BatchFileElement e, JsonNode value, String at, T target, BiFunction<T, String, T> tag) {
    ArrayNode items = e.array(value, at);
    T result = target;
    for (int i = 0; i < items.size(); i++) {
      String itemAt = at + "[" + i + "]";
      ObjectNode item = e.object(items.get(i), itemAt);
      e.only(item, itemAt, "a Tag", TAG);
      String name = e.requiredText(item, itemAt, "name", "this Tag");
      T before = result;
      result = e.typed(BatchFileElement.member(itemAt, "name"), () -> tag.apply(before, name));
    }
    return result;
  }

  static <T> T securityLabels(BatchFileElement e, JsonNode value, String at, T target, Labels<T> labels) {
    ArrayNode items = e.array(value, at);
    T result = target;
    for (int i = 0; i < items.size(); i++) {
      String itemAt = at + "[" + i + "]";
      ObjectNode item = e.object(items.get(i), itemAt);
      e.only(item, itemAt, "a Security Label", LABEL);
      String name = e.requiredText(item, itemAt, "name", "this Security Label");
      String color = item.has("color") ? e.text(item.get("color"), BatchFileElement.member(itemAt, "color")) : null;
      String description = item.has("description")
          ? e.text(item.get("description"), BatchFileElement.member(itemAt, "description")) : null;
      if ((color == null) != (description == null)) {
        throw e.refuse(itemAt, "a Security Label takes color and description together (for one that the"
            + " job creates) or neither (for an existing one)");
      }
      T before = result;
      result = e.typed(itemAt, () -> labels.label(before, name, color, description));
    }
    return result;
  }

  static <T> T attributes(
      BatchFileElement e, JsonNode value, String at, T target, BiFunction<T, BatchAttribute, T> add) {
    ArrayNode items = e.array(value, at);
    T result = target;
    for (int i = 0; i < items.size(); i++) {
      String itemAt = at + "[" + i + "]";
      ObjectNode item = e.object(items.get(i), itemAt);
      e.only(item, itemAt, "an Attribute", ATTRIBUTE);
      String type = e.requiredText(item, itemAt, "type", "this Attribute");
      String text = e.requiredText(item, itemAt, "value", "this Attribute");
      BatchAttribute attribute = e.typed(itemAt, () -> BatchAttribute.of(type, text));
      var names = item.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String fieldAt = BatchFileElement.member(itemAt, name);
        JsonNode field = item.get(name);
        BatchAttribute current = attribute;
        attribute = switch (name) {
          // false is the API's default, which the typed API leaves out
          case "displayed" -> e.bool(field, fieldAt) ? current.displayed() : current;
          case "pinned" -> e.bool(field, fieldAt) ? current.pinned() : current;
          case "source" -> {
            String source = e.text(field, fieldAt);
            yield e.typed(fieldAt, () -> current.source(source));
          }
          case "securityLabel" -> securityLabels(e, field, fieldAt, current,
              (a, n, c, d) -> c == null ? a.securityLabel(n) : a.securityLabel(n, c, d));
          default -> current;
        };
      }
      BatchAttribute done = attribute;
      T before = result;
      result = e.typed(itemAt, () -> add.apply(before, done));
    }
    return result;
  }
}
