package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The operators of a TQL keyword that compares strings, e.g. {@code IndicatorQuery.typeName()}.
 * Values are sent in double quotes, with {@code ' " ` \} escaped as v3/filter_results.rst says;
 * {@code LIKE} takes {@code %} as its wildcard. A null value is refused, and so is a blank one where
 * the keyword compares names ({@code name}, {@code typeName}, {@code ownerName}, ...: its name ends
 * in "name"), which no object has.
 *
 * @param <Q> the query type the condition makes
 */
public final class StringCondition<Q> extends Condition<Q> {
  private final boolean names;

  StringCondition(String keyword, Function<Clause, Q> make) {
    super(keyword, make);
    this.names = keyword.toLowerCase(Locale.ROOT).endsWith("name");
  }

  /** {@code keyword = "value"}. */
  public Q eq(String value) {
    return quoted("=", value);
  }

  /** {@code keyword != "value"}. */
  public Q ne(String value) {
    return quoted("!=", value);
  }

  /** {@code keyword IN ("a", "b")}: any of the values, at least one. */
  public Q in(String... values) {
    return quotedList("IN", values);
  }

  /** {@code keyword IN ("a", "b")}: any of the values, at least one. */
  public Q in(Collection<String> values) {
    return quotedList("IN", values);
  }

  /** {@code keyword NOT IN ("a", "b")}: none of the values, at least one. */
  public Q notIn(String... values) {
    return quotedList("NOT IN", values);
  }

  /** {@code keyword NOT IN ("a", "b")}: none of the values, at least one. */
  public Q notIn(Collection<String> values) {
    return quotedList("NOT IN", values);
  }

  /** {@code keyword CONTAINS "value"}. */
  public Q contains(String value) {
    return quoted("CONTAINS", value);
  }

  /** {@code keyword NOT CONTAINS "value"}. */
  public Q notContains(String value) {
    return quoted("NOT CONTAINS", value);
  }

  /** {@code keyword STARTSWITH "value"}. */
  public Q startsWith(String value) {
    return quoted("STARTSWITH", value);
  }

  /** {@code keyword NOT STARTSWITH "value"}. */
  public Q notStartsWith(String value) {
    return quoted("NOT STARTSWITH", value);
  }

  /** {@code keyword ENDSWITH "value"}. */
  public Q endsWith(String value) {
    return quoted("ENDSWITH", value);
  }

  /** {@code keyword NOT ENDSWITH "value"}. */
  public Q notEndsWith(String value) {
    return quoted("NOT ENDSWITH", value);
  }

  /** {@code keyword LIKE "pattern"}, where {@code %} stands for any characters. */
  public Q like(String pattern) {
    return quoted("LIKE", pattern);
  }

  /** {@code keyword NOT LIKE "pattern"}, where {@code %} stands for any characters. */
  public Q notLike(String pattern) {
    return quoted("NOT LIKE", pattern);
  }

  private Q quoted(String operator, String value) {
    return compare(operator, TqlValues.quote(checked(value, argument("value"))));
  }

  private Q quotedList(String operator, String[] values) {
    Checks.notNull(values, argument("values"));
    return quotedList(operator, Arrays.asList(values));
  }

  private Q quotedList(String operator, Collection<String> values) {
    Checks.notNull(values, argument("values"));
    List<String> quoted = new ArrayList<>(values.size());
    int i = 0;
    for (String value : values) {
      quoted.add(TqlValues.quote(checked(value, argument("values[" + i++ + "]"))));
    }
    return list(operator, quoted);
  }

  private String checked(String value, String name) {
    return names ? Checks.notBlank(value, name) : Checks.notNull(value, name);
  }
}
