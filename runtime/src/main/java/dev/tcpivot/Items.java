package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Copies a list of items given by a caller, refusing null and empty lists with clear messages. */
final class Items {
  private Items() {}

  static <T> List<T> copy(String what, T[] items) {
    if (items == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return copy(what, Arrays.asList(items));
  }

  static <T> List<T> copy(String what, List<? extends T> items) {
    if (items == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty: name at least one");
    }
    List<T> copy = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      copy.add(Checks.tcpivotRef(items.get(i), what + "[" + i + "]"));
    }
    return copy;
  }
}
