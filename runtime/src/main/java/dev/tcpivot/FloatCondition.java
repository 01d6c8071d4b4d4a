package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The operators of a TQL keyword that compares decimal numbers (value type Float). Values are
 * written without an exponent ({@code 0.0001}, not {@code 1.0E-4}); NaN and infinities are refused.
 *
 * @param <Q> the query type the condition makes
 */
public final class FloatCondition<Q> extends Condition<Q> {
  FloatCondition(String keyword, Function<Clause, Q> make) {
    super(keyword, make);
  }

  /** {@code keyword = value}. */
  public Q eq(double value) {
    return compare("=", written(value));
  }

  /** {@code keyword != value}. */
  public Q ne(double value) {
    return compare("!=", written(value));
  }

  /** {@code keyword > value}. */
  public Q gt(double value) {
    return compare(">", written(value));
  }

  /** {@code keyword < value}. */
  public Q lt(double value) {
    return compare("<", written(value));
  }

  /** {@code keyword >= value}. */
  public Q geq(double value) {
    return compare(">=", written(value));
  }

  /** {@code keyword <= value}. */
  public Q leq(double value) {
    return compare("<=", written(value));
  }

  /** {@code keyword IN (1.5, 2)}: any of the values, at least one. */
  public Q in(double... values) {
    return list("IN", written(values));
  }

  /** {@code keyword IN (1.5, 2)}: any of the values, at least one. */
  public Q in(Collection<Double> values) {
    return list("IN", written(values));
  }

  /** {@code keyword NOT IN (1.5, 2)}: none of the values, at least one. */
  public Q notIn(double... values) {
    return list("NOT IN", written(values));
  }

  /** {@code keyword NOT IN (1.5, 2)}: none of the values, at least one. */
  public Q notIn(Collection<Double> values) {
    return list("NOT IN", written(values));
  }

  private String written(double value) {
    return TqlValues.decimal(value, argument("value"));
  }

  private List<String> written(double[] values) {
    Checks.notNull(values, argument("values"));
    List<String> written = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      written.add(TqlValues.decimal(values[i], argument("values[" + i + "]")));
    }
    return written;
  }

  private List<String> written(Collection<Double> values) {
    Checks.notNull(values, argument("values"));
    List<String> written = new ArrayList<>(values.size());
    int i = 0;
    for (Double value : values) {
      String name = argument("values[" + i++ + "]");
      written.add(TqlValues.decimal(Checks.notNull(value, name), name));
    }
    return written;
  }
}
