package dev.tcpivot;

import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.List;

/** The Indicator and Group types of the tables, whose factories the typed API has. */
final class BatchFileTypes {
  private BatchFileTypes() {}

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
