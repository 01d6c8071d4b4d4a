package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tql.table}: the query types with their endpoints, then one row per keyword. Refuses
 * a duplicate keyword, an unknown value type, a nested query without a target or over a type that
 * is not declared or has no keywords, and a keyword row for an endpoint that is not a query type.
 */
final class TqlTableReader {
  static final String TYPES = "query types";
  static final String KEYWORDS = "keywords";

  private TqlTableReader() {}

  static List<QueryType> read(TableFile table) {
    table.requireSectionsAmong(List.of(TYPES, KEYWORDS));
    if (!table.rows().isEmpty()) {
      throw table.rows().get(0).error("a row outside the [" + TYPES + "] and [" + KEYWORDS + "] sections");
    }
    Map<String, TableFile.Row> typeRows = types(table.section(TYPES));
    Map<String, String> nameAtEndpoint = new HashMap<>();
    typeRows.forEach((name, row) -> nameAtEndpoint.put(row.cell(1), name));
    Map<String, List<TqlKeyword>> keywords = keywords(table.section(KEYWORDS), nameAtEndpoint);

    for (TableFile.Row row : table.section(KEYWORDS)) {
      String target = row.cell(3);
      if (!target.isEmpty() && keywords.get(target) == null) {
        throw row.error(
            typeRows.containsKey(target)
                ? "nested query over '" + target + "', which has no keyword rows"
                : "nested query over '" + target + "', which is not a query type (query types: "
                    + String.join(", ", typeRows.keySet()) + ")");
      }
    }
    List<QueryType> types = new ArrayList<>();
    for (Map.Entry<String, TableFile.Row> entry : typeRows.entrySet()) {
      TableFile.Row row = entry.getValue();
      List<TqlKeyword> own = keywords.get(entry.getKey());
      if (own == null) {
        throw row.error("query type '" + entry.getKey() + "' has no keyword rows");
      }
      types.add(new QueryType(entry.getKey(), row.cell(1), own, row.source()));
    }
    return types;
  }

  private static Map<String, TableFile.Row> types(List<TableFile.Row> rows) {
    TableFile.requireCells(rows, 2, "query type | endpoint");
    Map<String, TableFile.Row> byName = new LinkedHashMap<>();
    Map<String, TableFile.Row> byEndpoint = new HashMap<>();
    for (TableFile.Row row : rows) {
      String name = row.cell(0);
      if (!name.matches("[A-Z][A-Za-z0-9]*")) {
        throw row.error("a query type is named like a Java class (GroupAttribute), not '" + name + "'");
      }
      String endpoint = row.cell(1);
      if (!endpoint.matches("/v3/[A-Za-z/]+")) {
        throw row.error("an endpoint looks like /v3/groups, not '" + endpoint + "'");
      }
      TableFile.Row first = byName.putIfAbsent(name, row);
      if (first != null) {
        throw row.error("query type '" + name + "' is already declared at line " + first.source().line());
      }
      first = byEndpoint.putIfAbsent(endpoint, row);
      if (first != null) {
        throw row.error("endpoint " + endpoint + " already has a query type at line " + first.source().line());
      }
    }
    return byName;
  }

  /** The keywords of each query type, by the type's name. */
  private static Map<String, List<TqlKeyword>> keywords(
      List<TableFile.Row> rows, Map<String, String> nameAtEndpoint) {
    TableFile.requireCells(rows, 4, "endpoint | keyword | value type | nested query over");
    Map<String, List<TqlKeyword>> byType = new LinkedHashMap<>();
    Map<String, TableFile.Row> seen = new HashMap<>();
    for (TableFile.Row row : rows) {
      String endpoint = row.cell(0);
      String owner = nameAtEndpoint.get(endpoint);
      if (owner == null) {
        throw row.error("endpoint '" + endpoint + "' is not declared in [" + TYPES + "]");
      }
      String keyword = row.cell(1);
      if (!keyword.matches("[a-z][A-Za-z0-9]*")) {
        throw row.error("a keyword is one word in lower camel case (dateAdded), not '" + keyword + "'");
      }
      TableFile.Row first = seen.putIfAbsent(endpoint + " " + keyword.toLowerCase(), row);
      if (first != null) {
        throw row.error(
            "keyword '" + keyword + "' of " + endpoint + " is already defined at line " + first.source().line());
      }
      TqlType type =
          TqlType.named(row.cell(2))
              .orElseThrow(
                  () ->
                      row.error(
                          "unknown value type '" + row.cell(2) + "' (value types: " + TqlType.allNames() + ")"));
      String target = row.cell(3);
      if (type == TqlType.NESTED && target.isEmpty()) {
        throw row.error("nested query '" + keyword + "' names no query type to run over");
      }
      if (type != TqlType.NESTED && !target.isEmpty()) {
        throw row.error("keyword '" + keyword + "' compares " + type.tableName() + " values; only a nested query runs over a query type");
      }
      byType.computeIfAbsent(owner, k -> new ArrayList<>()).add(new TqlKeyword(keyword, type, target, row.source()));
    }
    return byType;
  }
}
