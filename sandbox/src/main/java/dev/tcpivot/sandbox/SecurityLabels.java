package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Security Labels the sandbox knows: the four TLP labels of the docs, with their ids, colors
 * and descriptions (v3/security_labels/retrieve.rst L19-34 and L60-67, v3/update_metadata.rst
 * L179-186), and a label made in an object's owner when a new name is applied to it (the docs are
 * silent on unknown names; the sandbox accepts them). Changes are undone with the store's request.
 */
final class SecurityLabels {
  private static final String SYSTEM = "System";
  private static final Instant TLP_ADDED = Instant.parse("2016-08-31T00:00:00Z");

  private final Store store;
  private final Map<Long, LabelRecord> byId = new TreeMap<>();
  private long nextId = 1;

  SecurityLabels(Store store) {
    this.store = store;
    seed();
    store.onClear(this::seed);
  }

  /** Back to the labels every instance has: the four TLP labels, nothing else. */
  private void seed() {
    byId.clear();
    nextId = 1;
    system(
        1,
        "TLP:WHITE",
        "FFFFFF",
        "This security label is used for information that carries minimal or no foreseeable risk of"
            + " misuse, in accordance with applicable rules and procedures for public release.");
    system(
        2,
        "TLP:GREEN",
        "33FF00",
        "This security label is used for information that is useful for the awareness of all"
            + " participating organizations as well as with peers within the broader community or"
            + " sector.");
    system(
        3,
        "TLP:AMBER",
        "FFC000",
        "This security label is used for information that requires support to be effectively acted"
            + " upon, yet carries risks to privacy, reputation, or operations if shared outside of"
            + " the organizations involved. Information with this label can be shared with members"
            + " of an organization and its clients.");
    system(
        4,
        "TLP:RED",
        "FF2B2B",
        "This security label is used for information that cannot be effectively acted upon by"
            + " additional parties, and could lead to impacts on a party's privacy, reputation, or"
            + " operations if misused.");
  }

  private void system(long id, String name, String color, String description) {
    byId.put(id, new LabelRecord(id, name, SYSTEM, description, color, TLP_ADDED));
  }

  /** The label an entry of a {@code securityLabels} block names, made in the owner when new. */
  LabelRecord resolve(ObjectNode entry, Owner owner, Instant now, String where) {
    Optional<LabelRecord> found = find(entry, owner, where);
    if (found.isPresent()) {
      return found.get();
    }
    long id = newId();
    LabelRecord label =
        new LabelRecord(
            id,
            entry.get("name").asText(),
            owner.name(),
            entry.path("description").textValue(),
            entry.path("color").textValue(),
            now);
    byId.put(id, label);
    store.onRollback(() -> byId.remove(id));
    return label;
  }

  /** The existing label an entry names, if any: by id, else a System label or the owner's. */
  Optional<LabelRecord> find(ObjectNode entry, Owner owner, String where) {
    if (entry.hasNonNull("id")) {
      long id = entry.get("id").asLong();
      return Optional.of(
          Optional.ofNullable(byId.get(id))
              .orElseThrow(() -> ApiException.notFound(MetadataMessages.noSuchLabel(where, id))));
    }
    if (!entry.hasNonNull("name") || entry.get("name").asText().isBlank()) {
      throw ApiException.badRequest(MetadataMessages.labelNeedsName(where));
    }
    String name = entry.get("name").asText();
    return byId.values().stream()
        .filter(l -> l.name().equals(name))
        .filter(l -> l.owner().equals(SYSTEM) || l.owner().equals(owner.name()))
        .findFirst();
  }

  Optional<LabelRecord> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every label, in id order. */
  List<LabelRecord> all() {
    return new ArrayList<>(byId.values());
  }

  /**
   * A label as responses show it, in an object's {@code securityLabels} and in {@code GET
   * /v3/securityLabels} alike: id, name, description, color, owner, dateAdded.
   */
  static ObjectNode render(LabelRecord label) {
    ObjectNode node = Json.object();
    node.put("id", label.id());
    node.put("name", label.name());
    if (label.description() != null) {
      node.put("description", label.description());
    }
    if (label.color() != null) {
      node.put("color", label.color());
    }
    node.put("owner", label.owner());
    node.put("dateAdded", label.dateAdded().toString());
    return node;
  }

  /** The label as TQL reads it: ownerName as the owner's name. */
  static ObjectNode tqlNode(LabelRecord label) {
    ObjectNode node = render(label);
    node.remove("owner");
    node.put("ownerName", label.owner());
    return node;
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
}
