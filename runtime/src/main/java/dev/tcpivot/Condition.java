package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.util.List;
import java.util.function.Function;

/**
 * What the condition builders share: the keyword, the query type they make, and the operators that
 * every value type takes. Each public subclass adds the operators of its value type only, so an
 * operator a keyword does not take does not compile.
 *
 * @param <Q> the query type the condition makes
 */
abstract class Condition<Q> {
  private final String keyword;
  private final Function<Clause, Q> make;

  Condition(String keyword, Function<Clause, Q> make) {
    this.keyword = Checks.notBlank(keyword, "keyword");
    this.make = Checks.notNull(make, "make");
  }

  /** {@code keyword IS NULL}: objects without a value. */
  public final Q isNull() {
    return clause("IS NULL");
  }

  /** {@code keyword IS NOT NULL}: objects with any value. */
  public final Q isNotNull() {
    return clause("IS NOT NULL");
  }

  /** The keyword as written in the query, e.g. {@code typeName}. */
  final String keyword() {
    return keyword;
  }

  /** {@code keyword <operator> <value>}, the value already written as TQL. */
  final Q compare(String operator, String value) {
    return clause(operator + " " + value);
  }

  /** {@code keyword IN (a, b)} or {@code NOT IN}: the values already written, at least one. */
  final Q list(String operator, List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          keyword + " values is empty: " + operator + " (...) needs at least one value");
    }
    return clause(operator + " (" + String.join(", ", values) + ")");
  }

  /** How arguments are named in messages: {@code typeName value}, {@code typeName values[1]}. */
  final String argument(String name) {
    return keyword + " " + name;
  }

  private Q clause(String rest) {
    return make.apply(Clause.of(keyword + " " + rest));
  }
}
