package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /** The Indicator in the owner with the same type and identity, if any. */
  Optional<Entity> find(Store store, Owner owner, String type, ObjectNode fields) {
    List<BodyField> identity = view.identityFields(endpoint, type);
    for (Entity candidate : store.all(endpoint)) {
      if (candidate.owner().equals(owner)
          && type.equals(candidate.type())
          && sameIdentity(identity, candidate.fields(), fields)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first Indicator in the owner whose summary, or one of whose hashes, is {@code key}. */
  Optional<Entity> findBySummary(Store store, Owner owner, String key) {
    for (Entity candidate : store.all(endpoint)) {
      if (candidate.owner().equals(owner) && answersTo(candidate, key)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first Indicator of the type in the owner whose summary, or one of whose hashes, is key. */
  Optional<Entity> findBySummary(Store store, Owner owner, String type, String key) {
    for (Entity candidate : store.all(endpoint)) {
      if (candidate.owner().equals(owner)
          && type.equals(candidate.type())
          && answersTo(candidate, key)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
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
