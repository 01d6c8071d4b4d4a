package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.QueryType;

/**
 * An item that an object holds in one of its lists, as a nested query over a type that is not an
 * endpoint of the sandbox sees it: a tag, a security label, an attribute, a note, a task.
 *
 * @param holder the object that holds it, or {@code null} for one listed on its own (GET /v3/tags)
 * @param type the query type it answers to, e.g. {@code Tag}
 * @param node the item as the client sent it
 */
record Item(Entity holder, QueryType type, JsonNode node) {
  /** The item's name, by which tags and security labels are one wherever they are applied. */
  String name() {
    return node.path("name").asText(null);
  }
}
