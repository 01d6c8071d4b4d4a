package dev.tcpivot.processor.sdk;

import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A static factory of a new object: its name, the wire type it sets (for typed objects) and its
 * parameters, which are exactly the required fields. A one-of group (a File's hashes, an
 * Artifact's Case) gives one factory per member, the default member keeping the plain name.
 */
record Factory(String name, Optional<String> type, List<BodyField> parameters) {

  static List<Factory> of(Catalog catalog) {
    List<Factory> factories = new ArrayList<>();
    if (catalog.typed()) {
      for (String type : catalog.types()) {
        factories.addAll(forFields(Naming.member(type), Optional.of(type), catalog.fieldsOf(type)));
      }
    } else {
      factories.addAll(forFields("of", Optional.empty(), catalog.body()));
    }
    return factories;
  }

  private static List<Factory> forFields(String base, Optional<String> type, List<BodyField> fields) {
    List<BodyField> required = new ArrayList<>();
    List<BodyField> group = new ArrayList<>();
    int groupAt = -1;
    for (BodyField field : fields) {
      if (field.value().kind() == ValueKind.TYPE) {
        continue;
      }
      if (field.requirement().kind() == Requirement.Kind.REQUIRED) {
        required.add(field);
      } else if (field.requirement().kind() == Requirement.Kind.ONE_OF) {
        if (groupAt < 0) {
          groupAt = required.size();
        }
        group.add(field);
      }
    }
    if (group.isEmpty()) {
      return List.of(new Factory(base, type, required));
    }
    List<Factory> factories = new ArrayList<>();
    for (BodyField member : group) {
      List<BodyField> parameters = new ArrayList<>(required);
      parameters.add(groupAt, member);
      String name = member.requirement().isDefault() ? base : Naming.alternative(base, member.name());
      factories.add(new Factory(name, type, parameters));
    }
    return factories;
  }
}
