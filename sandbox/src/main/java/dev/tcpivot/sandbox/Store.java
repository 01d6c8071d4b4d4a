package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
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
 *
 * <p>Objects are also indexed by the keys {@link StoreKeys} gives them (an Indicator's owner, type
 * and summary; a Group's owner and XID), so that lookups need no scan. The index follows every
 * add, remove, undo and clear. An object whose fields change is announced by {@link
 * #beforeChange}: until it is indexed again ({@link #settle}, commit or rollback) {@link
 * #candidates} offers it under every key, so a lookup never misses it.
 */
final class Store {
  private final Map<Long, Entity> byId = new HashMap<>();
  private final Map<ObjectType, TreeMap<Long, Entity>> byEndpoint = new HashMap<>();
  private final Map<Long, Set<Long>> edges = new HashMap<>();
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final List<Runnable> onClear = new ArrayList<>();
  private final Map<Entity, Boolean> snapshotted = new IdentityHashMap<>();
  private final StoreKeys keys;
  private final Map<Object, Set<Entity>> index = new HashMap<>();
  private final Map<Entity, List<Object>> indexedUnder = new IdentityHashMap<>();
  private final Set<Entity> unsettled = new HashSet<>();
  private long nextId = 1;

  Store(StoreKeys keys) {
    this.keys = keys;
  }

  long newId() {
    long id = nextId++;
    undo.push(() -> nextId = id);
    return id;
  }

  void add(Entity entity) {
    keep(entity);
    undo.push(() -> forget(entity));
  }

  private void keep(Entity entity) {
    byId.put(entity.id(), entity);
    byEndpoint.computeIfAbsent(entity.endpoint(), k -> new TreeMap<>()).put(entity.id(), entity);
    index(entity);
  }

  /** Removes an object and every association it takes part in. */
  void remove(Entity entity) {
    for (Long other : List.copyOf(neighbours(entity.id()))) {
      unlink(entity.id(), other);
    }
    forget(entity);
    undo.push(() -> keep(entity));
  }

  private void forget(Entity entity) {
    byId.remove(entity.id());
    TreeMap<Long, Entity> objects = byEndpoint.get(entity.endpoint());
    if (objects != null) {
      objects.remove(entity.id());
    }
    unindex(entity);
  }

  private void index(Entity entity) {
    unindex(entity);
    List<Object> under = List.copyOf(keys.of(entity));
    for (Object key : under) {
      index.computeIfAbsent(key, k -> new HashSet<>()).add(entity);
    }
    indexedUnder.put(entity, under);
  }

  private void unindex(Entity entity) {
    List<Object> under = indexedUnder.remove(entity);
    if (under == null) {
      return;
    }
    for (Object key : under) {
      Set<Entity> found = index.get(key);
      if (found != null && found.remove(entity) && found.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /** Indexes the objects again after their change, if they are still stored. */
  private void reindex(Collection<Entity> changed) {
    for (Entity entity : changed) {
      if (byId.get(entity.id()) == entity) {
        index(entity);
      }
    }
  }

  /** Indexes a changed object again now, once its change is done, rather than at commit. */
  void settle(Entity entity) {
    if (unsettled.remove(entity) && byId.get(entity.id()) == entity) {
      index(entity);
    }
  }

  /**
   * The stored objects that may have the key, in id order: those indexed under it and those changed
   * and not yet indexed again. Callers check each one.
   */
  List<Entity> candidates(Object key) {
    Set<Entity> found = new HashSet<>(index.getOrDefault(key, Set.of()));
    for (Entity changed : unsettled) {
      if (byId.get(changed.id()) == changed) {
        found.add(changed);
      }
    }
    List<Entity> result = new ArrayList<>(found);
    result.sort(Comparator.comparingLong(Entity::id));
    return result;
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
    unsettled.add(entity);
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
    unsettled.clear();
    index.clear();
    indexedUnder.clear();
    nextId = 1;
  }

  void commit() {
    reindex(unsettled);
    unsettled.clear();
    undo.clear();
    snapshotted.clear();
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
    // Settled objects too: their fields are back as they were.
    reindex(snapshotted.keySet());
    reindex(unsettled);
    unsettled.clear();
    snapshotted.clear();
  }
}
