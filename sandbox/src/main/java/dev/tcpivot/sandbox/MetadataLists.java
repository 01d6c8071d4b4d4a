package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Metadata other than associations (tags, attributes, security labels, ...), kept as the items the
 * client sent. Items are matched by {@code name}, else {@code id}, else whole value: Tags and
 * Security Labels are removed by name in the docs' examples (v3/update_metadata.rst L128-143).
 */
final class MetadataLists {
  private MetadataLists() {}

  static void apply(List<JsonNode> items, Block block) {
    Mode mode = block.effectiveMode();
    if (mode == Mode.REPLACE) {
      items.clear();
    }
    for (ObjectNode entry : block.entries()) {
      String key = key(entry);
      if (mode == Mode.DELETE) {
        items.removeIf(item -> key(item).equals(key));
      } else if (items.stream().noneMatch(item -> key(item).equals(key))) {
        items.add(entry.deepCopy());
      }
    }
  }

  private static String key(JsonNode item) {
    if (item.hasNonNull("name")) {
      return "name:" + item.get("name").asText();
    }
    if (item.hasNonNull("id")) {
      return "id:" + item.get("id").asText();
    }
    return "value:" + item;
  }
}
