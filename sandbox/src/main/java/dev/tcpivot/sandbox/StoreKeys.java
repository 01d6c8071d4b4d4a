package dev.tcpivot.sandbox;

import java.util.List;

/**
 * The keys under which {@link Store} indexes an object, computed from its current fields, so that
 * a lookup by key reads a few candidates instead of scanning an endpoint. A lookup must still check
 * each candidate: the index may hold more than matches, never less.
 */
interface StoreKeys {
  /** No keys: the store keeps no index. */
  StoreKeys NONE = entity -> List.of();

  /** The keys of the object as it is now. */
  List<Object> of(Entity entity);
}
