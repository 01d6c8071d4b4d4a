package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Indicator identity: the summary string, and finding an Indicator by type and summary fields or by
 * a summary in a path. An Indicator is unique in its owner by type and summary fields
 * (v3/indicators/create.rst L19); File Indicators are the same when they share a hash.
 */
final class Summaries {
  /** v3/indicators/mergeFileHashes.rst L36: the hashes of a File, joined. */
  static final String SEPARATOR = " : ";

  private final SpecView view;
  private final ObjectType endpoint;

  Summaries(SpecView view) {
    this.view = view;
    this.endpoint = view.summaryEndpoint();
  }

  /** The summary: the identity field values present, in catalog order, joined by " : ". */
  String summary(Entity entity) {
    List<String> parts = new ArrayList<>();
    for (BodyField field : view.identityFields(entity.endpoint(), entity.type())) {
      JsonNode value = entity.fields().get(field.name());
      if (value != null && !value.isNull()) {
        parts.add(value.asText());
      }
    }
    return String.join(SEPARATOR, parts);
  }

  /**
   * The index keys of an Indicator (none for other objects): its owner with its summary and with
   * each of its hashes (what a path may name it by), and its owner, type and identity fields.
   */
  List<Object> keys(Entity entity) {
    if (!entity.endpoint().equals(endpoint)) {
      return List.of();
    }
    List<Object> keys = new ArrayList<>();
    keys.add(textKey(entity.owner(), summary(entity)));
    for (BodyField field : view.identityFields(endpoint, entity.type())) {
      JsonNode value = entity.fields().get(field.name());
      if (field.requirement().kind() == Requirement.Kind.ONE_OF && value != null) {
        keys.add(textKey(entity.owner(), value.asText()));
      }
    }
    keys.addAll(identityKeys(entity.owner(), entity.type(), entity.fields()));
    return keys;
  }

  /** The Indicator in the owner with the same type and identity, if any. */
  Optional<Entity> find(Store store, Owner owner, String type, ObjectNode fields) {
    return findAll(store, owner, type, fields).stream().findFirst();
  }

  /**
   * Every Indicator in the owner with the same type and identity, in id order: one at most, but up
   * to one per hash for a File whose hashes are held by different Files.
   */
  List<Entity> findAll(Store store, Owner owner, String type, ObjectNode fields) {
    List<BodyField> identity = view.identityFields(endpoint, type);
    List<Entity> found = new ArrayList<>();
    for (Entity candidate : candidates(store, identityKeys(owner, type, fields))) {
      if (candidate.endpoint().equals(endpoint)
          && candidate.owner().equals(owner)
          && type.equals(candidate.type())
          && sameIdentity(identity, candidate.fields(), fields)) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** The first Indicator in the owner whose summary, or one of whose hashes, is {@code key}. */
  Optional<Entity> findBySummary(Store store, Owner owner, String key) {
    for (Entity candidate : store.candidates(textKey(owner, key))) {
      if (candidate.endpoint().equals(endpoint)
          && candidate.owner().equals(owner)
          && answersTo(candidate, key)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first Indicator of the type in the owner whose summary, or one of whose hashes, is key. */
  Optional<Entity> findBySummary(Store store, Owner owner, String type, String key) {
    for (Entity candidate : store.candidates(textKey(owner, key))) {
      if (candidate.endpoint().equals(endpoint)
          && candidate.owner().equals(owner)
          && type.equals(candidate.type())
          && answersTo(candidate, key)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Object textKey(Owner owner, String text) {
    return Arrays.asList("summary", owner, text);
  }

  /**
   * The keys under which {@link #sameIdentity} can hold: the owner, type and required identity
   * fields, with one present member of a one-of group each (JSON text stands for a value: equal
   * values have equal text). None when a required field is missing or no member is present.
   */
  private List<Object> identityKeys(Owner owner, String type, ObjectNode fields) {
    List<Object> required = new ArrayList<>(Arrays.asList("identity", owner, type));
    List<String> members = new ArrayList<>();
    boolean hasGroup = false;
    for (BodyField field : view.identityFields(endpoint, type)) {
      JsonNode value = fields.get(field.name());
      if (field.requirement().kind() == Requirement.Kind.ONE_OF) {
        hasGroup = true;
        if (value != null && !value.isNull()) {
          members.add(field.name() + "=" + value);
        }
      } else if (value == null) {
        return List.of();
      } else {
        required.add(value.toString());
      }
    }
    if (!hasGroup) {
      return List.of(required);
    }
    List<Object> keys = new ArrayList<>();
    for (String member : members) {
      List<Object> key = new ArrayList<>(required);
      key.add(member);
      keys.add(key);
    }
    return keys;
  }

  /** The objects under any of the keys, once each, in id order. */
  private static Collection<Entity> candidates(Store store, List<Object> keys) {
    if (keys.size() == 1) {
      return store.candidates(keys.get(0));
    }
    TreeMap<Long, Entity> found = new TreeMap<>();
    for (Object key : keys) {
      store.candidates(key).forEach(e -> found.put(e.id(), e));
    }
    return found.values();
  }

  private boolean answersTo(Entity entity, String key) {
    if (summary(entity).equals(key)) {
      return true;
    }
    for (BodyField field : view.identityFields(endpoint, entity.type())) {
      JsonNode value = entity.fields().get(field.name());
      if (field.requirement().kind() == Requirement.Kind.ONE_OF
          && value != null
          && value.asText().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Every required identity field is equal, and some member of a one-of group is shared. */
  private static boolean sameIdentity(List<BodyField> identity, ObjectNode a, ObjectNode b) {
    boolean hasGroup = false;
    boolean groupShared = false;
    for (BodyField field : identity) {
      JsonNode left = a.get(field.name());
      JsonNode right = b.get(field.name());
      if (field.requirement().kind() == Requirement.Kind.ONE_OF) {
        hasGroup = true;
        if (left != null && right != null && !left.isNull() && left.equals(right)) {
          groupShared = true;
        }
      } else if (left == null || !left.equals(right)) {
        return false;
      }
    }
    return !hasGroup || groupShared;
  }
}
