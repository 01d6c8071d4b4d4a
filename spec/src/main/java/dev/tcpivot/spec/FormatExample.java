package dev.tcpivot.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * A documented example of a {@link ValueFormat}: a value and whether the API accepts it, from a
 * catalog's {@code [formats]} section.
 *
 * @param format the format the example is for
 * @param value the value, exactly (it may be empty or a single space)
 * @param problem empty when the API accepts the value; otherwise what {@link
 *     ValueFormat#problem(String)} says of it
 */
public record FormatExample(
    ValueFormat format, String value, Optional<String> problem, SourceLine source) {

  public FormatExample {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
  }

  /** Whether the API accepts the value. */
  public boolean accepted() {
    return problem.isEmpty();
  }
}
