package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.TqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What an object holds for a TQL keyword, as values of the keyword's type; none where the sandbox
 * does not hold the data (enrichment scores, ThreatAssess, ...), so that such a keyword compares
 * as null. A keyword reads the body field of its own name where the endpoint's catalog has one;
 * the others are worked out here from what the store keeps: ids, owners, dates, summaries, types,
 * tags, security labels, associations.
 */
final class KeywordValues {
  /** A keyword that reads a body field of another name, for objects of one type (or any). */
  private record Alias(String field, String type) {}

  private static final Map<String, Alias> ALIASES =
      Map.ofEntries(
          Map.entry("indicatorActive", new Alias("active", null)),
          Map.entry("hostDnsActive", new Alias("dnsActive", "Host")),
          Map.entry("hostWhoisActive", new Alias("whoisActive", "Host")),
          Map.entry("fileSize", new Alias("size", "File")),
          Map.entry("documentFilename", new Alias("fileName", "Document")),
          Map.entry("signatureFilename", new Alias("fileName", "Signature")),
          Map.entry("signatureType", new Alias("fileType", "Signature")),
          Map.entry("emailFrom", new Alias("from", "Email")),
          Map.entry("emailSubject", new Alias("subject", "Email")),
          Map.entry("taskDueDate", new Alias("dueDate", "Task")),
          Map.entry("taskEscalationDate", new Alias("escalationDate", "Task")),
          Map.entry("taskReminderDate", new Alias("reminderDate", "Task")),
          Map.entry("taskStatus", new Alias("status", "Task")),
          Map.entry("organization", new Alias("org", null)),
          Map.entry("subOrg", new Alias("suborg", null)),
          Map.entry("requirement", new Alias("requirementText", null)));

  private static final String ASSOCIATED = "associated";

  private final SpecView view;
  private final Summaries summaries;
  private final Relations relations;
  private final Map<String, Function<Entity, List<Object>>> readers = new ConcurrentHashMap<>();

  KeywordValues(SpecView view, Summaries summaries, Relations relations) {
    this.view = view;
    this.summaries = summaries;
    this.relations = relations;
  }

  List<Object> read(ObjectType endpoint, TqlKeyword keyword, Entity entity) {
    return readers
        .computeIfAbsent(
            endpoint.endpointName() + " " + keyword.name(), k -> reader(endpoint, keyword))
        .apply(entity);
  }

  /** The endpoint a keyword such as associatedGroup names, if the sandbox serves it. */
  Optional<ObjectType> associatedEndpoint(String keyword) {
    if (!keyword.startsWith(ASSOCIATED)) {
      return Optional.empty();
    }
    return view.spec()
        .queryType(keyword.substring(ASSOCIATED.length()))
        .flatMap(q -> view.endpoint(q.endpointName()));
  }

  private Function<Entity, List<Object>> reader(ObjectType endpoint, TqlKeyword keyword) {
    TqlType type = keyword.type();
    Catalog catalog = view.catalog(endpoint);
    switch (keyword.name()) {
      case "id":
        return e -> one(BigDecimal.valueOf(e.id()));
      case "idAsString":
        return e -> one(Long.toString(e.id()));
      case "owner":
        return type == TqlType.INTEGER
            ? e -> one(BigDecimal.valueOf(e.owner().id()))
            : e -> one(e.owner().name());
      case "ownerName":
        return e -> one(e.owner().name());
      case "dateAdded":
        return e -> one(e.dateAdded());
      case "lastModified":
      case "lastUpdated":
        return e -> one(e.lastModified());
      case "xid":
        return e -> e.xid() != null ? one(e.xid()) : convert(e.fields().get("xid"), type);
      case "summary":
        return summary(endpoint, catalog);
      case "typeName":
        return catalog.typed() ? e -> one(e.type()) : stored(endpoint, "type", null, type);
      case "tag":
        return names("tags");
      case "securityLabel":
        return names("securityLabels");
      default:
        break;
    }
    Optional<ObjectType> associated = associatedEndpoint(keyword.name());
    if (associated.isPresent()) {
      return e -> ids(relations.of(e, associated.get()));
    }
    Optional<Function<Entity, List<Object>>> parentField = parentName(endpoint, keyword.name());
    if (parentField.isPresent()) {
      return parentField.get();
    }
    Alias alias = ALIASES.get(keyword.name());
    if (alias != null && catalog.bodyField(alias.field()).isPresent()) {
      return stored(endpoint, alias.field(), alias.type(), type);
    }
    if (keyword.name().matches("value[1-3]") && view.namedBySummary(endpoint)) {
      int index = keyword.name().charAt(5) - '1';
      return e -> {
        List<BodyField> identity = view.identityFields(endpoint, e.type());
        return index < identity.size()
            ? convert(e.fields().get(identity.get(index).name()), type)
            : List.of();
      };
    }
    if (catalog.bodyField(keyword.name()).isPresent()) {
      return stored(endpoint, keyword.name(), null, type);
    }
    return e -> List.of();
  }

  /**
   * An Indicator's summary; elsewhere the summary body field, else the name, else (Victim Assets)
   * the one field that a create of the type requires besides the common ones.
   */
  private Function<Entity, List<Object>> summary(ObjectType endpoint, Catalog catalog) {
    if (view.namedBySummary(endpoint)) {
      return e -> one(summaries.summary(e));
    }
    for (String field : List.of("summary", "name")) {
      if (catalog.bodyField(field).isPresent()) {
        return stored(endpoint, field, null, TqlType.STRING);
      }
    }
    return e -> {
      for (BodyField field : catalog.fieldsOf(e.type())) {
        if (!field.common() && field.requirement().kind() == Requirement.Kind.REQUIRED) {
          return convert(e.fields().get(field.name()), TqlType.STRING);
        }
      }
      return List.of();
    };
  }

  /** victimName: the name of the parent that the child's victimId names. */
  private Optional<Function<Entity, List<Object>>> parentName(ObjectType endpoint, String keyword) {
    for (ParentLink link : view.parentsOf(endpoint)) {
      String stem = link.idField().substring(0, link.idField().length() - 2);
      if (keyword.equals(stem + "Name")) {
        return Optional.of(
            e -> relations.of(e, link.parent()).stream()
                .findFirst()
                .map(parent -> convert(parent.fields().get("name"), TqlType.STRING))
                .orElse(List.of()));
      }
    }
    return Optional.empty();
  }

  /** A body field as stored; an Indicator's flags and scores as responses show them unset. */
  private Function<Entity, List<Object>> stored(
      ObjectType endpoint, String field, String onlyType, TqlType type) {
    boolean defaults =
        view.namedBySummary(endpoint) && Renderer.INDICATOR_DEFAULTS.containsKey(field);
    return e -> {
      if (onlyType != null && !onlyType.equals(e.type())) {
        return List.of();
      }
      JsonNode value = e.fields().get(field);
      if ((value == null || value.isNull()) && defaults) {
        return convertPlain(Renderer.INDICATOR_DEFAULTS.get(field), type);
      }
      return convert(value, type);
    };
  }

  private static Function<Entity, List<Object>> names(String metadata) {
    return e -> {
      List<Object> names = new ArrayList<>();
      for (JsonNode item : e.metadataOrEmpty(metadata)) {
        if (item.hasNonNull("name")) {
          names.add(item.get("name").asText());
        }
      }
      return names;
    };
  }

  private static List<Object> ids(List<Entity> entities) {
    List<Object> ids = new ArrayList<>(entities.size());
    entities.forEach(e -> ids.add(BigDecimal.valueOf(e.id())));
    return ids;
  }

  private static List<Object> one(Object value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<Object> convertPlain(Object value, TqlType type) {
    if (value instanceof Boolean) {
      return type == TqlType.BOOLEAN ? List.of(value) : List.of();
    }
    if (value instanceof Number) {
      return type == TqlType.INTEGER || type == TqlType.FLOAT
          ? List.of(new BigDecimal(value.toString()))
          : List.of();
    }
    return List.of();
  }

  /** A stored JSON value as a value of the keyword's type; none if it is not one. */
  static List<Object> convert(JsonNode value, TqlType type) {
    return TqlValue.of(value, type).map(List::of).orElse(List.of());
  }
}
