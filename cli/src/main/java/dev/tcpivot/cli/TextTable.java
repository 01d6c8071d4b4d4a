package dev.tcpivot.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table: a header, rows, and right-aligned numbers. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** The table, each line ending in a newline, with a rule under the header and above the last row when asked. */
  String render(boolean lastRowIsTotal) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    rule(out, widths);
    for (int r = 0; r < rows.size(); r++) {
      if (lastRowIsTotal && r == rows.size() - 1) {
        rule(out, widths);
      }
      line(out, rows.get(r), widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      out.append(c == 0 ? "" : "  ").append(isNumber(cell) ? padding + cell : cell + padding);
    }
    out.append('\n');
    trimEnd(out);
  }

  private static void rule(StringBuilder out, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.append('\n');
  }

  private static boolean isNumber(String cell) {
    return !cell.isEmpty() && cell.chars().allMatch(Character::isDigit);
  }

  /** Drops the spaces that padding left before the newline just added. */
  private static void trimEnd(StringBuilder out) {
    int end = out.length() - 1;
    int last = end;
    while (last > 0 && out.charAt(last - 1) == ' ') {
      last--;
    }
    out.delete(last, end);
  }
}
