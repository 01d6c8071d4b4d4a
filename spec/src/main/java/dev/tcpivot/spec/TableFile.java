package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table file, grouped by section. The format is small on purpose: {@code #} starts
 * a comment, {@code [name]} starts a section, other non-blank lines are rows whose cells are
 * separated by {@code |}. A cell holding only {@code -} is empty.
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
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
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
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\\|", -1)) {
        String trimmed = cell.strip();
        cells.add(trimmed.equals("-") ? "" : trimmed);
      }
      sections.get(section).add(new Row(cells, where));
    }
    return new TableFile(name, sections, headers);
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
