package dev.tcpivot.sandbox;

import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import java.util.List;

/** A parsed TQL query: clauses joined by AND and OR, comparisons and nested queries. */
sealed interface TqlNode {
  /** Every part holds. */
  record And(List<TqlNode> parts) implements TqlNode {
    public And {
      parts = List.copyOf(parts);
    }
  }

  /** Some part holds. */
  record Or(List<TqlNode> parts) implements TqlNode {
    public Or {
      parts = List.copyOf(parts);
    }
  }

  /**
   * {@code keyword operator value(s)}. The values are of the keyword's type: {@code BigDecimal},
   * {@code String}, {@code Boolean} or {@link TqlDates.Range}; a LIKE pattern is a compiled {@code
   * java.util.regex.Pattern}. Nodes are compared by identity, so that an evaluation can keep what
   * it worked out for each.
   *
   * @param type the query type the keyword belongs to
   */
  record Comparison(
      QueryType type, TqlKeyword keyword, TqlOperator operator, List<Object> values)
      implements TqlNode {
    public Comparison {
      values = List.copyOf(values);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** {@code hasGroup(...)}: some object or item of the target type relates and matches. */
  record Nested(QueryType type, TqlKeyword keyword, QueryType target, TqlNode inner)
      implements TqlNode {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /**
   * A clause over data the sandbox does not hold in a form it could compare: an Integer keyword
   * written as a nested query, such as {@code hasCommonGroup(typeName="Vulnerability")}
   * (v3/groups/unified_view_vulnerabilities.rst L20), whose target the table does not name. It
   * holds for no object.
   */
  record NotHeld(TqlKeyword keyword) implements TqlNode {}
}
