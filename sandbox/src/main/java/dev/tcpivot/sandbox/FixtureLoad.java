package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a fixture document's objects to the store (FIXTURES.md). Each object goes through the same
 * checks as a POST (fields, formats, metadata) and each association through those of a PUT (the
 * association row, owners, the Indicator-to-Indicator direction), so a fixture holds nothing the
 * API would refuse. Callers hold the store's lock and roll back if it throws.
 */
final class FixtureLoad {
  private static final Set<String> OBJECT_KEYS =
      Set.of(
          "endpoint", "key", "owner", "xid", "dateAdded", "lastModified", "fields", "parent",
          "metadata", "associations");

  private final SpecView view;
  private final Owners owners;
  private final Mutations mutations;
  private final FixtureRefs refs;
  private final Map<Entity, String> keys = new HashMap<>();
  private final Map<ObjectType, List<Entity>> loaded = new LinkedHashMap<>();

  FixtureLoad(SpecView view, Owners owners, Mutations mutations, Summaries summaries) {
    this.view = view;
    this.owners = owners;
    this.mutations = mutations;
    this.refs = new FixtureRefs(view, summaries);
  }

  /** Whether {@code subject} may take {@code other} in one of its association blocks. */
  static boolean canAssociate(SpecView view, Entity subject, Entity other) {
    if (!view.rule(subject.endpoint()).allows(other.endpoint())) {
      return false;
    }
    if (!view.rule(subject.endpoint()).crossOwner() && !subject.owner().equals(other.owner())) {
      return false;
    }
    ObjectType indicators = view.summaryEndpoint();
    return !(subject.endpoint().equals(indicators) && other.endpoint().equals(indicators))
        || view.spec().indicatorAssociationAllowed(subject.type(), other.type());
  }

  /** @throws IllegalArgumentException naming the object and what is wrong with it */
  void load(JsonNode document) {
    JsonNode objects = document == null ? null : document.get("objects");
    if (objects == null || !objects.isArray()) {
      throw new IllegalArgumentException("a fixture is an object with an \"objects\" array");
    }
    List<Entity> entities = new ArrayList<>();
    List<Instant[]> times = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      String where = "objects[" + i + "]";
      try {
        JsonNode object = objects.get(i);
        if (!object.isObject()) {
          throw new IllegalArgumentException("is not a JSON object");
        }
        entities.add(create((ObjectNode) object, times));
      } catch (IllegalArgumentException | ApiException e) {
        throw new IllegalArgumentException("fixture " + where + ": " + e.getMessage(), e);
      }
    }
    for (int i = 0; i < objects.size(); i++) {
      try {
        associate(entities.get(i), objects.get(i).path("associations"));
      } catch (IllegalArgumentException | ApiException e) {
        throw new IllegalArgumentException(
            "fixture objects[" + i + "] associations: " + e.getMessage(), e);
      }
    }
    // Associating touched lastModified; the fixture's own times win.
    for (int i = 0; i < entities.size(); i++) {
      entities.get(i).loaded(null, times.get(i)[0], times.get(i)[1]);
    }
  }

  private Entity create(ObjectNode object, List<Instant[]> times) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!OBJECT_KEYS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown key \"" + name + "\" (an object has: " + String.join(", ", sorted()) + ")");
      }
    }
    String endpointName = object.path("endpoint").asText("");
    ObjectType endpoint =
        view.endpoint(endpointName)
            .orElseThrow(
                () -> new IllegalArgumentException("no endpoint \"" + endpointName + "\""));
    Owner owner =
        text(object, "owner")
            .map(
                name ->
                    owners
                        .byName(name)
                        .orElseThrow(
                            () -> new IllegalArgumentException("no owner \"" + name + "\"")))
            .orElse(owners.organization());
    JsonNode fields = object.path("fields");
    if (!fields.isObject()) {
      throw new IllegalArgumentException("\"fields\" must be an object of the object's fields");
    }
    ObjectNode body = ((ObjectNode) fields).deepCopy();
    JsonNode parentRef = object.get("parent");
    if (parentRef != null) {
      ParentLink link =
          view.parentsOf(endpoint).stream()
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException(endpoint.name() + " have no parent"));
      body.put(link.idField(), resolve(parentRef, link.parent(), "parent").id());
    }
    JsonNode metadata = object.path("metadata");
    for (Map.Entry<String, JsonNode> list : metadata.properties()) {
      if (!view.spec().metadata(endpoint).contains(list.getKey())) {
        throw new IllegalArgumentException(
            endpoint.name() + " have no metadata \"" + list.getKey() + "\"");
      }
      body.putObject(list.getKey()).set("data", list.getValue());
    }
    Entity entity = mutations.create(endpoint, body, owner, "");
    Instant dateAdded = instant(object, "dateAdded");
    Instant lastModified = instant(object, "lastModified");
    entity.loaded(text(object, "xid").orElse(null), dateAdded, lastModified);
    times.add(new Instant[] {dateAdded, lastModified});
    text(object, "key").ifPresent(key -> keys.put(entity, key));
    loaded.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(entity);
    return entity;
  }

  private void associate(Entity entity, JsonNode associations) {
    ObjectNode body = Json.object();
    for (Map.Entry<String, JsonNode> field : associations.properties()) {
      ObjectType target =
          view.associationTarget(field.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "\"" + field.getKey() + "\" is not an association field"));
      if (!field.getValue().isArray()) {
        throw new IllegalArgumentException("\"" + field.getKey() + "\" must be an array of refs");
      }
      ArrayNode data = body.putObject(field.getKey()).putArray("data");
      for (JsonNode ref : field.getValue()) {
        data.addObject().put("id", resolve(ref, target, field.getKey()).id());
      }
    }
    if (!body.isEmpty()) {
      mutations.update(entity, body, entity.owner());
    }
  }

  /** The one object of the fixture, loaded so far, that the ref names. */
  private Entity resolve(JsonNode ref, ObjectType endpoint, String where) {
    if (!ref.isObject() || ref.isEmpty()) {
      throw new IllegalArgumentException(where + ": a ref is an object such as {\"name\": \"...\"}");
    }
    ref.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FixtureRefs.PROPERTIES.contains(name)) {
                throw new IllegalArgumentException(
                    where + ": a ref names an object by " + FixtureRefs.PROPERTIES + ", not " + name);
              }
            });
    List<Entity> found =
        refs.matches((ObjectNode) ref, loaded.getOrDefault(endpoint, List.of()), keys);
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          where
              + ": "
              + ref
              + (found.isEmpty()
                  ? " names no " + endpoint.singular() + " of the fixture (before this one, for a parent)"
                  : " names " + found.size() + " " + endpoint.name() + "; add owner, type or a key"));
    }
    return found.get(0);
  }

  private static Optional<String> text(JsonNode object, String name) {
    JsonNode node = object.get(name);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static Instant instant(JsonNode object, String name) {
    Optional<String> text = text(object, name);
    try {
      return text.map(Instant::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + name + "\" must be an instant such as 2026-01-31T12:00:00Z, was " + text.get());
    }
  }

  private static List<String> sorted() {
    List<String> names = new ArrayList<>(OBJECT_KEYS);
    names.sort(null);
    return names;
  }
}
