package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Tags the sandbox knows: the ATT&amp;CK Tags of the docs' examples (attack-tags.json, copied from
 * v3/tags/retrieve.rst L40-46, v3/additional_fields.rst L180-186 and
 * v3/tags/assign_security_coverage.rst L41-49) and the standard Tags made by applying a new name to
 * an object, in that object's owner. Changes are undone with the store's request.
 */
final class Tags {
  private final Store store;
  private final Map<Long, TagRecord> byId = new TreeMap<>();
  private long nextId = 1;

  Tags(Store store) {
    this.store = store;
    seed();
    store.onClear(this::seed);
  }

  /** Back to the Tags every instance has: the ATT&amp;CK Tags, nothing else. */
  private void seed() {
    byId.clear();
    nextId = 1;
    for (JsonNode tag : attackTags()) {
      long id = tag.get("id").asLong();
      byId.put(
          id,
          new TagRecord(
              id,
              tag.get("name").asText(),
              null,
              tag.get("description").asText(),
              tag.get("techniqueId").asText(),
              null));
    }
  }

  /**
   * The Tag an entry of a {@code tags} block names, made in the owner when its name is new. A
   * name that an ATT&amp;CK Tag has is that ATT&amp;CK Tag (v3/indicators/create.rst L37-40), as is a
   * techniqueId; an id must be a Tag's.
   */
  TagRecord resolve(ObjectNode entry, Owner owner, String where) {
    Optional<TagRecord> found = find(entry, owner, where);
    if (found.isPresent()) {
      return found.get();
    }
    String name = entry.path("name").asText();
    long id = newId();
    TagRecord tag =
        new TagRecord(id, name, owner, entry.path("description").textValue(), null, null);
    put(tag);
    return tag;
  }

  /** The existing Tag an entry names, if any; for removing a Tag, which makes none. */
  Optional<TagRecord> find(ObjectNode entry, Owner owner, String where) {
    if (entry.hasNonNull("id")) {
      long id = entry.get("id").asLong();
      return Optional.of(
          Optional.ofNullable(byId.get(id))
              .orElseThrow(() -> ApiException.notFound(MetadataMessages.noSuchTag(where, id))));
    }
    if (entry.hasNonNull("techniqueId")) {
      String technique = entry.get("techniqueId").asText();
      return Optional.of(
          byId.values().stream()
              .filter(t -> technique.equals(t.techniqueId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiException.badRequest(
                          MetadataMessages.noSuchTechnique(where, technique))));
    }
    if (!entry.hasNonNull("name") || entry.get("name").asText().isBlank()) {
      throw ApiException.badRequest(MetadataMessages.tagNeedsName(where));
    }
    String name = entry.get("name").asText();
    Optional<TagRecord> attack =
        byId.values().stream()
            .filter(t -> t.techniqueId() != null && t.name().equals(name))
            .findFirst();
    if (attack.isPresent()) {
      return attack;
    }
    return byId.values().stream()
        .filter(t -> owner.equals(t.owner()) && t.name().equals(name))
        .findFirst();
  }

  /** Records that a Tag was applied now. */
  void used(TagRecord tag, Instant now) {
    put(tag.usedAt(now));
  }

  Optional<TagRecord> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every Tag, in id order. */
  List<TagRecord> all() {
    return new ArrayList<>(byId.values());
  }

  /**
   * A Tag as responses show it: id, name, owner (only where asked: {@code GET /v3/tags}, not in an
   * object's {@code tags}, v3/update_metadata.rst L157-176), description, lastUsed, techniqueId.
   */
  static ObjectNode render(TagRecord tag, boolean withOwner) {
    ObjectNode node = Json.object();
    node.put("id", tag.id());
    node.put("name", tag.name());
    if (withOwner && tag.owner() != null) {
      node.put("owner", tag.owner().name());
    }
    if (tag.description() != null) {
      node.put("description", tag.description());
    }
    if (tag.lastUsed() != null) {
      node.put("lastUsed", tag.lastUsed().toString());
    }
    if (tag.techniqueId() != null) {
      node.put("techniqueId", tag.techniqueId());
    }
    return node;
  }

  /** The Tag as TQL reads it: owner as the owner's id, ownerName as its name. */
  static ObjectNode tqlNode(TagRecord tag) {
    ObjectNode node = render(tag, false);
    if (tag.owner() != null) {
      node.put("owner", tag.owner().id());
      node.put("ownerName", tag.owner().name());
    }
    return node;
  }

  private void put(TagRecord tag) {
    TagRecord before = byId.put(tag.id(), tag);
    store.onRollback(
        () -> {
          if (before == null) {
            byId.remove(tag.id());
          } else {
            byId.put(tag.id(), before);
          }
        });
  }

  private long newId() {
    long before = nextId;
    long id = nextId;
    while (byId.containsKey(id)) {
      id++;
    }
    nextId = id + 1;
    store.onRollback(() -> nextId = before);
    return id;
  }

  private static JsonNode attackTags() {
    try (InputStream in = Tags.class.getResourceAsStream("attack-tags.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
