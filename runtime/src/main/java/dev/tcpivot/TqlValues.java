package dev.tcpivot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Values as TQL writes them: quoted and escaped strings, plain numbers, dates as the API compares them. */
final class TqlValues {
  /** {@code YYYY-MM-DD HH:MM:SS} in UTC (tql-keywords.md, Date). */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private TqlValues() {}

  /**
   * A string in double quotes, with the four characters that v3/filter_results.rst L12-36 lists
   * escaped by a backslash: {@code '}, {@code "}, the backtick and the backslash itself.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\'' || c == '"' || c == '`') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /** A decimal number without an exponent or trailing zeros: {@code 2.5}, {@code 0.0001}, {@code 7}. */
  static String decimal(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, not " + value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code "2023-02-01 13:07:08"}: the instant in UTC, to the second (the API compares whole seconds). */
  static String instant(Instant value) {
    return quote(DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS)));
  }

  /** {@code "2023-02-01"}. */
  static String date(LocalDate value) {
    return quote(value.toString());
  }
}
