package dev.tcpivot.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Date values of TQL: {@code "YYYY-MM-DD HH:MM:SS"}, {@code "YYYY-MM-DD"} and the date functions
 * {@code "TODAY()"} (v3/filter_results.rst L240) and {@code "NOW()"}, in UTC. A value stands for a
 * span of time: a date for its whole day, a time for its second, TODAY() for the current day,
 * NOW() for the current second. So {@code caseOpenTime LEQ "2023-02-28"} includes the 28th, as
 * filter_results.rst L268-274 describes its example ("between February 1 and 28, 2023,
 * inclusive").
 */
final class TqlDates {
  static final String FORMS = "\"YYYY-MM-DD HH:MM:SS\", \"YYYY-MM-DD\", \"TODAY()\" or \"NOW()\"";

  /** The span {@code [from, to)} that a date value stands for. */
  record Range(Instant from, Instant to) {}

  private TqlDates() {}

  static Optional<Range> parse(String value, Instant now) {
    String text = value.trim();
    switch (text.toUpperCase(Locale.ROOT)) {
      case "TODAY()":
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return Optional.of(new Range(today, today.plus(1, ChronoUnit.DAYS)));
      case "NOW()":
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        return Optional.of(new Range(second, second.plusSeconds(1)));
      default:
        break;
    }
    try {
      if (text.length() == 10) {
        Instant day = LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        return Optional.of(new Range(day, day.plus(1, ChronoUnit.DAYS)));
      }
      if (text.length() == 19 && text.charAt(10) == ' ') {
        Instant second = LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        return Optional.of(new Range(second, second.plusSeconds(1)));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a stored time satisfies {@code time <operator> range}. */
  static boolean compare(Instant time, TqlOperator operator, Range range) {
    switch (operator) {
      case EQ:
        return !time.isBefore(range.from()) && time.isBefore(range.to());
      case GT:
        return !time.isBefore(range.to());
      case GEQ:
        return !time.isBefore(range.from());
      case LT:
        return time.isBefore(range.from());
      case LEQ:
        return time.isBefore(range.to());
      default:
        throw new IllegalArgumentException(operator + " on a date");
    }
  }
}
