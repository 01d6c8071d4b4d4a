package dev.tcpivot;

import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.SpecLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Indicator and Group types of the tables, whose factories the typed API has, and the batch
 * fields each type requires (batch.table), looked up once per type as a file repeats them.
 */
final class BatchFileTypes {
  private static final Map<String, List<String>> REQUIRED = new ConcurrentHashMap<>();

  private BatchFileTypes() {}

  /** The names of the fields that an object of this side and type requires, in table order. */
  static List<String> required(Side side, String type) {
    return REQUIRED.computeIfAbsent(side.word() + " " + type, key -> SpecLoader.builtIn().batch()
        .required(side, type).stream().map(BatchRules.Field::name).toList());
  }

  /** The names of the v3 fields an Indicator type's summary is made of, in table order. */
  static List<String> summaryParts(String type) {
    return BatchFields.catalog(Side.INDICATOR).summaryFields(type).stream().map(BodyField::name).toList();
  }

  static List<String> indicators() {
    return BatchFields.catalog(Side.INDICATOR).types();
  }

  static List<String> groups() {
    return BatchFields.catalog(Side.GROUP).types();
  }
}
