package dev.tcpivot;

import java.util.function.Function;

/**
 * A TQL query over one query type, the base of the generated {@code XQuery} classes
 * ({@code IndicatorQuery}, {@code GroupQuery}, ...). A query starts from a keyword of its type and
 * an operator, and combines only with queries of the same type:
 *
 * <pre>{@code
 * IndicatorQuery hosts = IndicatorQuery.typeName().in("Host", "Address")
 *     .and(IndicatorQuery.hasGroup(GroupQuery.id().eq(12)));
 * hosts.toTql();  // typeName IN ("Host", "Address") AND hasGroup(id = 12)
 * }</pre>
 *
 * <p>Queries are immutable values: {@link #and} and {@link #or} return new ones, and two queries are
 * equal when they are of the same type and read the same.
 *
 * @param <Q> the generated query type itself
 */
public abstract class Query<Q extends Query<Q>> {
  private final Clause clause;

  /** For a generated query type: a query of exactly this clause. */
  protected Query(Clause clause) {
    this.clause = Checks.notNull(clause, "clause");
  }

  /** A query of this type over another clause; the generated types return their constructor's. */
  protected abstract Q with(Clause clause);

  /** This query and the other: {@code a AND b}, with {@code OR} parts in parentheses. */
  public final Q and(Q other) {
    Query<?> that = Checks.notNull(other, "other");
    return with(clause.and(that.clause));
  }

  /** This query or the other: {@code a OR b}; {@code AND} binds tighter, so no parentheses are needed. */
  public final Q or(Q other) {
    Query<?> that = Checks.notNull(other, "other");
    return with(clause.or(that.clause));
  }

  /** The query as the {@code tql} parameter takes it, e.g. {@code typeName IN ("Host", "Address")}. */
  public final String toTql() {
    return clause.text;
  }

  /** The same as {@link #toTql()}. */
  @Override
  public final String toString() {
    return clause.text;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Query
        && other.getClass() == getClass()
        && ((Query<?>) other).clause.text.equals(clause.text);
  }

  @Override
  public final int hashCode() {
    return clause.text.hashCode();
  }

  // ---- For the generated query types ---------------------------------------------------------------

  /** The operators of a keyword that compares strings. */
  protected static <Q> StringCondition<Q> string(String keyword, Function<Clause, Q> make) {
    return new StringCondition<>(keyword, make);
  }

  /** The operators of a keyword that compares integers. */
  protected static <Q> IntegerCondition<Q> integer(String keyword, Function<Clause, Q> make) {
    return new IntegerCondition<>(keyword, make);
  }

  /** The operators of a keyword that compares decimal numbers. */
  protected static <Q> FloatCondition<Q> decimal(String keyword, Function<Clause, Q> make) {
    return new FloatCondition<>(keyword, make);
  }

  /** The operators of a keyword that compares dates. */
  protected static <Q> DateCondition<Q> date(String keyword, Function<Clause, Q> make) {
    return new DateCondition<>(keyword, make);
  }

  /** The operators of a keyword that compares booleans. */
  protected static <Q> BooleanCondition<Q> bool(String keyword, Function<Clause, Q> make) {
    return new BooleanCondition<>(keyword, make);
  }

  /** A nested query: {@code hasGroup(<query over Groups>)}. */
  protected static Clause nested(String keyword, Query<?> query) {
    Checks.notBlank(keyword, "keyword");
    Checks.notNull(query, keyword + " query");
    return Clause.of(keyword + "(" + query.clause.text + ")");
  }

  /**
   * A part of a query as it is written, and whether it is an {@code AND} or {@code OR} of smaller
   * parts, which decides where parentheses go. Made only by tcpivot.
   */
  protected static final class Clause {
    private static final int ATOM = 0;
    private static final int AND = 1;
    private static final int OR = 2;

    private final String text;
    private final int junction;

    private Clause(String text, int junction) {
      this.text = text;
      this.junction = junction;
    }

    /** One comparison or nested query, which never needs parentheses. */
    static Clause of(String text) {
      return new Clause(text, ATOM);
    }

    Clause and(Clause other) {
      return new Clause(inAnd() + " AND " + other.inAnd(), AND);
    }

    Clause or(Clause other) {
      // AND binds tighter than OR, and OR is associative: no part of an OR needs parentheses.
      return new Clause(text + " OR " + other.text, OR);
    }

    private String inAnd() {
      return junction == OR ? "(" + text + ")" : text;
    }
  }
}
