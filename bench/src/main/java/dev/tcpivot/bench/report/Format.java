package dev.tcpivot.bench.report;

import java.util.Locale;

/** How numbers appear in the tables: three significant digits, thousands grouped. */
final class Format {
  private Format() {}

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** {@code ours / baseline} with its error, from the relative errors of both. */
  static String ratio(Result ours, Result baseline) {
    return ratio(ours.score, ours.error, baseline.score, baseline.error);
  }

  static String ratio(double ours, double oursError, double baseline, double baselineError) {
    double ratio = ours / baseline;
    double relative = Math.sqrt(square(safe(oursError) / ours) + square(safe(baselineError) / baseline));
    return String.format(Locale.ROOT, "%.2f× ± %.2f", ratio, ratio * relative);
  }

  /** A whole count such as a number of threads, or n/a when it was not measured. */
  static String count(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String bytes(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", value);
  }

  private static double safe(double error) {
    return Double.isNaN(error) ? 0 : error;
  }

  private static double square(double x) {
    return x * x;
  }
}
