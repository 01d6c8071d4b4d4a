package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory objects and their associations. Each association is one undirected edge, so both
 * sides see it. Every change is journaled until {@link #commit()}, so that a request that fails
 * half way leaves nothing behind ({@link #rollback()}). Not thread-safe: callers hold one lock.
 */
final class Store {
  private final Map<Long, Entity> byId = new HashMap<>();
  private final Map<ObjectType, TreeMap<Long, Entity>> byEndpoint = new HashMap<>();
  private final Map<Long, Set<Long>> edges = new HashMap<>();
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final List<Runnable> onClear = new ArrayList<>();
  private final Map<Entity, Boolean> snapshotted = new IdentityHashMap<>();
  private long nextId = 1;

  long newId() {
    long id = nextId++;
    undo.push(() -> nextId = id);
    return id;
  }

  void add(Entity entity) {
    byId.put(entity.id(), entity);
    byEndpoint.computeIfAbsent(entity.endpoint(), k -> new TreeMap<>()).put(entity.id(), entity);
    undo.push(() -> forget(entity));
  }

  /** Removes an object and every association it takes part in. */
  void remove(Entity entity) {
    for (Long other : List.copyOf(neighbours(entity.id()))) {
      unlink(entity.id(), other);
    }
    forget(entity);
    undo.push(
        () -> {
          byId.put(entity.id(), entity);
          byEndpoint
              .computeIfAbsent(entity.endpoint(), k -> new TreeMap<>())
              .put(entity.id(), entity);
        });
  }

  private void forget(Entity entity) {
    byId.remove(entity.id());
    TreeMap<Long, Entity> objects = byEndpoint.get(entity.endpoint());
    if (objects != null) {
      objects.remove(entity.id());
    }
  }

  Optional<Entity> get(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The endpoint's objects in id order. */
  Collection<Entity> all(ObjectType endpoint) {
    TreeMap<Long, Entity> objects = byEndpoint.get(endpoint);
    return objects == null ? List.of() : objects.values();
  }

  /** Records the entity's state once per request, before its first change. */
  void beforeChange(Entity entity) {
    if (snapshotted.put(entity, Boolean.TRUE) == null) {
      Entity.Snapshot snapshot = entity.snapshot();
      undo.push(() -> entity.restore(snapshot));
    }
  }

  /** Associates two objects; false if they already were. */
  boolean link(long a, long b) {
    boolean added = edges.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
    edges.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    if (added) {
      undo.push(() -> drop(a, b));
    }
    return added;
  }

  /** Dissociates two objects; false if they were not associated. */
  boolean unlink(long a, long b) {
    boolean removed = drop(a, b);
    if (removed) {
      undo.push(
          () -> {
            edges.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            edges.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
          });
    }
    return removed;
  }

  private boolean drop(long a, long b) {
    Set<Long> fromA = edges.get(a);
    boolean removed = fromA != null && fromA.remove(b);
    Set<Long> fromB = edges.get(b);
    if (fromB != null) {
      fromB.remove(a);
    }
    return removed;
  }

  /** The ids associated with an object, in the order they were linked. */
  Set<Long> neighbours(long id) {
    return edges.getOrDefault(id, Set.of());
  }

  /** The objects of one endpoint associated with an object, in the order they were linked. */
  List<Entity> neighbours(long id, ObjectType endpoint) {
    List<Entity> result = new ArrayList<>();
    for (Long other : neighbours(id)) {
      Entity entity = byId.get(other);
      if (entity != null && entity.endpoint().equals(endpoint)) {
        result.add(entity);
      }
    }
    return result;
  }

  /** Records how to undo a change kept outside the store (Tags, Security Labels), until commit. */
  void onRollback(Runnable action) {
    undo.push(action);
  }

  /** Runs {@code action} whenever the store is cleared: for what is kept beside it (Tags, labels). */
  void onClear(Runnable action) {
    onClear.add(action);
  }

  /** Forgets every object and association; the next id is 1 again. */
  void clear() {
    onClear.forEach(Runnable::run);
    byId.clear();
    byEndpoint.clear();
    edges.clear();
    undo.clear();
    snapshotted.clear();
    nextId = 1;
  }

  void commit() {
    undo.clear();
    snapshotted.clear();
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
    snapshotted.clear();
  }
}
