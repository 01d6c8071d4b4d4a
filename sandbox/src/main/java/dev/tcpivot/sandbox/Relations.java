package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which objects relate, as nested queries see it: associated (an edge of the store, seen from both
 * sides), or parent and child (an Artifact and its Case, a Victim Asset and its Victim).
 */
final class Relations {
  private final SpecView view;
  private final Store store;
  private final Children children;

  Relations(SpecView view, Store store) {
    this.view = view;
    this.store = store;
    this.children = new Children(view, store);
  }

  /** The objects of the target endpoint that relate to one object. */
  List<Entity> of(Entity entity, ObjectType target) {
    List<Entity> related = new ArrayList<>(store.neighbours(entity.id(), target));
    for (ParentLink link : view.parentsOf(entity.endpoint())) {
      if (link.parent().equals(target)) {
        parent(entity, link).ifPresent(related::add);
      }
    }
    for (ParentLink link : view.childrenOf(entity.endpoint())) {
      if (link.child().equals(target)) {
        related.addAll(children.of(entity, link));
      }
    }
    return related;
  }

  /**
   * The objects of the endpoint that relate to any of the given ones, by id, from the store's
   * edges: in proportion to the given objects and their associations, not to the store.
   */
  Map<Long, Entity> ofAny(Collection<Entity> targets, ObjectType endpoint) {
    Map<Long, Entity> related = new HashMap<>();
    Set<Long> targetIds = new HashSet<>();
    for (Entity target : targets) {
      targetIds.add(target.id());
      for (Entity other : store.neighbours(target.id(), endpoint)) {
        related.put(other.id(), other);
      }
      for (ParentLink link : view.parentsOf(target.endpoint())) {
        if (link.parent().equals(endpoint)) {
          parent(target, link).ifPresent(parent -> related.put(parent.id(), parent));
        }
      }
    }
    for (ParentLink link : view.parentsOf(endpoint)) {
      if (targets.stream().anyMatch(t -> t.endpoint().equals(link.parent()))) {
        for (Entity child : store.all(endpoint)) {
          if (targetIds.contains(child.fields().path(link.idField()).asLong())) {
            related.put(child.id(), child);
          }
        }
      }
    }
    return related;
  }

  private Optional<Entity> parent(Entity child, ParentLink link) {
    return store
        .get(child.fields().path(link.idField()).asLong())
        .filter(e -> e.endpoint().equals(link.parent()));
  }

  /** The ids of the objects, in a set. */
  static Set<Long> ids(Collection<Entity> entities) {
    Set<Long> ids = new HashSet<>();
    entities.forEach(e -> ids.add(e.id()));
    return ids;
  }
}
