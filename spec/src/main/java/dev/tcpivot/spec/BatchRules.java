package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The V2 Batch API's rules from batch.table: the association pairs a batch file may hold, the
 * most Indicators one job takes, the job options and their accepted values, and the batch fields
 * that differ from v3 or that only some types take.
 */
public final class BatchRules {
  /** The two kinds of object a batch file holds. */
  public enum Side {
    /** An Indicator, named by type and summary or by ID. */
    INDICATOR("Indicator"),
    /** A Group, named by XID or by ID. */
    GROUP("Group");

    private final String word;

    Side(String word) {
      this.word = word;
    }

    /** The word the table uses. */
    public String word() {
      return word;
    }
  }

  /**
   * A pair of the {@code association} array, ref_1 then ref_2; {@code typed} when it needs an
   * association type of indicator-associations.table.
   */
  public record Pair(Side first, Side second, boolean typed, SourceLine source) {}

  /** A job option with its accepted values and its default, empty when the option is required. */
  public record Option(String name, List<String> values, Optional<String> defaultValue, SourceLine source) {
    public Option {
      values = List.copyOf(values);
    }
  }

  /**
   * A batch field: its v3 name if v3 has one, the types that take it (all when empty), whether some
   * type requires it and which ones (every type that takes it when {@code requiredBy} is empty).
   */
  public record Field(
      Side side,
      String name,
      Optional<String> v3Name,
      List<String> types,
      boolean required,
      List<String> requiredBy,
      SourceLine source) {
    public Field {
      types = List.copyOf(types);
      requiredBy = List.copyOf(requiredBy);
    }

    /** Whether an object of this type may carry the field. */
    public boolean takes(String type) {
      return types.isEmpty() || types.contains(type);
    }

    /** Whether an object of this type must carry the field. */
    public boolean requiredFor(String type) {
      return required && takes(type) && (requiredBy.isEmpty() || requiredBy.contains(type));
    }
  }

  static final String FILE = "batch.table";
  private static final String INDICATOR_TABLE = "indicator-associations.table";
  private static final String LIMIT = "indicators per job";
  private static final String BYTES = "upload bytes";

  private final List<Pair> pairs;
  private final int maxIndicators;
  private final int maxUploadBytes;
  private final List<Option> options;
  private final List<Field> fields;

  private BatchRules(
      List<Pair> pairs, Map<String, Integer> limits, List<Option> options, List<Field> fields) {
    this.pairs = List.copyOf(pairs);
    this.maxIndicators = limits.get(LIMIT);
    this.maxUploadBytes = limits.get(BYTES);
    this.options = List.copyOf(options);
    this.fields = List.copyOf(fields);
  }

  /** The association pairs in table order. */
  public List<Pair> pairs() {
    return pairs;
  }

  /** Whether ref_1 of side {@code first} may be associated to ref_2 of side {@code second}. */
  public boolean accepts(Side first, Side second) {
    return pairs.stream().anyMatch(p -> p.first() == first && p.second() == second);
  }

  /** The most Indicators one batch job takes. */
  public int maxIndicatorsPerJob() {
    return maxIndicators;
  }

  /** The largest batch input file one upload takes, in bytes; a larger one is refused with a 400. */
  public int maxUploadBytes() {
    return maxUploadBytes;
  }

  /** The job options in table order. */
  public List<Option> options() {
    return options;
  }

  /** The named job option. */
  public Optional<Option> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The batch fields in table order. */
  public List<Field> fields() {
    return fields;
  }

  /** The fields that an object of this side and type requires, in table order. */
  public List<Field> required(Side side, String type) {
    return fields.stream().filter(f -> f.side() == side && f.requiredFor(type)).toList();
  }

  /** The named batch field of a side. */
  public Optional<Field> field(Side side, String name) {
    return fields.stream().filter(f -> f.side() == side && f.name().equals(name)).findFirst();
  }

  static BatchRules read(TableFile table, Catalog indicators, Catalog groups) {
    table.requireSectionsAmong(List.of("associations", "limits", "options", "fields"));
    if (!table.rows().isEmpty()) {
      throw table.rows().get(0).error("a row stands before the first section");
    }
    return new BatchRules(
        pairs(table.section("associations")),
        limits(table, table.section("limits")),
        options(table.section("options")),
        fields(table.section("fields"), indicators, groups));
  }

  private static List<Pair> pairs(List<TableFile.Row> rows) {
    TableFile.requireCells(rows, 3, "ref_1 | ref_2 | association type");
    List<Pair> pairs = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      Side first = side(row, 0);
      Side second = side(row, 1);
      String key = first.word() + " to " + second.word();
      SourceLine before = seen.putIfAbsent(key, row.source());
      if (before != null) {
        throw row.error(key + " is already listed at line " + before.line());
      }
      String typed = row.cell(2);
      boolean indicators = first == Side.INDICATOR && second == Side.INDICATOR;
      if (indicators ? !typed.equals(INDICATOR_TABLE) : !typed.isEmpty()) {
        throw row.error(indicators
            ? "Indicator to Indicator needs the association type " + INDICATOR_TABLE
            : key + " takes no association type (- in the third cell), not '" + typed + "'");
      }
      pairs.add(new Pair(first, second, indicators, row.source()));
    }
    return pairs;
  }

  private static Map<String, Integer> limits(TableFile table, List<TableFile.Row> rows) {
    TableFile.requireCells(rows, 2, "limit | value");
    List<String> known = List.of(LIMIT, BYTES);
    Map<String, Integer> found = new HashMap<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      if (!known.contains(name)) {
        throw row.error("unknown limit '" + name + "' (limits: " + String.join(", ", known) + ")");
      }
      if (found.containsKey(name)) {
        throw row.error("'" + name + "' is listed twice");
      }
      int value;
      try {
        value = Integer.parseInt(row.cell(1));
      } catch (NumberFormatException e) {
        value = -1;
      }
      if (value <= 0) {
        throw row.error("'" + row.cell(1) + "' is not a positive whole number");
      }
      found.put(name, value);
    }
    for (String name : known) {
      if (!found.containsKey(name)) {
        throw new SpecException(new SourceLine(table.name(), 0), "[limits] lacks '" + name + "'");
      }
    }
    return found;
  }

  private static List<Option> options(List<TableFile.Row> rows) {
    TableFile.requireCells(rows, 3, "option | accepted values | default");
    List<Option> options = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      SourceLine before = seen.putIfAbsent(name, row.source());
      if (before != null) {
        throw row.error("option '" + name + "' is already listed at line " + before.line());
      }
      List<String> values = row.items(1);
      if (values.isEmpty()) {
        throw row.error("option '" + name + "' has no accepted values");
      }
      Names.requireDistinct(row, values, "value");
      Optional<String> defaultValue = Optional.of(row.cell(2)).filter(d -> !d.isEmpty());
      if (defaultValue.isPresent() && !values.contains(defaultValue.get())) {
        throw row.error("default '" + defaultValue.get() + "' of option '" + name
            + "' is not among its values (" + String.join(", ", values) + ")");
      }
      options.add(new Option(name, values, defaultValue, row.source()));
    }
    return options;
  }

  private static List<Field> fields(List<TableFile.Row> rows, Catalog indicators, Catalog groups) {
    TableFile.requireCells(rows, 5, "object | batch field | v3 field | types | required");
    List<Field> fields = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      Side side = side(row, 0);
      String name = row.cell(1);
      if (name.isEmpty()) {
        throw row.error("a batch field needs a name");
      }
      SourceLine before = seen.putIfAbsent(side.word() + " " + name, row.source());
      if (before != null) {
        throw row.error(side.word() + " field '" + name + "' is already listed at line " + before.line());
      }
      List<String> types = row.cell(3).equals("*") ? List.of() : row.items(3);
      if (!row.cell(3).equals("*") && types.isEmpty()) {
        throw row.error("field '" + name + "' names no type (* for every type)");
      }
      Catalog catalog = side == Side.INDICATOR ? indicators : groups;
      if (catalog == null && !types.isEmpty()) {
        throw row.error("there is no " + side.word() + " object type whose types to check");
      }
      for (String type : types) {
        Names.requireType(row, type, catalog);
      }
      Optional<String> v3 = Optional.of(row.cell(2)).filter(v -> !v.isEmpty());
      // "yes", "no", or the types of the row that require the field when the others only take it.
      String cell = row.cell(4);
      boolean listed = !cell.equals("yes") && !cell.equals("no") && !types.isEmpty();
      List<String> requiredBy = listed ? row.items(4) : List.of();
      for (String type : requiredBy) {
        if (!types.contains(type)) {
          throw row.error("field '" + name + "' cannot be required by " + type
              + ", which does not take it (" + String.join(", ", types) + ")");
        }
      }
      boolean required = listed || Names.yesNo(row, 4);
      fields.add(new Field(side, name, v3, types, required, requiredBy, row.source()));
    }
    return fields;
  }

  private static Side side(TableFile.Row row, int cell) {
    for (Side side : Side.values()) {
      if (side.word().equals(row.cell(cell))) {
        return side;
      }
    }
    throw row.error("'" + row.cell(cell) + "' is not Indicator or Group: a batch file holds nothing else"
        + " (v2_batch_api.rst L120)");
  }
}
