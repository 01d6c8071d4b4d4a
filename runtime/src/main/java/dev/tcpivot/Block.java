package dev.tcpivot;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A list of items with the {@link Mode} that a PUT applies to them: the JSON
 * {@code {"data": [...], "mode": "delete"}}. Build one with {@link Associations} (refs) or
 * {@link Metadata} (tags, security labels, attributes). Items keep the order they were given in.
 *
 * @param <T> the item type, e.g. {@code IdRef<Group>}
 */
public final class Block<T> {
  private final Mode mode;
  private final List<T> items;

  /** Takes {@code items} over: callers pass a list of their own, already checked and copied. */
  Block(Mode mode, List<T> items) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.items = Collections.unmodifiableList(items);
  }

  /** What the PUT does with the items. */
  public Mode mode() {
    return mode;
  }

  /** The items, in the order they were given. */
  public List<T> items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block && ((Block<?>) o).mode == mode && ((Block<?>) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return 31 * mode.hashCode() + items.hashCode();
  }

  @Override
  public String toString() {
    return mode.wireValue() + " " + items;
  }
}
