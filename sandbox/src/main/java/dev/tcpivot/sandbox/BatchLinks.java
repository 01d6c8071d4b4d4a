package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes the associations of a batch file: nested ones ({@link BatchNested}) and the entries of the
 * {@code association} array (v2_batch_api.rst L120-127). Both ends must be in the job's owner
 * (L12: no cross-owner associations); an Indicator-to-Indicator association needs an {@code
 * associationType} of indicator-associations.table whose types fit (L127). Refusals are {@link
 * ApiException}s whose message is the error's reason. The pairs a file may associate, and which of
 * them take an association type, are the rows of batch.table. Callers hold the store's lock.
 */
final class BatchLinks {
  private final SpecView view;
  private final Store store;
  private final BatchWriter writer;
  private final BatchRules rules;

  BatchLinks(SpecView view, Store store, BatchWriter writer) {
    this.view = view;
    this.store = store;
    this.writer = writer;
    this.rules = view.spec().batch();
  }

  /** A nested entry of {@code subject}, which the file created or updated. */
  void nested(Entity subject, BatchNested.Link link, Owner owner) {
    JsonNode value = link.value();
    switch (link.field()) {
      case BatchNested.GROUP_XIDS:
        link(subject, group(owner, value.asText()), null);
        break;
      case BatchNested.GROUPS_OF_INDICATOR:
        link(subject, group(owner, value.get("groupXid").asText()), null);
        break;
      default:
        if (subject.endpoint().equals(writer.indicators())) {
          // L608: the association array is the only way to Indicator-to-Indicator associations.
          throw ApiException.badRequest(BatchMessages.I2I_NEEDS_ARRAY);
        }
        String type = value.get("indicatorType").asText();
        String summary = value.get("summary").asText();
        link(subject, indicator(owner, type, summary), null);
    }
  }

  /** An entry of the {@code association} array. */
  void entry(ObjectNode entry, Owner owner) {
    Entity first = end(entry, 1, owner);
    Entity second = end(entry, 2, owner);
    JsonNode type = entry.get("associationType");
    if (type != null && !type.isNull() && !type.isTextual()) {
      throw ApiException.badRequest(BatchMessages.notAString("associationType", type));
    }
    link(first, second, type == null || type.isNull() ? null : type.asText());
  }

  /** One end: {@code id_N} (favoured, L122), else {@code ref_N}, typed by {@code type_N}. */
  private Entity end(ObjectNode entry, int n, Owner owner) {
    JsonNode id = entry.get("id_" + n);
    JsonNode ref = entry.get("ref_" + n);
    JsonNode typeNode = entry.get("type_" + n);
    String type = null;
    if (typeNode != null && !typeNode.isNull()) {
      if (!typeNode.isTextual()
          || !(writer.isIndicatorType(typeNode.asText()) || writer.isGroupType(typeNode.asText()))) {
        throw ApiException.badRequest(BatchMessages.unknownEndType(n, typeNode, types()));
      }
      type = typeNode.asText();
    }
    if (id != null && !id.isNull()) {
      return byId(id, n, type, owner);
    }
    if (ref == null || ref.isNull()) {
      throw ApiException.badRequest(BatchMessages.endRequired(n));
    }
    if (!ref.isTextual() || ref.asText().isBlank()) {
      throw ApiException.badRequest(BatchMessages.notAString("ref_" + n, ref));
    }
    if (type != null && writer.isIndicatorType(type)) {
      return indicator(owner, type, ref.asText());
    }
    Optional<Entity> group = writer.groupByXid(owner, ref.asText());
    if (group.isEmpty() && type == null) {
      // L123: type_N "is required for Indicators and optional for Groups".
      throw ApiException.badRequest(BatchMessages.noGroupNoType(n, ref.asText(), owner));
    }
    Entity found =
        group.orElseThrow(
            () -> ApiException.badRequest(BatchMessages.noSuchXid(ref.asText(), owner)));
    if (type != null && !type.equals(found.type())) {
      throw ApiException.badRequest(BatchMessages.wrongEndType(n, found, type));
    }
    return found;
  }

  private Entity byId(JsonNode id, int n, String type, Owner owner) {
    if (!ValueChecker.isId(id)) {
      throw ApiException.badRequest(BatchMessages.badEndId(n, id));
    }
    Entity found =
        store
            .get(id.asLong())
            .filter(
                e ->
                    e.endpoint().equals(writer.indicators())
                        || e.endpoint().equals(writer.groups()))
            .orElseThrow(() -> ApiException.badRequest(BatchMessages.noSuchId(n, id.asLong())));
    if (!found.owner().equals(owner)) {
      throw ApiException.badRequest(BatchMessages.crossOwner(n, found, owner));
    }
    if (type != null && !type.equals(found.type())) {
      throw ApiException.badRequest(BatchMessages.wrongEndType(n, found, type));
    }
    return found;
  }

  private Entity group(Owner owner, String xid) {
    return writer
        .groupByXid(owner, xid)
        .orElseThrow(() -> ApiException.badRequest(BatchMessages.noSuchXid(xid, owner)));
  }

  private Entity indicator(Owner owner, String type, String summary) {
    if (!writer.isIndicatorType(type)) {
      throw ApiException.badRequest(
          Messages.unknownType("Indicator", Json.object().textNode(type), indicatorTypes()));
    }
    return writer
        .indicatorBySummary(owner, type, summary)
        .orElseThrow(
            () -> ApiException.badRequest(BatchMessages.noSuchIndicator(type, summary, owner)));
  }

  private void link(Entity first, Entity second, String associationType) {
    if (first.id() == second.id()) {
      throw ApiException.badRequest(Messages.SELF_ASSOCIATION);
    }
    if (!first.owner().equals(second.owner())) {
      throw ApiException.badRequest(BatchMessages.crossOwner(2, second, first.owner()));
    }
    BatchRules.Side from = side(first);
    BatchRules.Side to = side(second);
    BatchRules.Pair pair =
        rules.pairs().stream()
            .filter(p -> p.first() == from && p.second() == to)
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        Messages.cannotAssociate(
                            first.endpoint(), second.endpoint(), pairedWith(from))));
    if (pair.typed()) {
      checkIndicatorAssociation(first, second, associationType);
    }
    store.link(first.id(), second.id());
  }

  private BatchRules.Side side(Entity entity) {
    return entity.endpoint().equals(writer.indicators())
        ? BatchRules.Side.INDICATOR
        : BatchRules.Side.GROUP;
  }

  private ObjectType endpoint(BatchRules.Side side) {
    return side == BatchRules.Side.INDICATOR ? writer.indicators() : writer.groups();
  }

  /** The types a batch file may associate to one of this side: "Groups, Indicators". */
  private String pairedWith(BatchRules.Side side) {
    return rules.pairs().stream()
        .filter(p -> p.first() == side)
        .map(p -> endpoint(p.second()).name())
        .collect(Collectors.joining(", "));
  }

  /** L127 and indicator-associations.table: a named type whose primary and other types fit. */
  private void checkIndicatorAssociation(Entity first, Entity second, String name) {
    List<IndicatorAssociation> known = view.spec().indicatorAssociations();
    List<String> names = new ArrayList<>();
    known.forEach(a -> names.add(a.name()));
    if (name == null) {
      throw ApiException.badRequest(BatchMessages.associationTypeRequired(names));
    }
    IndicatorAssociation association =
        known.stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> ApiException.badRequest(BatchMessages.unknownAssociationType(name, names)));
    if (!fits(association, first.type(), second.type())
        && !fits(association, second.type(), first.type())) {
      throw ApiException.badRequest(
          BatchMessages.associationTypeMismatch(association, first.type(), second.type()));
    }
  }

  private static boolean fits(IndicatorAssociation association, String primary, String other) {
    return association.primary().equals(primary) && association.nonPrimary().contains(other);
  }

  private List<String> types() {
    List<String> types = new ArrayList<>(indicatorTypes());
    types.addAll(view.catalog(writer.groups()).types());
    return types;
  }

  private List<String> indicatorTypes() {
    return view.catalog(writer.indicators()).types();
  }
}
