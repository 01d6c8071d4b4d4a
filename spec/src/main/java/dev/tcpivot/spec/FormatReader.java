package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the format column of a {@code [body]} row and a catalog's {@code [formats]} examples. */
final class FormatReader {
  private static final String ACCEPTED = "accepted";

  private FormatReader() {}

  /**
   * The format a body row names, checked against the row: a format is for string values of the
   * one Indicator type whose summary it describes.
   */
  static Optional<ValueFormat> format(
      TableFile.Row row, Catalog shell, Value value, List<String> types) {
    String word = row.cell(5);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    ValueFormat format =
        ValueFormat.byWord(word)
            .orElseThrow(
                () ->
                    row.error(
                        "unknown format '" + word + "' (formats: " + ValueFormat.words() + ")"));
    if (value.kind() != ValueKind.STRING) {
      throw row.error("format '" + word + "' is for string values, not " + value);
    }
    String rightType = format.indicatorType() + " Indicators";
    if (!shell.object().endpointName().equals("indicators")) {
      throw row.error(
          "format '" + word + "' is for " + rightType + ", not for " + shell.object().name());
    }
    if (!types.equals(List.of(format.indicatorType()))) {
      String these = types.isEmpty() ? "every Indicator type" : String.join(", ", types);
      throw row.error("format '" + word + "' is for " + rightType + ", not for " + these);
    }
    return Optional.of(format);
  }

  /**
   * The rows of {@code [formats]}: format | example between double quotes | {@code accepted}, or
   * the words of the refusal. Each names a format that a body field of the catalog has.
   */
  static List<FormatExample> examples(TableFile table, List<BodyField> body) {
    List<TableFile.Row> rows = table.section("formats");
    TableFile.requireCells(rows, 3, "format | example | verdict");
    List<FormatExample> examples = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String word = row.cell(0);
      ValueFormat format =
          ValueFormat.byWord(word)
              .orElseThrow(
                  () ->
                      row.error(
                          "unknown format '" + word + "' (formats: " + ValueFormat.words() + ")"));
      if (body.stream().noneMatch(f -> f.format().filter(format::equals).isPresent())) {
        throw row.error("format '" + word + "' has examples, but no [body] field has the format");
      }
      String value = unquote(row, row.cell(1));
      SourceLine first = seen.putIfAbsent(word + "|" + value, row.source());
      if (first != null) {
        throw row.error(
            "example \"" + value + "\" of '" + word + "' is already listed at line "
                + first.line());
      }
      String verdict = row.cell(2);
      if (verdict.isEmpty()) {
        throw row.error("a verdict is 'accepted' or the words that refuse the example");
      }
      Optional<String> problem = verdict.equals(ACCEPTED) ? Optional.empty() : Optional.of(verdict);
      examples.add(new FormatExample(format, value, problem, row.source()));
    }
    return examples;
  }

  /** The example between its double quotes, verbatim, so that it keeps its spaces. */
  private static String unquote(TableFile.Row row, String cell) {
    boolean quoted = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"");
    String inner = quoted ? cell.substring(1, cell.length() - 1) : "";
    if (!quoted || inner.indexOf('"') >= 0) {
      throw row.error(
          "an example stands between double quotes and holds none, e.g. \"ASN12345\"; found "
              + cell);
    }
    return inner;
  }
}
