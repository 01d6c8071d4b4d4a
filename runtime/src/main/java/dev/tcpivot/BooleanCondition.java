package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.util.function.Function;

/**
 * The operators of a TQL keyword that compares booleans, e.g. {@code GroupAttributeQuery.associable()}:
 * {@code associable = true}.
 *
 * @param <Q> the query type the condition makes
 */
public final class BooleanCondition<Q> extends Condition<Q> {
  BooleanCondition(String keyword, Function<Clause, Q> make) {
    super(keyword, make);
  }

  /** {@code keyword = true} or {@code keyword = false}. */
  public Q eq(boolean value) {
    return compare("=", Boolean.toString(value));
  }
}
