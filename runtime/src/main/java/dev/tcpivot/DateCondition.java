package dev.tcpivot;

import dev.tcpivot.Query.Clause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The operators of a TQL keyword that compares dates, e.g. {@code CaseQuery.caseOpenTime()}. The
 * value is written as the API compares it (tql-keywords.md, Date): an {@link Instant} as
 * {@code "YYYY-MM-DD HH:MM:SS"} in UTC, to the second; a {@link LocalDate} as {@code "YYYY-MM-DD"};
 * a {@link DateFunction} as the function, e.g. {@code "TODAY()"}.
 *
 * <pre>{@code
 * CaseQuery.caseOpenTime().geq(LocalDate.of(2023, 2, 1))        // caseOpenTime >= "2023-02-01"
 * IndicatorQuery.threatAssessLastUpdated().gt(DateFunction.TODAY) // threatAssessLastUpdated > "TODAY()"
 * }</pre>
 *
 * @param <Q> the query type the condition makes
 */
public final class DateCondition<Q> extends Condition<Q> {
  /** A date the server works out when it runs the query. */
  public enum DateFunction {
    /** {@code "TODAY()"}: the start of the current day (v3/filter_results.rst L240). */
    TODAY("TODAY()");

    private final String written;

    DateFunction(String written) {
      this.written = written;
    }

    /** The function as TQL writes it, e.g. {@code TODAY()}. */
    public String tql() {
      return written;
    }
  }

  DateCondition(String keyword, Function<Clause, Q> make) {
    super(keyword, make);
  }

  /** {@code keyword = "YYYY-MM-DD HH:MM:SS"}. */
  public Q eq(Instant value) {
    return compare("=", instant(value));
  }

  /** {@code keyword = "YYYY-MM-DD"}. */
  public Q eq(LocalDate value) {
    return compare("=", date(value));
  }

  /** {@code keyword = "TODAY()"}. */
  public Q eq(DateFunction value) {
    return compare("=", function(value));
  }

  /** {@code keyword != "YYYY-MM-DD HH:MM:SS"}. */
  public Q ne(Instant value) {
    return compare("!=", instant(value));
  }

  /** {@code keyword != "YYYY-MM-DD"}. */
  public Q ne(LocalDate value) {
    return compare("!=", date(value));
  }

  /** {@code keyword != "TODAY()"}. */
  public Q ne(DateFunction value) {
    return compare("!=", function(value));
  }

  /** {@code keyword > "YYYY-MM-DD HH:MM:SS"}: later than the instant. */
  public Q gt(Instant value) {
    return compare(">", instant(value));
  }

  /** {@code keyword > "YYYY-MM-DD"}. */
  public Q gt(LocalDate value) {
    return compare(">", date(value));
  }

  /** {@code keyword > "TODAY()"}. */
  public Q gt(DateFunction value) {
    return compare(">", function(value));
  }

  /** {@code keyword < "YYYY-MM-DD HH:MM:SS"}: earlier than the instant. */
  public Q lt(Instant value) {
    return compare("<", instant(value));
  }

  /** {@code keyword < "YYYY-MM-DD"}. */
  public Q lt(LocalDate value) {
    return compare("<", date(value));
  }

  /** {@code keyword < "TODAY()"}. */
  public Q lt(DateFunction value) {
    return compare("<", function(value));
  }

  /** {@code keyword >= "YYYY-MM-DD HH:MM:SS"}. */
  public Q geq(Instant value) {
    return compare(">=", instant(value));
  }

  /** {@code keyword >= "YYYY-MM-DD"}. */
  public Q geq(LocalDate value) {
    return compare(">=", date(value));
  }

  /** {@code keyword >= "TODAY()"}. */
  public Q geq(DateFunction value) {
    return compare(">=", function(value));
  }

  /** {@code keyword <= "YYYY-MM-DD HH:MM:SS"}. */
  public Q leq(Instant value) {
    return compare("<=", instant(value));
  }

  /** {@code keyword <= "YYYY-MM-DD"}. */
  public Q leq(LocalDate value) {
    return compare("<=", date(value));
  }

  /** {@code keyword <= "TODAY()"}. */
  public Q leq(DateFunction value) {
    return compare("<=", function(value));
  }

  private String instant(Instant value) {
    return TqlValues.instant(Checks.notNull(value, argument("value")));
  }

  private String date(LocalDate value) {
    return TqlValues.date(Checks.notNull(value, argument("value")));
  }

  private String function(DateFunction value) {
    return TqlValues.quote(Checks.notNull(value, argument("value")).tql());
  }
}
