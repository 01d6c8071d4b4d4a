package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the store as a fixture document (FIXTURES.md): every object in id order, with its owner,
 * timestamps, fields, metadata, parent and associations, other objects named by ref, never by id.
 * Callers hold the store's lock.
 */
final class FixtureExport {
  private final SpecView view;
  private final Store store;
  private final FixtureRefs refs;
  private final Map<Entity, String> keys = new HashMap<>();
  private final Map<Entity, ObjectNode> made = new HashMap<>();

  FixtureExport(SpecView view, Store store, Summaries summaries) {
    this.view = view;
    this.store = store;
    this.refs = new FixtureRefs(view, summaries);
  }

  ObjectNode export() {
    List<Entity> all = new ArrayList<>();
    for (ObjectType endpoint : view.spec().objects()) {
      all.addAll(store.all(endpoint));
    }
    all.sort(Comparator.comparingLong(Entity::id));
    // Refs first: an object whose natural ref is ambiguous gets a key, written with the object.
    List<ObjectNode> objects = new ArrayList<>();
    for (Entity entity : all) {
      objects.add(object(entity));
    }
    ArrayNode array = Json.object().arrayNode();
    for (int i = 0; i < all.size(); i++) {
      ObjectNode object = objects.get(i);
      String key = keys.get(all.get(i));
      if (key != null) {
        ObjectNode keyed = Json.object();
        keyed.put("endpoint", object.get("endpoint").asText());
        keyed.put("key", key);
        keyed.setAll(object);
        object = keyed;
      }
      array.add(object);
    }
    ObjectNode document = Json.object();
    document.set("objects", array);
    return document;
  }

  private ObjectNode object(Entity entity) {
    ObjectNode node = Json.object();
    node.put("endpoint", entity.endpoint().endpointName());
    node.put("owner", entity.owner().name());
    if (entity.xid() != null) {
      node.put("xid", entity.xid());
    }
    node.put("dateAdded", entity.dateAdded().toString());
    node.put("lastModified", entity.lastModified().toString());
    ObjectNode fields = entity.fields().deepCopy();
    for (ParentLink link : view.parentsOf(entity.endpoint())) {
      JsonNode parentId = fields.remove(link.idField());
      if (parentId != null) {
        store.get(parentId.asLong()).ifPresent(parent -> node.set("parent", ref(parent)));
      }
    }
    node.set("fields", fields);
    ObjectNode metadata = Json.object();
    for (String list : view.spec().metadata(entity.endpoint())) {
      List<JsonNode> items = entity.metadataOrEmpty(list);
      if (!items.isEmpty()) {
        com.fasterxml.jackson.databind.node.ArrayNode entries = metadata.putArray(list);
        for (JsonNode item : items) {
          entries.add(asEntry(item));
        }
      }
    }
    if (!metadata.isEmpty()) {
      node.set("metadata", metadata);
    }
    ObjectNode associations = associations(entity);
    if (!associations.isEmpty()) {
      node.set("associations", associations);
    }
    return node;
  }

  /** The edges written on this object: each edge once, on a side whose row allows it. */
  private ObjectNode associations(Entity entity) {
    Map<String, List<Entity>> byField = new TreeMap<>();
    for (Long otherId : store.neighbours(entity.id())) {
      Entity other = store.get(otherId).orElse(null);
      if (other == null || !writtenOn(entity, other)) {
        continue;
      }
      byField
          .computeIfAbsent(SpecView.associationField(other.endpoint()), k -> new ArrayList<>())
          .add(other);
    }
    ObjectNode associations = Json.object();
    byField.forEach(
        (field, others) -> {
          others.sort(Comparator.comparingLong(Entity::id));
          ArrayNode array = associations.putArray(field);
          others.forEach(other -> array.add(ref(other)));
        });
    return associations;
  }

  private boolean writtenOn(Entity entity, Entity other) {
    boolean here = FixtureLoad.canAssociate(view, entity, other);
    boolean there = FixtureLoad.canAssociate(view, other, entity);
    return here && (!there || entity.id() < other.id());
  }

  /** The first of summary+owner, xid, name+owner, name+type+owner that names only this object. */
  private ObjectNode ref(Entity entity) {
    return made.computeIfAbsent(entity, this::makeRef).deepCopy();
  }

  private ObjectNode makeRef(Entity entity) {
    List<List<String>> forms =
        List.of(
            List.of("summary", "owner"),
            List.of("xid"),
            List.of("name", "owner"),
            List.of("name", "type", "owner"));
    for (List<String> form : forms) {
      ObjectNode ref = Json.object();
      for (String property : form) {
        String value = refs.property(entity, property, keys);
        if (value == null) {
          ref = null;
          break;
        }
        ref.put(property, value);
      }
      if (ref != null && refs.matches(ref, store.all(entity.endpoint()), keys).size() == 1) {
        return ref;
      }
    }
    // The object's place among its endpoint's objects: the same after a reload, unlike its id.
    int place = new ArrayList<>(store.all(entity.endpoint())).indexOf(entity) + 1;
    String key = entity.endpoint().endpointName() + "-" + place;
    keys.put(entity, key);
    ObjectNode ref = Json.object();
    ref.put("key", key);
    return ref;
  }

  /**
   * A Tag, Security Label or Attribute as an entry of a create's block: named by what it says,
   * without the id and dates the sandbox gave it, which a load gives anew.
   */
  private static JsonNode asEntry(JsonNode item) {
    if (!item.isObject()) {
      return item;
    }
    ObjectNode entry = ((ObjectNode) item).deepCopy();
    entry.remove(List.of("id", "dateAdded", "lastModified"));
    return entry;
  }
}
