package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.QueryType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Metadata other than associations, as {@code mode} blocks change it (v3/update_metadata.rst
 * L7-22) and responses show it. An object keeps references to Tags and Security Labels ({@code
 * {"id": N, "name": "..."}}), which are shared (v3/tags/, v3/security_labels/), and its own
 * Attributes, each with an id and dates (v3/indicator_attributes/create.rst L35-53). Other lists
 * (an Indicator's fileActions, ...) are kept as sent, items matched by name, else id, else value.
 */
final class MetadataLists {
  static final String TAGS = "tags";
  static final String LABELS = "securityLabels";
  static final String ATTRIBUTES = "attributes";

  private final Store store;
  private final Tags tags;
  private final SecurityLabels labels;

  MetadataLists(Store store) {
    this.store = store;
    this.tags = new Tags(store);
    this.labels = new SecurityLabels(store);
  }

  Tags tags() {
    return tags;
  }

  SecurityLabels labels() {
    return labels;
  }

  /** Applies a block to the object's list; the caller has recorded the object's state. */
  void apply(Entity entity, Block block, Instant now, String where) {
    List<JsonNode> items = entity.metadata(block.field());
    switch (block.field()) {
      case TAGS:
        applyTags(entity, items, block, now, where);
        break;
      case LABELS:
        applyLabels(entity, items, block, now, where);
        break;
      case ATTRIBUTES:
        new AttributeList(store, items, now).apply(block, where);
        break;
      default:
        applyAsSent(items, block);
    }
  }

  private void applyTags(
      Entity entity, List<JsonNode> items, Block block, Instant now, String where) {
    Mode mode = block.effectiveMode();
    if (mode == Mode.REPLACE) {
      items.clear();
    }
    for (int i = 0; i < block.entries().size(); i++) {
      String at = where + Messages.entry(block.field(), i + 1);
      ObjectNode entry = block.entries().get(i);
      if (mode == Mode.DELETE) {
        tags.find(entry, entity.owner(), at).ifPresent(tag -> removeId(items, tag.id()));
      } else {
        TagRecord tag = tags.resolve(entry, entity.owner(), at);
        tags.used(tag, now);
        addRef(items, tag.id(), tag.name());
      }
    }
  }

  private void applyLabels(
      Entity entity, List<JsonNode> items, Block block, Instant now, String where) {
    Mode mode = block.effectiveMode();
    if (mode == Mode.REPLACE) {
      items.clear();
    }
    for (int i = 0; i < block.entries().size(); i++) {
      String at = where + Messages.entry(block.field(), i + 1);
      ObjectNode entry = block.entries().get(i);
      if (mode == Mode.DELETE) {
        labels.find(entry, entity.owner(), at).ifPresent(label -> removeId(items, label.id()));
      } else {
        LabelRecord label = labels.resolve(entry, entity.owner(), now, at);
        addRef(items, label.id(), label.name());
      }
    }
  }

  private static void addRef(List<JsonNode> items, long id, String name) {
    if (items.stream().noneMatch(item -> item.path("id").asLong() == id)) {
      ObjectNode ref = Json.object();
      ref.put("id", id);
      ref.put("name", name);
      items.add(ref);
    }
  }

  private static void removeId(List<JsonNode> items, long id) {
    items.removeIf(item -> item.path("id").asLong() == id);
  }

  private static void applyAsSent(List<JsonNode> items, Block block) {
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

  /** The list as a response shows it: {@code {"data": [...], "count": N}}. */
  ObjectNode render(Entity entity, String field) {
    ArrayNode data = Json.object().arrayNode();
    for (JsonNode item : entity.metadataOrEmpty(field)) {
      switch (field) {
        case TAGS:
          tags.byId(item.path("id").asLong()).ifPresent(t -> data.add(Tags.render(t, false)));
          break;
        case LABELS:
          labels.byId(item.path("id").asLong()).ifPresent(l -> data.add(SecurityLabels.render(l)));
          break;
        case ATTRIBUTES:
          data.add(AttributeList.render(item));
          break;
        default:
          data.add(item);
      }
    }
    ObjectNode node = Json.object();
    node.set("data", data);
    node.put("count", data.size());
    return node;
  }

  /**
   * The value of the object's default Attribute of a type, as its {@code description} and {@code
   * source} show (v3/indicators/fields.rst L173, v3/indicators/create.rst L32, L68-76, L113).
   */
  Optional<String> defaultAttribute(Entity entity, String type) {
    for (JsonNode item : entity.metadataOrEmpty(ATTRIBUTES)) {
      if (type.equals(item.path("type").asText()) && item.path("default").asBoolean(false)) {
        return Optional.of(item.path("value").asText());
      }
    }
    return Optional.empty();
  }

  /** An item as a nested TQL query over its type reads it: Tags and labels as shared objects. */
  JsonNode tqlNode(QueryType type, JsonNode stored) {
    switch (type.name()) {
      case "Tag":
        return tags.byId(stored.path("id").asLong()).<JsonNode>map(Tags::tqlNode).orElse(stored);
      case "SecurityLabel":
        return labels
            .byId(stored.path("id").asLong())
            .<JsonNode>map(SecurityLabels::tqlNode)
            .orElse(stored);
      default:
        return stored;
    }
  }
}
