package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A {@code {"data": [...], "mode": ...}} value of a body field: an association, metadata or inline
 * child list.
 *
 * @param field the body field, e.g. {@code associatedGroups}
 * @param entries the objects in {@code data}
 * @param mode the mode if the block states one; absent means append
 */
record Block(String field, List<ObjectNode> entries, Optional<Mode> mode) {
  Block {
    entries = List.copyOf(entries);
  }

  Mode effectiveMode() {
    return mode.orElse(Mode.APPEND);
  }
}
