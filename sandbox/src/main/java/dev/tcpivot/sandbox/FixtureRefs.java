package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How a fixture names one object from another without an id (see FIXTURES.md): an Indicator by
 * {@code summary}, any object by {@code xid} or {@code name}, each narrowed by {@code owner} and
 * {@code type} when given, or by the {@code key} the fixture gives the object.
 */
final class FixtureRefs {
  static final List<String> PROPERTIES = List.of("key", "summary", "xid", "name", "type", "owner");

  private final SpecView view;
  private final Summaries summaries;

  FixtureRefs(SpecView view, Summaries summaries) {
    this.view = view;
    this.summaries = summaries;
  }

  /** What a ref property says of an object, or null when the object has none. */
  String property(Entity entity, String property, Map<Entity, String> keys) {
    switch (property) {
      case "key":
        return keys.get(entity);
      case "summary":
        return view.namedBySummary(entity.endpoint()) ? summaries.summary(entity) : null;
      case "xid":
        return entity.xid() != null ? entity.xid() : text(entity.fields().get("xid"));
      case "name":
        return text(entity.fields().get("name"));
      case "type":
        return entity.type();
      case "owner":
        return entity.owner().name();
      default:
        return null;
    }
  }

  /** The candidates that every property of the ref describes. */
  List<Entity> matches(ObjectNode ref, Collection<Entity> candidates, Map<Entity, String> keys) {
    List<Entity> found = new ArrayList<>();
    for (Entity candidate : candidates) {
      boolean all = true;
      for (Map.Entry<String, JsonNode> property : ref.properties()) {
        if (!property.getValue().asText().equals(property(candidate, property.getKey(), keys))) {
          all = false;
          break;
        }
      }
      if (all) {
        found.add(candidate);
      }
    }
    return found;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
