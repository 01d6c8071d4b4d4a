package dev.tcpivot.sandbox;

import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares the values an object holds for a keyword with a clause's values. A keyword may hold no
 * value (null: the sandbox does not hold it, or it is not set) or several (an object's tags); a
 * positive operator holds when one of them matches, its complement when none does, IS NULL when
 * there is none. Strings compare without regard to case, except a Tag's {@code name}, which the
 * API's own description calls case sensitive (v3/filter_results.rst L145-148; {@code summary},
 * L169-172, is not).
 */
final class TqlCompare {
  private TqlCompare() {}

  static boolean caseSensitive(QueryType type, TqlKeyword keyword) {
    return type.name().equals("Tag") && keyword.name().equals("name");
  }

  static boolean holds(TqlNode.Comparison clause, List<Object> held) {
    TqlOperator operator = clause.operator();
    if (operator == TqlOperator.IS_NULL) {
      return held.isEmpty();
    }
    if (operator == TqlOperator.IS_NOT_NULL) {
      return !held.isEmpty();
    }
    boolean caseSensitive = caseSensitive(clause.type(), clause.keyword());
    boolean any = false;
    for (Object value : held) {
      if (matches(operator.positive(), value, clause.values(), caseSensitive)) {
        any = true;
        break;
      }
    }
    return operator.negated() != any;
  }

  private static boolean matches(
      TqlOperator operator, Object held, List<Object> values, boolean caseSensitive) {
    switch (operator) {
      case IN:
        for (Object value : values) {
          if (equal(held, value, caseSensitive)) {
            return true;
          }
        }
        return false;
      case EQ:
        return equal(held, values.get(0), caseSensitive);
      case GT:
      case LT:
      case GEQ:
      case LEQ:
        return ordered(operator, held, values.get(0));
      case LIKE:
        return ((Pattern) values.get(0)).matcher((String) held).matches();
      default:
        return text(operator, (String) held, (String) values.get(0), caseSensitive);
    }
  }

  private static boolean equal(Object held, Object value, boolean caseSensitive) {
    if (value instanceof TqlDates.Range) {
      return TqlDates.compare((Instant) held, TqlOperator.EQ, (TqlDates.Range) value);
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) held).compareTo((BigDecimal) value) == 0;
    }
    if (value instanceof String && !caseSensitive) {
      return ((String) held).equalsIgnoreCase((String) value);
    }
    return held.equals(value);
  }

  private static boolean ordered(TqlOperator operator, Object held, Object value) {
    if (value instanceof TqlDates.Range) {
      return TqlDates.compare((Instant) held, operator, (TqlDates.Range) value);
    }
    int order = ((BigDecimal) held).compareTo((BigDecimal) value);
    switch (operator) {
      case GT:
        return order > 0;
      case LT:
        return order < 0;
      case GEQ:
        return order >= 0;
      default:
        return order <= 0;
    }
  }

  private static boolean text(
      TqlOperator operator, String held, String value, boolean caseSensitive) {
    String h = caseSensitive ? held : held.toLowerCase(Locale.ROOT);
    String v = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    switch (operator) {
      case CONTAINS:
        return h.contains(v);
      case STARTSWITH:
        return h.startsWith(v);
      case ENDSWITH:
        return h.endsWith(v);
      default:
        throw new IllegalArgumentException(operator + " on a string");
    }
  }
}
