package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored object: its endpoint, owner, the body fields it was given (validated), its metadata
 * lists (tags, attributes, ...) and its timestamps. Associations live in {@link Store}, as edges.
 * Only the store's lock holder touches an entity.
 */
final class Entity {
  private final long id;
  private final ObjectType endpoint;
  private final Owner owner;
  private final String type;
  private Instant dateAdded;
  private String xid;
  private Instant lastModified;
  private ObjectNode fields;
  private Map<String, List<JsonNode>> metadata = new LinkedHashMap<>();

  Entity(
      long id,
      ObjectType endpoint,
      Owner owner,
      String type,
      ObjectNode fields,
      Instant now,
      String xid) {
    this.id = id;
    this.endpoint = endpoint;
    this.owner = owner;
    this.type = type;
    this.fields = fields;
    this.dateAdded = now;
    this.lastModified = now;
    this.xid = xid;
  }

  long id() {
    return id;
  }

  ObjectType endpoint() {
    return endpoint;
  }

  Owner owner() {
    return owner;
  }

  /** The wire type (Host, Adversary, ...), or {@code null} for untyped objects. */
  String type() {
    return type;
  }

  Instant dateAdded() {
    return dateAdded;
  }

  Instant lastModified() {
    return lastModified;
  }

  void touch(Instant now) {
    lastModified = now;
  }

  /** A generated external id, for objects whose responses carry one (Cases), else {@code null}. */
  String xid() {
    return xid;
  }

  ObjectNode fields() {
    return fields;
  }

  /** The metadata items of a field such as tags, in the order added. */
  List<JsonNode> metadata(String field) {
    return metadata.computeIfAbsent(field, k -> new ArrayList<>());
  }

  /** The names of the metadata lists the object has, in the order they were made. */
  List<String> metadataFields() {
    return List.copyOf(metadata.keySet());
  }

  /** The metadata items of a field, without creating the list. */
  List<JsonNode> metadataOrEmpty(String field) {
    return metadata.getOrDefault(field, List.of());
  }

  /**
   * Takes what a fixture says of the object instead of what its creation made up: its generated
   * external id (when given) and its timestamps (each when given).
   */
  void loaded(String xid, Instant dateAdded, Instant lastModified) {
    if (xid != null) {
      this.xid = xid;
    }
    if (dateAdded != null) {
      this.dateAdded = dateAdded;
    }
    if (lastModified != null) {
      this.lastModified = lastModified;
    }
  }

  /** A copy of the mutable state, for undoing a failed request. */
  Snapshot snapshot() {
    Map<String, List<JsonNode>> copy = new LinkedHashMap<>();
    metadata.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    return new Snapshot(fields.deepCopy(), copy, lastModified);
  }

  void restore(Snapshot snapshot) {
    fields = snapshot.fields();
    metadata = snapshot.metadata();
    lastModified = snapshot.lastModified();
  }

  record Snapshot(ObjectNode fields, Map<String, List<JsonNode>> metadata, Instant lastModified) {}
}
