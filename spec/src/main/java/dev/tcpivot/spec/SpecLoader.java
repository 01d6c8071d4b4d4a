package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the table files into a {@link Spec}, and refuses tables that contradict themselves: an
 * unknown object type, a duplicate row, a field required for a type that does not exist, ... Every
 * refusal is a {@link SpecException} naming the file and line.
 */
public final class SpecLoader {
  static final String OBJECTS = "objects.table";
  static final String ASSOCIATIONS = "associations.table";
  static final String METADATA = "metadata.table";
  static final String ENUMS = "enums.table";
  static final String INDICATOR_ASSOCIATIONS = "indicator-associations.table";
  static final String TQL = "tql.table";
  static final String ARTIFACT_TYPES = "artifact-types.table";

  private static volatile Spec builtIn;

  private SpecLoader() {}

  /** The built-in tables, loaded once. */
  public static Spec builtIn() {
    Spec spec = builtIn;
    if (spec == null) {
      spec = load(TableSource.builtIn());
      builtIn = spec;
    }
    return spec;
  }

  /** Loads and checks the tables of a source. */
  public static Spec load(TableSource source) {
    List<EnumType> enums = enums(file(source, ENUMS));
    List<ObjectType> objects = ObjectTableReader.read(file(source, OBJECTS));
    List<AssociationRule> associations =
        ObjectTableReader.associations(file(source, ASSOCIATIONS), objects);
    List<MetadataRule> metadata = ObjectTableReader.metadata(file(source, METADATA), objects);
    Map<ObjectType, Catalog> catalogs = new LinkedHashMap<>();
    for (ObjectType object : objects) {
      TableFile table = file(source, object.endpointName() + ".table");
      catalogs.put(object, CatalogReader.read(table, object, enums, associations));
    }
    Catalog indicators =
        objects.stream()
            .filter(o -> o.endpointName().equals("indicators"))
            .findFirst()
            .map(catalogs::get)
            .orElse(null);
    List<IndicatorAssociation> indicatorAssociations =
        indicatorAssociations(file(source, INDICATOR_ASSOCIATIONS), indicators);
    List<QueryType> queryTypes = TqlTableReader.read(file(source, TQL));
    List<ArtifactType> artifactTypes =
        ArtifactTypeReader.read(file(source, ARTIFACT_TYPES), indicators);
    Catalog groups =
        objects.stream()
            .filter(o -> o.endpointName().equals("groups"))
            .findFirst()
            .map(catalogs::get)
            .orElse(null);
    BatchRules batch = BatchRules.read(file(source, BatchRules.FILE), indicators, groups);
    return new Spec(
        objects, associations, metadata, catalogs, enums, indicatorAssociations, queryTypes,
        artifactTypes, batch);
  }

  private static TableFile file(TableSource source, String name) {
    String text =
        source
            .read(name)
            .orElseThrow(() -> new SpecException(new SourceLine(name, 0), "table file is missing"));
    return TableFile.parse(name, text);
  }

  private static List<EnumType> enums(TableFile table) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(table.rows(), 2, "enum | values");
    List<EnumType> enums = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      String name = row.cell(0);
      SourceLine first = seen.putIfAbsent(name, row.source());
      if (first != null) {
        throw row.error("enum '" + name + "' is already defined at line " + first.line());
      }
      List<String> values = row.items(1);
      if (values.isEmpty()) {
        throw row.error("enum '" + name + "' has no values");
      }
      Names.requireDistinct(row, values, "value");
      enums.add(new EnumType(name, values, row.source()));
    }
    return enums;
  }

  private static List<IndicatorAssociation> indicatorAssociations(
      TableFile table, Catalog indicators) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(
        table.rows(), 3, "association name | primary type | non-primary types");
    if (indicators == null && !table.rows().isEmpty()) {
      throw table.rows().get(0).error("there is no /v3/indicators object type to associate");
    }
    List<IndicatorAssociation> result = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      String name = row.cell(0);
      SourceLine first = seen.putIfAbsent(name, row.source());
      if (first != null) {
        throw row.error("association '" + name + "' is already defined at line " + first.line());
      }
      String primary = row.cell(1);
      Names.requireType(row, primary, indicators);
      List<String> children = row.items(2);
      if (children.isEmpty()) {
        throw row.error("association '" + name + "' names no non-primary type");
      }
      Names.requireDistinct(row, children, "non-primary type");
      for (String child : children) {
        Names.requireType(row, child, indicators);
      }
      result.add(new IndicatorAssociation(name, primary, children, row.source()));
    }
    return result;
  }
}
