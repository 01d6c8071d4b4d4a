package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An object's Attributes under one {@code attributes} block. A new Attribute needs a type and a
 * value (v3/indicator_attributes/fields.rst L52-61) and gets an id and dates; pinned and default
 * are false unless sent (create.rst L35-53). An entry with an id changes that Attribute. Delete
 * removes the Attributes that have every field the entry gives (an id, or a type and value). Only
 * one Attribute of a type is the default one (fields.rst L27-31): a new default takes the place of
 * the old. Any Attribute Type name is accepted, as the sandbox holds no instance's list of types.
 * Stored items are replaced, never changed in place, so a failed request can restore the list.
 */
final class AttributeList {
  private static final List<String> WRITABLE =
      List.of("type", "value", "source", "pinned", "default", "securityLabels");

  private final Store store;
  private final List<JsonNode> items;
  private final Instant now;

  AttributeList(Store store, List<JsonNode> items, Instant now) {
    this.store = store;
    this.items = items;
    this.now = now;
  }

  void apply(Block block, String where) {
    Mode mode = block.effectiveMode();
    if (mode == Mode.REPLACE) {
      items.clear();
    }
    for (int i = 0; i < block.entries().size(); i++) {
      String at = where + Messages.entry(block.field(), i + 1);
      ObjectNode entry = block.entries().get(i);
      if (mode == Mode.DELETE) {
        items.removeIf(item -> matches(item, entry));
      } else if (entry.hasNonNull("id")) {
        change(entry, at);
      } else {
        add(entry, at);
      }
    }
  }

  private void add(ObjectNode entry, String at) {
    for (String required : List.of("type", "value")) {
      if (!entry.hasNonNull(required) || entry.get(required).asText().isBlank()) {
        throw ApiException.badRequest(MetadataMessages.attributeNeeds(at, required));
      }
    }
    ObjectNode node = Json.object();
    node.put("id", store.newId());
    node.put("dateAdded", now.toString());
    node.put("type", entry.get("type").asText());
    node.put("value", entry.get("value").asText());
    if (entry.hasNonNull("source")) {
      node.put("source", entry.get("source").asText());
    }
    node.put("lastModified", now.toString());
    node.put("pinned", entry.path("pinned").asBoolean(false));
    node.put("default", entry.path("default").asBoolean(false));
    if (entry.has("securityLabels")) {
      node.set("securityLabels", entry.get("securityLabels").deepCopy());
    }
    if (node.get("default").asBoolean()) {
      undefault(node.get("type").asText());
    }
    items.add(node);
  }

  private void change(ObjectNode entry, String at) {
    long id = entry.get("id").asLong();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).path("id").asLong() == id) {
        ObjectNode node = items.get(i).deepCopy();
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
          if (WRITABLE.contains(field.getKey()) && !field.getKey().equals("type")) {
            node.set(field.getKey(), field.getValue());
          }
        }
        node.put("lastModified", now.toString());
        if (node.path("default").asBoolean(false)) {
          undefault(node.get("type").asText());
        }
        items.set(i, node);
        return;
      }
    }
    throw ApiException.notFound(MetadataMessages.noSuchAttribute(at, id));
  }

  /** The Attributes of the type stop being the default one. */
  private void undefault(String type) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (type.equals(item.path("type").asText()) && item.path("default").asBoolean(false)) {
        ObjectNode copy = item.deepCopy();
        copy.put("default", false);
        items.set(i, copy);
      }
    }
  }

  private static boolean matches(JsonNode item, ObjectNode entry) {
    for (Map.Entry<String, JsonNode> field : entry.properties()) {
      JsonNode held = item.get(field.getKey());
      if (held == null || !held.asText().equals(field.getValue().asText())) {
        return false;
      }
    }
    return !entry.isEmpty();
  }

  /**
   * An Attribute as an object's {@code attributes} shows it: without its Security Labels, which
   * only {@code fields=attributes.securityLabels} asks for (v3/additional_fields.rst L568-752).
   */
  static ObjectNode render(JsonNode item) {
    ObjectNode node = item.deepCopy();
    node.remove("securityLabels");
    return node;
  }
}
