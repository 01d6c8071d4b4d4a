package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a POST or PUT body against the endpoint's catalog and association row, and splits it into
 * plain fields, association blocks, metadata blocks and inline child lists. Every refusal is a 400
 * whose message names the field; {@code where} prefixes it for nested objects.
 */
final class BodyChecker {
  private static final Set<String> BLOCK_KEYS = Set.of("data", "mode");
  /**
   * The one mode a create's block may state: update_metadata.rst L7-22 describes modes for updates
   * only, and the API accepts {@code "append"}, the default, on a create too.
   */
  private static final JsonNode APPEND_ON_CREATE = JsonNodeFactory.instance.textNode("append");

  private final SpecView view;

  BodyChecker(SpecView view) {
    this.view = view;
  }

  ParsedBody forCreate(ObjectType endpoint, ObjectNode body, String where) {
    Catalog catalog = view.catalog(endpoint);
    String type = null;
    if (catalog.typed()) {
      JsonNode typeNode = body.get("type");
      if (typeNode == null || typeNode.isNull()) {
        throw ApiException.badRequest(
            where + Messages.typeRequired(endpoint.singular(), catalog.types()));
      }
      if (!typeNode.isTextual() || !catalog.types().contains(typeNode.asText())) {
        throw ApiException.badRequest(
            where + Messages.unknownType(endpoint.singular(), typeNode, catalog.types()));
      }
      type = typeNode.asText();
    }
    ParsedBody parsed = split(endpoint, type, body, where, false);
    requireFields(endpoint, type, parsed.plain(), where);
    return parsed;
  }

  ParsedBody forUpdate(ObjectType endpoint, String type, ObjectNode body, String where) {
    return split(endpoint, type, body, where, true);
  }

  private ParsedBody split(
      ObjectType endpoint, String type, ObjectNode body, String where, boolean update) {
    Catalog catalog = view.catalog(endpoint);
    ObjectNode plain = JsonNodeFactory.instance.objectNode();
    Map<ObjectType, Block> associations = new LinkedHashMap<>();
    Map<String, Block> metadata = new LinkedHashMap<>();
    Map<ParentLink, Block> collections = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : body.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      Optional<ObjectType> target = view.associationTarget(name);
      Optional<ParentLink> collection = view.collection(endpoint, name);
      Optional<BodyField> field = view.bodyField(endpoint, type, name);
      if (target.isPresent()) {
        if (!view.rule(endpoint).allows(target.get())) {
          throw ApiException.badRequest(
              where + Messages.cannotAssociate(endpoint, target.get(), view.targetNames(endpoint)));
        }
        associations.put(
            target.get(), block(name, value, where, update ? Usage.MODE : Usage.NO_MODE));
      } else if (collection.isPresent()) {
        collections.put(collection.get(), block(name, value, where, Usage.NEVER_MODE));
      } else if (view.spec().metadata(endpoint).contains(name)) {
        metadata.put(name, block(name, value, where, update ? Usage.MODE : Usage.NO_MODE));
      } else if (field.isPresent()) {
        if (update && !field.get().updatable()) {
          throw ApiException.badRequest(where + Messages.notUpdatable(endpoint, name));
        }
        if (update && value.isNull() && field.get().requirement() == Requirement.REQUIRED) {
          throw ApiException.badRequest(where + Messages.cannotClear(name));
        }
        ValueChecker.check(where, catalog, field.get(), value);
        plain.set(name, ValueChecker.normalized(field.get(), value));
      } else if (catalog.bodyField(name).isPresent()) {
        throw ApiException.badRequest(where + Messages.notForType(name, type, endpoint));
      } else if (!update && GivenXid.acceptedOnCreate(view, endpoint, name, value)) {
        plain.set(name, value);
      } else if (view.readOnly(endpoint, name)) {
        throw ApiException.badRequest(where + Messages.readOnly(endpoint, name));
      } else {
        throw ApiException.badRequest(where + Messages.unknownField(endpoint, name));
      }
    }
    return new ParsedBody(type, plain, associations, metadata, collections);
  }

  private void requireFields(ObjectType endpoint, String type, ObjectNode plain, String where) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, Boolean> groupSatisfied = new LinkedHashMap<>();
    for (BodyField field : view.catalog(endpoint).fieldsOf(type)) {
      boolean present = plain.hasNonNull(field.name());
      Requirement requirement = field.requirement();
      if (requirement.kind() == Requirement.Kind.REQUIRED && !present) {
        throw ApiException.badRequest(
            where + Messages.required(field.name(), endpoint.singular(), type));
      }
      if (requirement.kind() == Requirement.Kind.ONE_OF) {
        String group = requirement.group().orElseThrow();
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(field.name());
        groupSatisfied.merge(group, present, Boolean::logicalOr);
      }
    }
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      if (!groupSatisfied.get(group.getKey())) {
        throw ApiException.badRequest(
            where + Messages.oneOfRequired(group.getValue(), endpoint.singular(), type));
      }
    }
  }

  private enum Usage {
    /** A PUT: the block may state a mode. */
    MODE,
    /** A POST: the block takes entries only. */
    NO_MODE,
    /** A field whose modes the docs do not describe. */
    NEVER_MODE
  }

  private static Block block(String field, JsonNode value, String where, Usage usage) {
    if (value == null || !value.isObject()) {
      throw ApiException.badRequest(where + Messages.notABlock(field));
    }
    Iterator<String> keys = value.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (!BLOCK_KEYS.contains(key)) {
        throw ApiException.badRequest(where + Messages.unknownBlockKey(field, key));
      }
    }
    JsonNode data = value.get("data");
    if (data == null || !data.isArray()) {
      throw ApiException.badRequest(where + Messages.notABlock(field));
    }
    List<ObjectNode> entries = new ArrayList<>();
    for (JsonNode item : data) {
      if (!item.isObject()) {
        throw ApiException.badRequest(where + Messages.entryNotAnObject(field, entries.size() + 1));
      }
      entries.add((ObjectNode) item);
    }
    JsonNode modeNode = value.get("mode");
    Optional<Mode> mode = Optional.empty();
    if (modeNode != null && !modeNode.isNull()) {
      if (usage == Usage.NO_MODE && APPEND_ON_CREATE.equals(modeNode)) {
        // Appending is what a create does anyway; TcEx sends it on every create.
        return new Block(field, entries, Optional.empty());
      }
      if (usage == Usage.NO_MODE) {
        throw ApiException.badRequest(where + Messages.modeOnCreate(field));
      }
      if (usage == Usage.NEVER_MODE) {
        throw ApiException.badRequest(where + Messages.modeNotSupported(field));
      }
      mode =
          Optional.of(
              Mode.parse(modeNode.asText())
                  .filter(m -> modeNode.isTextual())
                  .orElseThrow(
                      () ->
                          ApiException.badRequest(where + Messages.unknownMode(field, modeNode))));
    }
    return new Block(field, entries, mode);
  }
}
