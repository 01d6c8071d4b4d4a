package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.sandbox.BatchOptions.Collision;
import dev.tcpivot.spec.BodyField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which Indicators of the job's owner take an incoming batch Indicator, and with which identity
 * fields. Most types match one Indicator at most, which takes it. A File matches every File that
 * holds one of its hashes, up to one per hash (v2_batch_api.rst L766-770); two Files clash when
 * they hold different hashes of one kind. Then the job's options decide (L61-70):
 *
 * <ul>
 *   <li>No clash: one File takes the superset of hashes; two or more are merged into the one last
 *       modified (fileMergeMode Merge), its Tags, Security Labels, Attributes, File Occurrences and
 *       associations gathered from the others, which are deleted; with Distribute each takes the
 *       incoming data and keeps its own hashes.
 *   <li>FavorExisting and FavorIncoming: the same, each kind of hash taken from the Files (the
 *       most recently modified first) or from the incoming File first.
 *   <li>IgnoreIncoming: nothing changes, the File is skipped; this holds for a clash among the Files
 *       a merge would join, too, since the incoming File causes that merge.
 *   <li>IgnoreExisting: Files a merge would join that clash with each other are deleted and the
 *       incoming File is matched again; a clash with the incoming File leaves the Files alone and
 *       makes a new File of the incoming hashes that none of them holds (L68: "remove their file
 *       hashes from the incoming Indicator"), or none if no hash is left.
 *   <li>Split: no merge; each File takes the incoming data and keeps its own hashes.
 * </ul>
 *
 * <p>Two Files modified in the same second (the precision of {@code lastModified}) are ordered by
 * id, the one created later counting as the latest. Callers hold the store's lock.
 */
final class BatchFileMatch {
  /** Last modified first; the higher id first when the times are equal. */
  private static final Comparator<Entity> LATEST_FIRST =
      Comparator.comparing(Entity::lastModified)
          .thenComparingLong(Entity::id)
          .reversed();

  /**
   * An Indicator that takes the incoming one.
   *
   * @param existing the stored Indicator, {@code null} for one to create
   * @param identity the identity fields it is to have
   */
  record Target(Entity existing, ObjectNode identity) {}

  private final SpecView view;
  private final Store store;
  private final Mutations mutations;
  private final Summaries summaries;

  BatchFileMatch(SpecView view, Store store, Mutations mutations, Summaries summaries) {
    this.view = view;
    this.store = store;
    this.mutations = mutations;
    this.summaries = summaries;
  }

  /**
   * The Indicators that take the incoming one, after the merge or deletions the options call for;
   * none when it is skipped.
   */
  List<Target> targets(Owner owner, String type, ObjectNode incoming, BatchOptions options) {
    List<Entity> matches = new ArrayList<>(summaries.findAll(store, owner, type, incoming));
    if (matches.isEmpty()) {
      return List.of(new Target(null, incoming));
    }
    matches.sort(LATEST_FIRST);
    List<String> kinds = identityNames(type);
    boolean merging = matches.size() > 1 && options.merges();
    List<Entity> clashing = merging ? clashingAmong(matches, kinds) : List.of();
    Collision mode = options.collision();
    if (!clashing.isEmpty() && mode == Collision.IGNORE_EXISTING) {
      clashing.forEach(mutations::delete);
      return targets(owner, type, incoming, options);
    }
    boolean clash =
        !clashing.isEmpty() || matches.stream().anyMatch(m -> clash(m.fields(), incoming, kinds));
    if (clash && mode == Collision.IGNORE_INCOMING) {
      return List.of();
    }
    if (clash && mode == Collision.IGNORE_EXISTING) {
      return leftover(matches, incoming, kinds);
    }
    if ((clash && mode == Collision.SPLIT) || (matches.size() > 1 && !merging)) {
      List<Target> each = new ArrayList<>();
      matches.forEach(m -> each.add(new Target(m, identity(m.fields(), kinds))));
      return each;
    }
    Entity primary = matches.get(0);
    ObjectNode identity = combined(matches, incoming, kinds, mode == Collision.FAVOR_INCOMING);
    for (Entity other : matches.subList(1, matches.size())) {
      gather(other, primary);
      mutations.delete(other);
    }
    return List.of(new Target(primary, identity));
  }

  private List<String> identityNames(String type) {
    List<String> names = new ArrayList<>();
    for (BodyField field : view.identityFields(view.summaryEndpoint(), type)) {
      names.add(field.name());
    }
    return names;
  }

  /** The Files that clash with another of them. */
  private static List<Entity> clashingAmong(List<Entity> files, List<String> kinds) {
    List<Entity> clashing = new ArrayList<>();
    for (Entity file : files) {
      for (Entity other : files) {
        if (file != other && clash(file.fields(), other.fields(), kinds)) {
          clashing.add(file);
          break;
        }
      }
    }
    return clashing;
  }

  /** Whether the two hold different values of one identity field. */
  private static boolean clash(ObjectNode a, ObjectNode b, List<String> kinds) {
    for (String kind : kinds) {
      JsonNode left = a.get(kind);
      JsonNode right = b.get(kind);
      if (left != null && right != null && !left.isNull() && !right.isNull() && !left.equals(right)) {
        return true;
      }
    }
    return false;
  }

  /** A new File of the incoming hashes none of the matching Files holds; none if none is left. */
  private static List<Target> leftover(List<Entity> matches, ObjectNode incoming, List<String> kinds) {
    ObjectNode rest = identity(incoming, kinds);
    for (Entity match : matches) {
      for (String kind : kinds) {
        JsonNode held = match.fields().get(kind);
        if (held != null && held.equals(rest.get(kind))) {
          rest.remove(kind);
        }
      }
    }
    return rest.isEmpty() ? List.of() : List.of(new Target(null, rest));
  }

  /** Each identity field from the first source that has it: the incoming File first or last. */
  private static ObjectNode combined(
      List<Entity> matches, ObjectNode incoming, List<String> kinds, boolean incomingFirst) {
    List<ObjectNode> sources = new ArrayList<>();
    matches.forEach(m -> sources.add(m.fields()));
    sources.add(incomingFirst ? 0 : sources.size(), incoming);
    ObjectNode result = Json.object();
    for (String kind : kinds) {
      for (ObjectNode source : sources) {
        JsonNode value = source.get(kind);
        if (value != null && !value.isNull()) {
          result.set(kind, value);
          break;
        }
      }
    }
    return result;
  }

  private static ObjectNode identity(ObjectNode fields, List<String> kinds) {
    ObjectNode result = Json.object();
    for (String kind : kinds) {
      JsonNode value = fields.get(kind);
      if (value != null && !value.isNull()) {
        result.set(kind, value);
      }
    }
    return result;
  }

  /**
   * L63: the metadata lists of a merged File go to the primary one, Attributes appended even if
   * alike; its associations too, so the objects it was associated with stay associated with the
   * File that now holds its hashes.
   */
  private void gather(Entity other, Entity primary) {
    store.beforeChange(primary);
    for (String field : other.metadataFields()) {
      List<JsonNode> items = primary.metadata(field);
      for (JsonNode item : other.metadataOrEmpty(field)) {
        if (!items.contains(item)) {
          items.add(item);
        }
      }
    }
    for (Long id : List.copyOf(store.neighbours(other.id()))) {
      if (id != primary.id()) {
        store.link(primary.id(), id);
      }
    }
  }
}
