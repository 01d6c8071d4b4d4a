package dev.tcpivot.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type of value a TQL keyword compares (tql-keywords.md), which decides the operators it takes
 * and how its value is written.
 */
public enum TqlType {
  INTEGER("Integer"),
  FLOAT("Float"),
  STRING("String"),
  BOOLEAN("Boolean"),
  /** Compared as {@code "YYYY-MM-DD HH:MM:SS"}, a date, or a date function such as {@code TODAY()}. */
  DATE("Date"),
  /** {@code hasGroup(...)}: a query over another query type, in parentheses. */
  NESTED("nested query");

  private final String tableName;

  TqlType(String tableName) {
    this.tableName = tableName;
  }

  /** The name the table (and the API's {@code OPTIONS /v3/{type}/tql} answer) gives the type. */
  public String tableName() {
    return tableName;
  }

  /** The type a table cell names, if any. */
  public static Optional<TqlType> named(String cell) {
    return Arrays.stream(values()).filter(t -> t.tableName.equals(cell)).findFirst();
  }

  static String allNames() {
    return String.join(", ", Arrays.stream(values()).map(TqlType::tableName).toArray(String[]::new));
  }
}
