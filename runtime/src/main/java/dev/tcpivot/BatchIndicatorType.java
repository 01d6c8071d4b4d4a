package dev.tcpivot;

/**
 * An Indicator type of a batch file, e.g. {@code BatchIndicators.HOST}: names an existing
 * Indicator by ID ({@link BatchRef#indicatorId}), whose {@code type_1}/{@code type_2} the
 * {@code association} array requires (v2_batch_api.rst L123, L126).
 *
 * @param <K> the Indicator's kind
 */
public final class BatchIndicatorType<K extends IndicatorKind> {
  private final String name;

  BatchIndicatorType(String name) {
    this.name = Checks.notBlank(name, "name");
  }

  /** The type's wire name, e.g. {@code Host}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
