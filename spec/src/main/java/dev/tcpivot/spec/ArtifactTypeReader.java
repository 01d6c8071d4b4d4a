package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads artifact-types.table: artifact type | intelType, each an Indicator type's. */
final class ArtifactTypeReader {
  private static final String PREFIX = "indicator-";

  private ArtifactTypeReader() {}

  static List<ArtifactType> read(TableFile table, Catalog indicators) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(table.rows(), 2, "artifact type | intelType");
    List<ArtifactType> types = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      String name = row.cell(0);
      SourceLine first = seen.putIfAbsent(name, row.source());
      if (first != null) {
        throw row.error("'" + name + "' is already listed at line " + first.line());
      }
      String intelType = row.cell(1);
      String indicatorType =
          intelType.startsWith(PREFIX) ? intelType.substring(PREFIX.length()) : null;
      if (indicators != null && !indicators.types().contains(indicatorType)) {
        throw row.error(
            "intelType '" + intelType + "' is not " + PREFIX + "<Indicator type> (types: "
                + String.join(", ", indicators.types()) + ")");
      }
      types.add(new ArtifactType(name, intelType, row.source()));
    }
    return types;
  }
}
