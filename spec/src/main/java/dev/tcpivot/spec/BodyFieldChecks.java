package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks that span several body rows: the type discriminator, one-of groups and owner fields. */
final class BodyFieldChecks {
  private BodyFieldChecks() {}

  static void check(TableFile table, Catalog shell, List<BodyField> fields) {
    SourceLine top = new SourceLine(table.name(), 0);
    List<BodyField> typeFields = new ArrayList<>();
    Map<String, List<BodyField>> groups = new LinkedHashMap<>();
    int ownerIds = 0;
    int ownerNames = 0;
    for (BodyField field : fields) {
      switch (field.value().kind()) {
        case TYPE:
          typeFields.add(field);
          break;
        case OWNER_ID:
          ownerIds++;
          if (ownerIds > 1) {
            throw new SpecException(field.source(), "a second owner id field");
          }
          break;
        case OWNER_NAME:
          ownerNames++;
          if (ownerNames > 1) {
            throw new SpecException(field.source(), "a second owner name field");
          }
          break;
        default:
          break;
      }
      field.requirement().group().ifPresent(
          g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(field));
    }
    if (shell.typed()) {
      if (typeFields.size() != 1) {
        throw new SpecException(
            top, shell.object().name() + " have types, so [body] needs one field whose value is type");
      }
      BodyField type = typeFields.get(0);
      if (!type.common() || type.requirement() != Requirement.REQUIRED || type.updatable()) {
        throw new SpecException(
            type.source(), "the type field applies to all types, is required and is not updatable");
      }
    } else if (!typeFields.isEmpty()) {
      throw new SpecException(
          typeFields.get(0).source(),
          shell.object().name() + " have no [types], so no field can hold the type discriminator");
    }
    for (Map.Entry<String, List<BodyField>> group : groups.entrySet()) {
      List<BodyField> members = group.getValue();
      if (members.size() < 2) {
        throw new SpecException(
            members.get(0).source(), "group '" + group.getKey() + "' has only one member");
      }
      long defaults = members.stream().filter(f -> f.requirement().isDefault()).count();
      if (defaults > 1) {
        throw new SpecException(
            members.get(1).source(), "group '" + group.getKey() + "' has more than one default");
      }
      for (BodyField member : members) {
        if (!member.types().equals(members.get(0).types())) {
          throw new SpecException(
              member.source(),
              "the members of group '" + group.getKey() + "' must apply to the same types");
        }
      }
    }
  }
}
