package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the objects of an endpoint that a parsed query matches. A nested query over objects is
 * answered from the store's association edges: its inner query is evaluated over the target
 * endpoint once, and the objects related to the matches are collected, so that {@code
 * hasGroup(id = 12)} costs in proportion to Group 12's associations, not to the store. An {@code id
 * =} or {@code id IN} clause is answered from the store's id index. AND intersects what those give,
 * OR unites it; whatever is left is tested object by object. Callers hold the store's lock.
 */
final class TqlEvaluator {
  private final SpecView view;
  private final Store store;
  private final Relations relations;
  private final KeywordValues keywords;
  private final ItemValues items;

  TqlEvaluator(SpecView view, Store store, Summaries summaries, MetadataLists lists) {
    this.view = view;
    this.store = store;
    this.relations = new Relations(view, store);
    this.keywords = new KeywordValues(view, summaries, relations);
    this.items = new ItemValues(view, keywords, lists);
  }

  /** The endpoint's objects that the query matches, in id order. */
  List<Entity> matches(TqlNode query, ObjectType endpoint) {
    return new Run().matches(query, endpoint);
  }

  /** Whether the query holds for an item that stands alone, such as a Tag of GET /v3/tags. */
  boolean matches(TqlNode query, Item item) {
    return new Run().testItem(query, item);
  }

  /** One evaluation, with what it has worked out for each nested query. */
  private final class Run implements ItemValues.Holders {
    private final Map<TqlNode, Set<Long>> matched = new IdentityHashMap<>();
    private final Map<TqlNode, Map<Long, Entity>> related = new IdentityHashMap<>();
    private final Map<TqlNode, Set<String>> names = new IdentityHashMap<>();
    private final Map<String, Map<String, List<Object>>> holders = new HashMap<>();
    private final Map<Long, Entity> found = new HashMap<>();

    List<Entity> matches(TqlNode query, ObjectType endpoint) {
      Set<Long> candidates = candidates(query, endpoint);
      Collection<Entity> pool =
          candidates == null ? store.all(endpoint) : fetch(candidates, endpoint);
      List<Entity> matches = new ArrayList<>();
      for (Entity entity : pool) {
        if (test(query, entity)) {
          matches.add(entity);
        }
      }
      return matches;
    }

    /** The objects of the ids in id order; those a nested query found are at hand already. */
    private List<Entity> fetch(Set<Long> ids, ObjectType endpoint) {
      List<Entity> entities = new ArrayList<>(ids.size());
      for (Long id : new TreeSet<>(ids)) {
        Entity entity = found.get(id);
        if (entity != null && entity.endpoint().equals(endpoint)) {
          entities.add(entity);
        } else if (entity == null) {
          store.get(id).filter(e -> e.endpoint().equals(endpoint)).ifPresent(entities::add);
        }
      }
      return entities;
    }

    /** A superset of the ids the query can match, from indexes; null when it needs a scan. */
    private Set<Long> candidates(TqlNode node, ObjectType endpoint) {
      if (node instanceof TqlNode.And and) {
        Set<Long> smallest = null;
        for (TqlNode part : and.parts()) {
          Set<Long> ids = candidates(part, endpoint);
          if (ids != null && (smallest == null || ids.size() < smallest.size())) {
            smallest = ids;
          }
        }
        return smallest;
      }
      if (node instanceof TqlNode.Or or) {
        Set<Long> union = new HashSet<>();
        for (TqlNode part : or.parts()) {
          Set<Long> ids = candidates(part, endpoint);
          if (ids == null) {
            return null;
          }
          union.addAll(ids);
        }
        return union;
      }
      if (node instanceof TqlNode.Nested nested && objectEndpoint(nested.target()).isPresent()) {
        return related(nested, endpoint).keySet();
      }
      if (node instanceof TqlNode.Comparison clause) {
        return ids(clause);
      }
      // A clause over data the sandbox does not hold matches nothing; items need a scan.
      return node instanceof TqlNode.NotHeld ? Set.of() : null;
    }

    /** The ids an {@code id =} or {@code id IN} clause names. */
    private Set<Long> ids(TqlNode.Comparison clause) {
      TqlOperator operator = clause.operator();
      boolean equality = operator == TqlOperator.EQ || operator == TqlOperator.IN;
      if (!equality || !clause.keyword().name().equals("id")) {
        return null;
      }
      Set<Long> ids = new HashSet<>();
      for (Object value : clause.values()) {
        BigDecimal id = (BigDecimal) value;
        if (id.signum() > 0 && id.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
          ids.add(id.longValueExact());
        }
      }
      return ids;
    }

    private boolean test(TqlNode node, Entity entity) {
      if (node instanceof TqlNode.And and) {
        for (TqlNode part : and.parts()) {
          if (!test(part, entity)) {
            return false;
          }
        }
        return true;
      }
      if (node instanceof TqlNode.Or or) {
        for (TqlNode part : or.parts()) {
          if (test(part, entity)) {
            return true;
          }
        }
        return false;
      }
      if (node instanceof TqlNode.Comparison clause) {
        return TqlCompare.holds(clause, keywords.read(entity.endpoint(), clause.keyword(), entity));
      }
      if (node instanceof TqlNode.Nested nested) {
        if (objectEndpoint(nested.target()).isPresent()) {
          return related(nested, entity.endpoint()).containsKey(entity.id());
        }
        return anyItem(items.of(entity, nested.target()), nested.inner());
      }
      return false;
    }

    private boolean testItem(TqlNode node, Item item) {
      if (node instanceof TqlNode.And and) {
        for (TqlNode part : and.parts()) {
          if (!testItem(part, item)) {
            return false;
          }
        }
        return true;
      }
      if (node instanceof TqlNode.Or or) {
        for (TqlNode part : or.parts()) {
          if (testItem(part, item)) {
            return true;
          }
        }
        return false;
      }
      if (node instanceof TqlNode.Comparison clause) {
        return TqlCompare.holds(clause, items.read(item, clause.keyword(), this));
      }
      if (node instanceof TqlNode.Nested nested) {
        return nestedOnItem(nested, item);
      }
      return false;
    }

    /**
     * A tag or security label relates to every object that holds one of its name; an attribute,
     * note or task to the object that holds it; an attribute's security labels are its own.
     */
    private boolean nestedOnItem(TqlNode.Nested nested, Item item) {
      Optional<ObjectType> target = objectEndpoint(nested.target());
      if (target.isEmpty()) {
        return anyItem(items.of(item, nested.target()), nested.inner());
      }
      if (ItemValues.named(item.type())) {
        return item.name() != null
            && namesHeldByMatches(nested, item.type(), target.get()).contains(item.name());
      }
      return item.holder().endpoint().equals(target.get())
          && matchedIds(nested.inner(), target.get()).contains(item.holder().id());
    }

    private boolean anyItem(List<Item> candidates, TqlNode inner) {
      for (Item item : candidates) {
        if (testItem(inner, item)) {
          return true;
        }
      }
      return false;
    }

    /** The outer endpoint's objects related to the nested query's matches, by id. */
    private Map<Long, Entity> related(TqlNode.Nested nested, ObjectType outer) {
      Map<Long, Entity> objects = related.get(nested);
      if (objects == null) {
        ObjectType target = objectEndpoint(nested.target()).orElseThrow();
        objects = relations.ofAny(matches(nested.inner(), target), outer);
        related.put(nested, objects);
        found.putAll(objects);
      }
      return objects;
    }

    private Set<Long> matchedIds(TqlNode inner, ObjectType endpoint) {
      Set<Long> ids = matched.get(inner);
      if (ids == null) {
        ids = Relations.ids(matches(inner, endpoint));
        matched.put(inner, ids);
      }
      return ids;
    }

    /** The names of the items of a type that the nested query's matches hold. */
    private Set<String> namesHeldByMatches(
        TqlNode.Nested nested, QueryType itemType, ObjectType target) {
      Set<String> held = names.get(nested);
      if (held == null) {
        held = new HashSet<>();
        for (Entity entity : matches(nested.inner(), target)) {
          for (Item item : items.of(entity, itemType)) {
            if (item.name() != null) {
              held.add(item.name());
            }
          }
        }
        names.put(nested, held);
      }
      return held;
    }

    @Override
    public Map<String, List<Object>> byName(String list, ObjectType endpoint) {
      return holders.computeIfAbsent(
          list + " " + endpoint.endpointName(),
          k -> {
            Map<String, List<Object>> byName = new HashMap<>();
            for (Entity entity : store.all(endpoint)) {
              for (JsonNode item : entity.metadataOrEmpty(list)) {
                if (item.hasNonNull("name")) {
                  byName
                      .computeIfAbsent(item.get("name").asText(), n -> new ArrayList<>())
                      .add(BigDecimal.valueOf(entity.id()));
                }
              }
            }
            return byName;
          });
    }
  }

  /** The sandbox's endpoint for a query type, if it serves one (Groups, ...; not Tags). */
  private Optional<ObjectType> objectEndpoint(QueryType type) {
    return view.endpoint(type.endpointName());
  }
}
