package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one Indicator or Group of a batch file to the store: turns its batch fields
 * (v2_batch_api_indicator_fields.rst, v2_batch_api_group_fields.rst) into a v3 body and creates the
 * object or updates the one already in the job's owner (an Indicator by type and summary, a Group
 * by XID), so the v3 rules (value formats, Tags, Security Labels, Attributes) apply as they do to a
 * POST. The write types of the job decide what happens to the lists an existing object has
 * (v2_batch_api.rst L50-60). Refusals are {@link ApiException}s whose message is the error's
 * reason. Callers hold the store's lock and commit or roll back around each object.
 */
final class BatchWriter {
  /** Indicator fields with a batch meaning of their own, not copied as v3 fields. */
  private static final Set<String> INDICATOR_SPECIAL =
      Set.of(
          "summary",
          "type",
          "tag",
          "attribute",
          "securityLabel",
          "associatedGroups",
          "associatedIndicators",
          "description",
          "fileOccurrence");

  /** Group fields with a batch meaning of their own, not copied as v3 fields. */
  private static final Set<String> GROUP_SPECIAL =
      Set.of(
          "type",
          "name",
          "xid",
          "tag",
          "attribute",
          "securityLabel",
          "associatedGroupXid",
          "associatedIndicators",
          "insights",
          "aiProvider",
          "aiLastRetrievalDate");

  /** v2_batch_api_group_fields.rst: kept with the Group, though no v3 body field takes them. */
  private static final List<String> AI_FIELDS = List.of("insights", "aiProvider", "aiLastRetrievalDate");

  private final SpecView view;
  private final Store store;
  private final Mutations mutations;
  private final Summaries summaries;
  private final Xids xids;
  private final BatchFileMatch files;
  private final ObjectType indicators;
  private final ObjectType groups;

  BatchWriter(SpecView view, Store store, Mutations mutations, Summaries summaries, Xids xids) {
    this.view = view;
    this.store = store;
    this.mutations = mutations;
    this.summaries = summaries;
    this.xids = xids;
    this.files = new BatchFileMatch(view, store, mutations, summaries);
    this.indicators = view.summaryEndpoint();
    this.groups = view.endpoint("groups").orElseThrow();
  }

  ObjectType indicators() {
    return indicators;
  }

  ObjectType groups() {
    return groups;
  }

  /**
   * Creates or updates the Indicators that take an entry: one, or for a File matching several Files
   * each that the job's fileMergeMode and hashCollisionMode give it to ({@link BatchFileMatch});
   * none when those modes skip it.
   */
  List<Entity> indicator(ObjectNode entry, BatchOptions options) {
    String type = type(entry, indicators);
    ObjectNode identity = BatchSummary.identity(view, entry, type);
    checkRange(entry, "rating", BatchFacts.MAX_RATING);
    checkRange(entry, "confidence", BatchFacts.MAX_CONFIDENCE);
    BatchNested.check(entry, true);
    ObjectNode base = Json.object();
    base.put("type", type);
    // Each target brings the identity fields it keeps, which may not be those the entry gives.
    Set<String> special = new HashSet<>(INDICATOR_SPECIAL);
    view.identityFields(indicators, type).forEach(field -> special.add(field.name()));
    copyPlain(entry, base, indicators, type, special);
    List<Entity> saved = new ArrayList<>();
    for (BatchFileMatch.Target target : files.targets(options.owner(), type, identity, options)) {
      ObjectNode body = base.deepCopy();
      body.setAll(target.identity());
      Optional<Entity> existing = Optional.ofNullable(target.existing());
      addLists(entry, body, existing, options);
      if (entry.has("fileOccurrence")) {
        body.set("fileOccurrences", block(fileOccurrences(entry.get("fileOccurrence"))));
      }
      if (existing.isPresent()) {
        Entity indicator = existing.get();
        store.beforeChange(indicator);
        indicator.fields().setAll(target.identity());
        mutations.createInto(indicator, body, options.owner());
        saved.add(indicator);
      } else {
        saved.add(mutations.create(indicators, body, options.owner(), ""));
      }
    }
    return saved;
  }

  /** Creates or updates a Group, found by its XID in the job's owner. */
  Entity group(ObjectNode entry, BatchOptions options) {
    String type = type(entry, groups);
    String name = text(entry, "name");
    String xid = text(entry, "xid");
    BatchNested.check(entry, false);
    if (entry.hasNonNull("insights") && !entry.hasNonNull("aiProvider")) {
      throw ApiException.badRequest(BatchMessages.INSIGHTS_NEED_PROVIDER);
    }
    ObjectNode body = Json.object();
    body.put("type", type);
    body.put("name", name);
    copyPlain(entry, body, groups, type, GROUP_SPECIAL);
    Optional<Entity> existing = groupByXid(options.owner(), xid);
    addLists(entry, body, existing, options);
    Entity group;
    if (existing.isPresent()) {
      group = existing.get();
      if (!type.equals(group.type())) {
        throw ApiException.badRequest(BatchMessages.xidOfAnotherType(xid, group.type()));
      }
      body.remove("type");
      mutations.update(group, body, options.owner());
    } else {
      body.put("xid", xid);
      group = mutations.create(groups, body, options.owner(), "");
    }
    for (String field : AI_FIELDS) {
      if (entry.hasNonNull(field)) {
        store.beforeChange(group);
        group.fields().set(field, entry.get(field));
      }
    }
    store.settle(group);
    return group;
  }

  /** Deletes the Indicator the entry names in the owner; false if there is none. */
  boolean deleteIndicator(ObjectNode entry, Owner owner) {
    String type = type(entry, indicators);
    ObjectNode identity = BatchSummary.identity(view, entry, type);
    // A File's hashes may each be held by a File of its own (L61-63): the docs are silent on a
    // Delete of such a File; the sandbox deletes every File that holds one of them.
    List<Entity> found = summaries.findAll(store, owner, type, identity);
    found.forEach(mutations::delete);
    return !found.isEmpty();
  }

  /** Deletes the Group of the entry's XID in the owner; false if there is none. */
  boolean deleteGroup(ObjectNode entry, Owner owner) {
    type(entry, groups);
    Optional<Entity> found = groupByXid(owner, text(entry, "xid"));
    found.ifPresent(mutations::delete);
    return found.isPresent();
  }

  Optional<Entity> groupByXid(Owner owner, String xid) {
    return xids.find(store, groups, owner, xid);
  }

  /** The Indicator of the type in the owner whose summary, or one of whose hashes, is the key. */
  Optional<Entity> indicatorBySummary(Owner owner, String type, String summary) {
    return summaries.findBySummary(store, owner, type, summary);
  }

  boolean isIndicatorType(String type) {
    return view.catalog(indicators).types().contains(type);
  }

  boolean isGroupType(String type) {
    return view.catalog(groups).types().contains(type);
  }

  private String type(ObjectNode entry, ObjectType endpoint) {
    JsonNode type = entry.get("type");
    List<String> types = view.catalog(endpoint).types();
    if (type == null || type.isNull()) {
      throw ApiException.badRequest(Messages.typeRequired(endpoint.singular(), types));
    }
    if (!type.isTextual() || !types.contains(type.asText())) {
      throw ApiException.badRequest(Messages.unknownType(endpoint.singular(), type, types));
    }
    return type.asText();
  }

  private static String text(ObjectNode entry, String field) {
    JsonNode value = entry.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw ApiException.badRequest(BatchMessages.fieldRequired(field, value));
    }
    return value.asText();
  }

  private static void checkRange(ObjectNode entry, String field, int max) {
    JsonNode value = entry.get(field);
    if (value != null && !value.isNull()) {
      if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > max) {
        throw ApiException.badRequest(BatchMessages.outOfRange(field, max, value));
      }
    }
  }

  /** Copies the fields a v3 body of the type takes; fields neither API knows are left out. */
  private void copyPlain(
      ObjectNode entry, ObjectNode body, ObjectType endpoint, String type, Set<String> special) {
    for (String name : (Iterable<String>) entry::fieldNames) {
      if (special.contains(name) || body.has(name)) {
        continue;
      }
      Optional<BodyField> field = view.bodyField(endpoint, type, name);
      if (field.isPresent()
          && field.get().value().kind() != ValueKind.OWNER_ID
          && field.get().value().kind() != ValueKind.OWNER_NAME) {
        body.set(name, entry.get(name));
      }
    }
  }

  /** Tags, Security Labels and Attributes as v3 blocks, after the write types have run. */
  private void addLists(
      ObjectNode entry, ObjectNode body, Optional<Entity> existing, BatchOptions options) {
    ArrayNode tags = objects(entry, "tag");
    if (tags != null) {
      existing.ifPresent(e -> clearIf(e, MetadataLists.TAGS, options.tagWriteType()));
      body.set(MetadataLists.TAGS, block(tags));
    }
    ArrayNode labels = objects(entry, "securityLabel");
    if (labels != null) {
      existing.ifPresent(e -> clearIf(e, MetadataLists.LABELS, options.securityLabelWriteType()));
      body.set(MetadataLists.LABELS, block(labels));
    }
    ArrayNode attributes = attributes(entry);
    if (attributes.isEmpty() || options.attributeWriteType().equals("Static")) {
      return;
    }
    existing.ifPresent(e -> writeAttributes(e, attributes, options.attributeWriteType()));
    body.set(MetadataLists.ATTRIBUTES, block(attributes));
  }

  private void clearIf(Entity entity, String field, String writeType) {
    if (writeType.equals("Replace")) {
      store.beforeChange(entity);
      entity.metadata(field).clear();
    }
  }

  /** Replace drops every Attribute, Singleton those of the incoming types; Append keeps them. */
  private void writeAttributes(Entity entity, ArrayNode incoming, String writeType) {
    store.beforeChange(entity);
    List<JsonNode> items = entity.metadata(MetadataLists.ATTRIBUTES);
    if (writeType.equals("Replace")) {
      items.clear();
    } else if (writeType.equals("Singleton")) {
      Set<String> types = new HashSet<>();
      incoming.forEach(a -> types.add(a.path("type").asText()));
      items.removeIf(item -> types.contains(item.path("type").asText()));
    }
  }

  /** The entry's Attributes, and its description as the default Description Attribute. */
  private static ArrayNode attributes(ObjectNode entry) {
    ArrayNode result = Json.object().arrayNode();
    ArrayNode given = objects(entry, "attribute");
    if (given != null) {
      for (JsonNode attribute : given) {
        ObjectNode v3 = Json.object();
        for (String name : List.of("type", "value", "source", "pinned")) {
          if (attribute.has(name)) {
            v3.set(name, attribute.get(name));
          }
        }
        if (attribute.has("displayed")) {
          v3.set("default", attribute.get("displayed"));
        }
        ArrayNode labels = objects((ObjectNode) attribute, "securityLabel");
        if (labels != null) {
          v3.set(MetadataLists.LABELS, block(labels));
        }
        result.add(v3);
      }
    }
    if (entry.hasNonNull("description")) {
      ObjectNode description = Json.object();
      description.put("type", "Description");
      description.set("value", entry.get("description"));
      description.put("default", true);
      result.add(description);
    }
    return result;
  }

  /** v2_batch_api_indicator_fields.rst footnote 1: each needs a date, fileName or path. */
  private static ArrayNode fileOccurrences(JsonNode value) {
    ArrayNode list = Json.object().arrayNode();
    if (value.isObject()) {
      list.add(value);
    } else if (value.isArray()) {
      list.addAll((ArrayNode) value);
    } else {
      throw ApiException.badRequest(BatchMessages.notAnObject("fileOccurrence", value));
    }
    for (JsonNode occurrence : list) {
      if (!occurrence.isObject()
          || !(occurrence.has("date") || occurrence.has("fileName") || occurrence.has("path"))) {
        throw ApiException.badRequest(BatchMessages.FILE_OCCURRENCE_EMPTY);
      }
    }
    return list;
  }

  /** The field's array of objects, {@code null} if absent; 400 if it is something else. */
  private static ArrayNode objects(ObjectNode entry, String field) {
    JsonNode value = entry.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw ApiException.badRequest(BatchMessages.notAnArray(field, value));
    }
    for (JsonNode item : value) {
      if (!item.isObject()) {
        throw ApiException.badRequest(BatchMessages.notAnObject(field, item));
      }
    }
    return (ArrayNode) value;
  }

  private static ObjectNode block(ArrayNode entries) {
    ObjectNode block = Json.object();
    block.set("data", entries.deepCopy());
    return block;
  }
}
