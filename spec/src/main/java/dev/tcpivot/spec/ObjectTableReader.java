package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads objects.table, associations.table and metadata.table. */
final class ObjectTableReader {
  private ObjectTableReader() {}

  static List<ObjectType> read(TableFile table) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(
        table.rows(), 6,
        "object type | endpoint | one object | association field | path key | one, in the endpoint's words");
    List<ObjectType> objects = new ArrayList<>();
    Map<String, SourceLine> names = new HashMap<>();
    Map<String, SourceLine> endpoints = new HashMap<>();
    Map<String, SourceLine> fields = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      String name = row.cell(0);
      String endpoint = row.cell(1);
      duplicate(row, names, name, "object type '" + name + "'");
      duplicate(row, endpoints, endpoint, "endpoint '" + endpoint + "'");
      if (!endpoint.matches("/v3/[a-zA-Z]+")) {
        throw row.error("an endpoint looks like /v3/name, not '" + endpoint + "'");
      }
      if (row.cell(2).isEmpty()) {
        throw row.error("object type '" + name + "' needs the name of one object");
      }
      Optional<String> field = Optional.of(row.cell(3)).filter(f -> !f.isEmpty());
      if (field.isPresent()) {
        duplicate(row, fields, field.get(), "association field '" + field.get() + "'");
        if (!field.get().startsWith("associated")) {
          throw row.error("an association field starts with 'associated', not '" + field.get() + "'");
        }
      }
      List<PathKey> keys = new ArrayList<>();
      for (String key : row.items(4)) {
        switch (key) {
          case "id":
            keys.add(PathKey.ID);
            break;
          case "summary":
            keys.add(PathKey.SUMMARY);
            break;
          case "xid":
            keys.add(PathKey.XID);
            break;
          default:
            throw row.error("unknown path key '" + key + "' (path keys: id, summary, xid)");
        }
      }
      if (!keys.contains(PathKey.ID)) {
        throw row.error("every object can be named by id; path keys must include id");
      }
      String endpointSingular = row.cell(5);
      if (!endpointSingular.matches("[a-z][a-zA-Z]*")
          || !endpoint.substring(endpoint.lastIndexOf('/') + 1).startsWith(endpointSingular)) {
        throw row.error(
            "the endpoint's word for one object is its name without the plural ending, e.g. victimAsset"
                + " for /v3/victimAssets, not '" + endpointSingular + "'");
      }
      objects.add(
          new ObjectType(name, row.cell(2), endpoint, endpointSingular, field, keys, row.source()));
    }
    return objects;
  }

  static List<AssociationRule> associations(TableFile table, List<ObjectType> objects) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(table.rows(), 3, "endpoint | associable object types | cross-owner");
    List<AssociationRule> rules = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      ObjectType endpoint = Names.requireEndpoint(row, row.cell(0), objects);
      duplicate(row, seen, endpoint.endpoint(), "endpoint '" + endpoint.endpoint() + "'");
      List<String> targetNames = row.items(1);
      Names.requireDistinct(row, targetNames, "object type");
      List<ObjectType> targets = new ArrayList<>();
      for (String targetName : targetNames) {
        ObjectType target = Names.requireObject(row, targetName, objects);
        if (target.associationField().isEmpty()) {
          throw row.error(
              target.name()
                  + " cannot be associated: objects.table line "
                  + target.source().line()
                  + " gives it no association field");
        }
        targets.add(target);
      }
      rules.add(new AssociationRule(endpoint, targets, Names.yesNo(row, 2), row.source()));
    }
    for (ObjectType object : objects) {
      if (rules.stream().noneMatch(rule -> rule.endpoint().equals(object))) {
        throw new SpecException(
            new SourceLine(table.name(), 0), "no row for " + object.endpoint());
      }
    }
    return rules;
  }

  static List<MetadataRule> metadata(TableFile table, List<ObjectType> objects) {
    table.requireSectionsAmong(List.of());
    TableFile.requireCells(table.rows(), 2, "endpoint | metadata");
    List<MetadataRule> rules = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    for (TableFile.Row row : table.rows()) {
      ObjectType endpoint = Names.requireEndpoint(row, row.cell(0), objects);
      duplicate(row, seen, endpoint.endpoint(), "endpoint '" + endpoint.endpoint() + "'");
      List<String> metadata = row.items(1);
      Names.requireDistinct(row, metadata, "metadata field");
      for (String field : metadata) {
        if (field.startsWith("associated")) {
          throw row.error(
              "'" + field + "' is an association: it follows from associations.table, not from here");
        }
      }
      rules.add(new MetadataRule(endpoint, metadata, row.source()));
    }
    return rules;
  }

  private static void duplicate(
      TableFile.Row row, Map<String, SourceLine> seen, String key, String what) {
    SourceLine first = seen.putIfAbsent(key, row.source());
    if (first != null) {
      throw row.error(what + " is already defined at line " + first.line());
    }
  }
}
