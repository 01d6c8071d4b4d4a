package dev.tcpivot.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks shared by the table readers; each failure names the row. */
final class Names {
  private Names() {}

  static void requireDistinct(TableFile.Row row, List<String> items, String what) {
    Set<String> seen = new HashSet<>();
    for (String item : items) {
      if (item.isEmpty()) {
        throw row.error("an empty " + what + " in a list");
      }
      if (!seen.add(item)) {
        throw row.error(what + " '" + item + "' is listed twice");
      }
    }
  }

  static ObjectType requireObject(TableFile.Row row, String name, List<ObjectType> objects) {
    return objects.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> row.error("unknown object type '" + name + "' (object types: " + names(objects) + ")"));
  }

  static ObjectType requireEndpoint(TableFile.Row row, String endpoint, List<ObjectType> objects) {
    return objects.stream()
        .filter(o -> o.endpoint().equals(endpoint))
        .findFirst()
        .orElseThrow(
            () ->
                row.error(
                    "unknown endpoint '" + endpoint + "' (endpoints: " + endpoints(objects) + ")"));
  }

  static void requireType(TableFile.Row row, String type, Catalog catalog) {
    if (!catalog.types().contains(type)) {
      throw row.error(
          "unknown "
              + catalog.object().singular()
              + " type '"
              + type
              + "' (types: "
              + String.join(", ", catalog.types())
              + ")");
    }
  }

  static boolean yesNo(TableFile.Row row, int index) {
    String cell = row.cell(index);
    if (cell.equals("yes")) {
      return true;
    }
    if (cell.equals("no")) {
      return false;
    }
    throw row.error("expected yes or no, found '" + cell + "'");
  }

  static Optional<ObjectType> byEndpointName(List<ObjectType> objects, String name) {
    return objects.stream().filter(o -> o.endpointName().equals(name)).findFirst();
  }

  private static String names(List<ObjectType> objects) {
    return String.join(", ", objects.stream().map(ObjectType::name).toArray(String[]::new));
  }

  private static String endpoints(List<ObjectType> objects) {
    return String.join(", ", objects.stream().map(ObjectType::endpoint).toArray(String[]::new));
  }
}
