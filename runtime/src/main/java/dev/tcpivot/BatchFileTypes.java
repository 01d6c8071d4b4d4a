package dev.tcpivot;

import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.Spec;
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

  static List<String> indicators() {
    return of("indicators");
  }

  static List<String> groups() {
    return of("groups");
  }

  private static List<String> of(String endpoint) {
    Spec spec = SpecLoader.builtIn();
    return spec.objectAt(endpoint).map(o -> spec.catalog(o).types()).orElse(List.of());
  }
}
