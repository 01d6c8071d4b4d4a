package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The operators of a TQL keyword that compares integers, e.g. {@code IndicatorQuery.rating()}:
 * {@code rating >= 4}.
 *
 * @param <Q> the query type the condition makes
 */
public final class IntegerCondition<Q> extends Condition<Q> {
  IntegerCondition(String keyword, Function<Clause, Q> make) {
    super(keyword, make);
  }

  /** {@code keyword = value}. */
  public Q eq(long value) {
    return compare("=", Long.toString(value));
  }

  /** {@code keyword != value}. */
  public Q ne(long value) {
    return compare("!=", Long.toString(value));
  }

  /** {@code keyword > value}. */
  public Q gt(long value) {
    return compare(">", Long.toString(value));
  }

  /** {@code keyword < value}. */
  public Q lt(long value) {
    return compare("<", Long.toString(value));
  }

  /** {@code keyword >= value}. */
  public Q geq(long value) {
    return compare(">=", Long.toString(value));
  }

  /** {@code keyword <= value}. */
  public Q leq(long value) {
    return compare("<=", Long.toString(value));
  }

  /** {@code keyword IN (1, 2)}: any of the values, at least one. */
  public Q in(long... values) {
    return list("IN", written(values));
  }

  /** {@code keyword IN (1, 2)}: any of the values, at least one. */
  public Q in(Collection<Long> values) {
    return list("IN", written(values));
  }

  /** {@code keyword NOT IN (1, 2)}: none of the values, at least one. */
  public Q notIn(long... values) {
    return list("NOT IN", written(values));
  }

  /** {@code keyword NOT IN (1, 2)}: none of the values, at least one. */
  public Q notIn(Collection<Long> values) {
    return list("NOT IN", written(values));
  }

  private List<String> written(long[] values) {
    Checks.notNull(values, argument("values"));
    List<String> written = new ArrayList<>(values.length);
    for (long value : values) {
      written.add(Long.toString(value));
    }
    return written;
  }

  private List<String> written(Collection<Long> values) {
    Checks.notNull(values, argument("values"));
    List<String> written = new ArrayList<>(values.size());
    int i = 0;
    for (Long value : values) {
      written.add(Long.toString(Checks.notNull(value, argument("values"), i++)));
    }
    return written;
  }
}
