package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table file, grouped by section. The format is small on purpose: {@code #} starts
 * a comment, {@code [name]} starts a section, other non-blank lines are rows whose cells are
 * separated by {@code |}. A cell holding only {@code -} is empty. Between double quotes, {@code #}
 * and {@code |} are plain characters, so that an example value can hold them ({@code
 * "http://example.com/a#b"}); the quotes stay in the cell.
 */
final class TableFile {
  /** One row: its trimmed cells and where it stands. */
  record Row(List<String> cells, SourceLine source) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    /** The comma-separated items of a cell, trimmed, empty for an empty cell. */
    List<String> items(int index) {
      String cell = cell(index);
      List<String> items = new ArrayList<>();
      if (cell.isEmpty()) {
        return items;
      }
      for (String item : cell.split(",")) {
        items.add(item.trim());
      }
      return items;
    }

    SpecException error(String problem) {
      return new SpecException(source, problem);
    }
  }

  private final String name;
  private final Map<String, List<Row>> sections;
  private final Map<String, SourceLine> sectionHeaders;

  private TableFile(String name, Map<String, List<Row>> sections, Map<String, SourceLine> headers) {
    this.name = name;
    this.sections = sections;
    this.sectionHeaders = headers;
  }

  static TableFile parse(String name, String text) {
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    Map<String, SourceLine> headers = new LinkedHashMap<>();
    String section = "";
    sections.put(section, new ArrayList<>());
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      SourceLine where = new SourceLine(name, i + 1);
      String line = withoutComment(lines[i], where).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() < 3) {
          throw new SpecException(where, "a section header looks like [name], not " + line);
        }
        section = line.substring(1, line.length() - 1).strip();
        if (sections.containsKey(section)) {
          throw new SpecException(where, "section [" + section + "] appears twice");
        }
        sections.put(section, new ArrayList<>());
        headers.put(section, where);
        continue;
      }
      sections.get(section).add(new Row(cells(line), where));
    }
    return new TableFile(name, sections, headers);
  }

  /** The line up to its first {@code #} outside double quotes. */
  private static String withoutComment(String line, SourceLine where) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '#' && !quoted) {
        return line.substring(0, i);
      }
    }
    if (quoted) {
      throw new SpecException(where, "a double quote is not closed");
    }
    return line;
  }

  /** The trimmed cells of a row: split at each {@code |} outside double quotes. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      char c = i < line.length() ? line.charAt(i) : '|';
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '|' && !quoted) {
        String cell = line.substring(start, i).strip();
        cells.add(cell.equals("-") ? "" : cell);
        start = i + 1;
      }
    }
    return cells;
  }

  String name() {
    return name;
  }

  /** The rows before the first section header. */
  List<Row> rows() {
    return section("");
  }

  List<Row> section(String section) {
    return sections.getOrDefault(section, List.of());
  }

  boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** Fails on a section whose name is not among the known ones. */
  void requireSectionsAmong(List<String> known) {
    for (Map.Entry<String, SourceLine> header : sectionHeaders.entrySet()) {
      if (!known.contains(header.getKey())) {
        throw new SpecException(
            header.getValue(),
            "unknown section [" + header.getKey() + "] (sections: " + String.join(", ", known) + ")");
      }
    }
  }

  /** Fails on the first row whose cell count differs from {@code count}. */
  static void requireCells(List<Row> rows, int count, String shape) {
    for (Row row : rows) {
      if (row.cells().size() != count) {
        throw row.error(
            "expected " + count + " cells (" + shape + "), found " + row.cells().size());
      }
    }
  }
}
