package dev.tcpivot.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One keyword an endpoint takes in its {@code tql} parameter: its name as written in a query, the
 * type of value it compares and, for a nested query, the name of the query type it runs over.
 */
public record TqlKeyword(String name, TqlType type, String targetName, SourceLine source) {
  public TqlKeyword {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    targetName = targetName == null ? "" : targetName;
  }

  /** Whether the keyword takes a query over another type: {@code hasGroup(...)}. */
  public boolean nested() {
    return type == TqlType.NESTED;
  }

  /** The query type a nested keyword runs over, e.g. {@code Group}; empty for other keywords. */
  public Optional<String> target() {
    return targetName.isEmpty() ? Optional.empty() : Optional.of(targetName);
  }
}
