package dev.tcpivot;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nothing else holds: the checked copy of the items of a
 * block or a list of refs, one object instead of a list and a wrapper around it.
 */
final class ItemList<T> extends AbstractList<T> implements RandomAccess {
  private final Object[] items;

  /** Takes {@code items} over: the caller made it and keeps no reference to it. */
  ItemList(Object[] items) {
    this.items = items;
  }

  @Override
  @SuppressWarnings("unchecked") // every item was put in as a T
  public T get(int index) {
    return (T) items[index];
  }

  @Override
  public int size() {
    return items.length;
  }
}
