package dev.tcpivot.internal;

import java.util.List;

/** A list sent without a mode: {@code {"data": [...]}}. The API appends when a PUT names no mode. */
public final class DataList {
  private final List<?> items;

  public DataList(List<?> items) {
    this.items = List.copyOf(items);
  }

  public List<?> items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataList && ((DataList) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
