package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ReadOnlyField;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a stored object into response JSON shaped like the docs' examples: id, owner keys, the
 * read-only fields the sandbox can compute (those the catalog lists), the body fields, and the
 * extra fields asked for with {@code ?fields=} (associations as {@code {"data": [...], "count":
 * N}}).
 */
final class Renderer {
  /**
   * What an Indicator shows for flags and scores never set, as in the docs' responses
   * (v3/indicators/associations.rst L33-37); applied only to fields the catalog has.
   */
  static final Map<String, Object> INDICATOR_DEFAULTS =
      Map.of(
          "rating",
          0,
          "confidence",
          0,
          "privateFlag",
          false,
          "active",
          true,
          "activeLocked",
          false);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SpecView view;
  private final Store store;
  private final Summaries summaries;
  private final Children children;
  private final IntelTypes intelTypes;
  private final String siteRoot;
  private final MetadataLists lists;

  /**
   * @param siteRoot the address of the (imaginary) web UI, for webLink: http://127.0.0.1:port
   */
  Renderer(
      SpecView view, Store store, Summaries summaries, String siteRoot, MetadataLists lists) {
    this.view = view;
    this.store = store;
    this.summaries = summaries;
    this.children = new Children(view, store);
    this.intelTypes = new IntelTypes(view);
    this.siteRoot = siteRoot;
    this.lists = lists;
  }

  ObjectNode render(Entity entity, Set<String> extras) {
    ObjectType endpoint = entity.endpoint();
    Catalog catalog = view.catalog(endpoint);
    ObjectNode node = JSON.objectNode();
    node.put("id", entity.id());
    view.ownerIdKey(endpoint).ifPresent(key -> node.put(key, entity.owner().id()));
    view.ownerNameKey(endpoint).ifPresent(key -> node.put(key, entity.owner().name()));
    for (ReadOnlyField field : catalog.readOnly()) {
      if (!node.has(field.name())) {
        computed(entity, field.name()).ifPresent(value -> node.set(field.name(), value));
      }
    }
    Set<String> onRequest = Set.copyOf(view.spec().fieldsParams(endpoint));
    for (BodyField field : catalog.fieldsOf(entity.type())) {
      String name = field.name();
      if (node.has(name) || onRequest.contains(name)) {
        continue;
      }
      JsonNode value = entity.fields().get(name);
      if (value != null) {
        node.set(name, value);
      } else if (view.namedBySummary(endpoint) && INDICATOR_DEFAULTS.containsKey(name)) {
        node.putPOJO(name, INDICATOR_DEFAULTS.get(name));
      }
    }
    for (String extra : extras) {
      extra(entity, extra).ifPresent(value -> node.set(extra, value));
    }
    return node;
  }

  private Optional<JsonNode> computed(Entity entity, String name) {
    switch (name) {
      case "dateAdded":
        return Optional.of(time(entity.dateAdded()));
      case "lastModified":
      case "lastUpdated":
        return Optional.of(time(entity.lastModified()));
      case "webLink":
        return Optional.of(
            JSON.textNode(
                siteRoot
                    + "/#/details/"
                    + entity.endpoint().endpointName()
                    + "/"
                    + entity.id()
                    + "/overview"));
      case "resultsLink":
        // As the docs write it, on the web root without /api (intelligence_requirements/
        // create.rst L110, retrieve.rst L55).
        return Optional.of(
            JSON.textNode(
                siteRoot + "/v3/intelRequirements/results?tql=intelReqId=" + entity.id()));
      case "summary":
        return view.namedBySummary(entity.endpoint())
            ? Optional.of(JSON.textNode(summaries.summary(entity)))
            : Optional.empty();
      case "xid":
        return Optional.ofNullable(entity.xid()).map(JSON::textNode);
      case "intelType":
        return intelTypes.of(entity.fields().path("type").textValue()).map(JSON::textNode);
      case "description":
      case "source":
        // Read-only: the value of the default Description or Source Attribute, for the endpoints
        // whose catalog lists the field as read-only (v3/indicators/fields.rst L173, footnote 2;
        // v3/victims/fields.rst L102, footnote 3).
        return lists
            .defaultAttribute(entity, Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .map(JSON::textNode);
      case "upVoteCount":
      case "downVoteCount":
        // Sent as strings by the real API (v3/groups/retrieve.rst L35-36).
        return Optional.of(JSON.textNode("0"));
      default:
        return Optional.empty();
    }
  }

  private Optional<JsonNode> extra(Entity entity, String name) {
    Optional<ObjectType> target = view.associationTarget(name);
    if (target.isPresent() && view.rule(entity.endpoint()).allows(target.get())) {
      return Optional.of(list(store.neighbours(entity.id(), target.get())));
    }
    Optional<ParentLink> collection = view.collection(entity.endpoint(), name);
    if (collection.isPresent()) {
      return Optional.of(list(children.of(entity, collection.get())));
    }
    if (view.spec().metadata(entity.endpoint()).contains(name)) {
      return Optional.of(lists.render(entity, name));
    }
    return Optional.ofNullable(entity.fields().get(name));
  }

  private ObjectNode list(Collection<Entity> entities) {
    ArrayNode data = JSON.arrayNode();
    for (Entity other : entities) {
      data.add(render(other, Set.of()));
    }
    return envelope(data);
  }

  private static ObjectNode envelope(ArrayNode data) {
    ObjectNode node = JSON.objectNode();
    node.set("data", data);
    node.put("count", data.size());
    return node;
  }

  private static JsonNode time(Instant instant) {
    return JSON.textNode(instant.toString());
  }

  /** Renders each entity with the same extras. */
  ArrayNode renderAll(List<Entity> entities, Set<String> extras) {
    ArrayNode data = JSON.arrayNode();
    for (Entity entity : entities) {
      data.add(render(entity, extras));
    }
    return data;
  }
}
