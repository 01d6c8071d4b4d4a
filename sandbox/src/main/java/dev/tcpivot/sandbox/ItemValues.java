package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items an object holds for each query type that is not an endpoint of the sandbox, and what an
 * item holds for a keyword: the item's field of the keyword's name (as the client sent it), a few
 * fields of other names, and the id of its holder ({@code groupId} of a Group's attribute).
 */
final class ItemValues {
  /** Where an object keeps the items of a query type: a metadata list, or a body field's data. */
  private static final Map<String, String> LISTS =
      Map.of(
          "Tag", "tags",
          "SecurityLabel", "securityLabels",
          "GroupAttribute", "attributes",
          "IndicatorAttribute", "attributes",
          "VictimAttribute", "attributes",
          "Note", "notes",
          "Task", "tasks");

  /** Items that are one wherever applied, known by name (v3/update_metadata.rst L128-143). */
  private static final Set<String> NAMED = Set.of("Tag", "SecurityLabel");

  /** "query type keyword" to the item field that holds it, where the names differ. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("Tag summary", "name"),
          Map.entry("SecurityLabel summary", "name"),
          Map.entry("GroupAttribute typeName", "type"),
          Map.entry("GroupAttribute text", "value"),
          Map.entry("IndicatorAttribute typeName", "type"),
          Map.entry("IndicatorAttribute text", "value"),
          Map.entry("VictimAttribute typeName", "type"),
          Map.entry("VictimAttribute text", "value"),
          Map.entry("Note summary", "text"),
          Map.entry("Note data", "text"),
          // tql-keywords.md L52: maxsize, where attribute_types/retrieve.rst L24 has maxSize.
          Map.entry("AttributeType maxsize", "maxSize"));

  /** Who holds items of each name, for keywords such as a Tag's associatedGroup. */
  interface Holders {
    /** For each item name, the ids of the endpoint's objects holding an item of that name. */
    Map<String, List<Object>> byName(String list, ObjectType endpoint);
  }

  private final SpecView view;
  private final KeywordValues keywords;
  private final MetadataLists lists;

  ItemValues(SpecView view, KeywordValues keywords, MetadataLists lists) {
    this.view = view;
    this.keywords = keywords;
    this.lists = lists;
  }

  static boolean named(QueryType type) {
    return NAMED.contains(type.name());
  }

  static Optional<String> list(QueryType type) {
    return Optional.ofNullable(LISTS.get(type.name()));
  }

  /** The items of the type that an object holds. */
  List<Item> of(Entity entity, QueryType type) {
    String list = LISTS.get(type.name());
    if (list == null) {
      return List.of();
    }
    Iterable<JsonNode> nodes =
        view.spec().metadata(entity.endpoint()).contains(list)
            ? entity.metadataOrEmpty(list)
            : entity.fields().path(list).path("data");
    return items(entity, type, nodes);
  }

  /** The items of the type inside an item, such as an attribute's security labels. */
  List<Item> of(Item item, QueryType type) {
    String list = LISTS.get(type.name());
    if (list == null) {
      return List.of();
    }
    return items(item.holder(), type, item.node().path(list).path("data"));
  }

  private List<Item> items(Entity holder, QueryType type, Iterable<JsonNode> nodes) {
    List<Item> items = new ArrayList<>();
    for (JsonNode node : nodes) {
      if (node.isObject()) {
        items.add(new Item(holder, type, lists.tqlNode(type, node)));
      }
    }
    return items;
  }

  List<Object> read(Item item, TqlKeyword keyword, Holders holders) {
    String name = keyword.name();
    if (item.holder() != null
        && name.equals(item.holder().endpoint().endpointSingular() + "Id")) {
      return List.of(BigDecimal.valueOf(item.holder().id()));
    }
    Optional<ObjectType> associated = keywords.associatedEndpoint(name);
    if (associated.isPresent()) {
      if (!named(item.type()) || item.name() == null) {
        return List.of();
      }
      return holders.byName(LISTS.get(item.type().name()), associated.get())
          .getOrDefault(item.name(), List.of());
    }
    String field = FIELDS.getOrDefault(item.type().name() + " " + name, name);
    return KeywordValues.convert(item.node().get(field), keyword.type());
  }
}
