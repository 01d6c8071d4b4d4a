package dev.tcpivot;

/**
 * The base of the classes that tcpivot generates from batch.table and indicator-associations.table
 * ({@code BatchIndicators}, {@code BatchGroups}, {@code IndicatorAssociation}): its protected
 * members make the typed objects that only the tables may make.
 */
public abstract class BatchTable {
  /** For the generated classes only. */
  protected BatchTable() {}

  /** An Indicator type of the tables. */
  protected static <K extends IndicatorKind> BatchIndicatorType<K> indicatorType(String name) {
    return new BatchIndicatorType<>(name);
  }

  /** An Indicator of a batch file, of a type of the tables. */
  protected static <K extends IndicatorKind> BatchIndicator<K> indicator(BatchIndicatorType<K> type, String summary) {
    return new BatchIndicator<>(type.name(), summary);
  }

  /** A Group of a batch file, of a type of the tables. */
  protected static BatchGroup group(String type, String xid, String name) {
    return new BatchGroup(type, xid, name);
  }

  /** A field that a Group type requires, from the factory's parameter of the same name. */
  protected static BatchGroup required(BatchGroup group, String field, String value) {
    return group.required(field, value);
  }

  /** An Indicator-to-Indicator association type of the tables. */
  protected static <P extends IndicatorKind, N extends IndicatorKind> IndicatorAssociationType<P, N> indicatorAssociation(String name) {
    return new IndicatorAssociationType<>(name);
  }
}
