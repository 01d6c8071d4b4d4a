package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.ObjectType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The v3 operations on one endpoint's objects. Every request runs under one lock, and a request
 * that fails leaves the store as it found it: correctness first.
 */
final class Operations {
  private final Object lock = new Object();
  private final SpecView view;
  private final Store store;
  private final Owners owners;
  private final Summaries summaries;
  private final Xids xids;
  private final Mutations mutations;
  private final Renderer renderer;
  private final TqlEvaluator tql;
  private final MetadataEndpoints metadata;
  private final IntelRequirementLists intelRequirementLists;
  private final Clock clock;
  private final String apiRoot;

  /**
   * @param apiRoot the API root as clients see it, e.g. http://127.0.0.1:8080/api
   * @param siteRoot the root of the web links, e.g. http://127.0.0.1:8080
   */
  Operations(SpecView view, Owners owners, Clock clock, String apiRoot, String siteRoot) {
    this.view = view;
    this.owners = owners;
    this.summaries = new Summaries(view);
    this.xids = new Xids(view);
    this.store =
        new Store(
            entity -> {
              List<Object> keys = new ArrayList<>(summaries.keys(entity));
              keys.addAll(xids.keys(entity));
              return keys;
            });
    MetadataLists lists = new MetadataLists(store);
    this.mutations = new Mutations(view, store, owners, summaries, clock, lists);
    this.renderer = new Renderer(view, store, summaries, siteRoot, lists);
    this.tql = new TqlEvaluator(view, store, summaries, lists);
    this.metadata = new MetadataEndpoints(view, lists, tql, owners, clock, apiRoot);
    this.intelRequirementLists = new IntelRequirementLists(view, tql, clock, apiRoot);
    this.clock = clock;
    this.apiRoot = apiRoot;
  }

  Reply create(ObjectType endpoint, QueryParams query, byte[] body) {
    Set<String> extras = FieldSelection.parse(view, endpoint, query.all("fields"));
    Owner owner = owners.fromParameter(query.first("owner"));
    ObjectNode json = Json.parseObject(body);
    ObjectNode data =
        write(
            () -> {
              Entity entity = mutations.create(endpoint, json, owner, "");
              return renderer.render(entity, extras);
            });
    return Reply.of(201, Json.success(data, "Created"));
  }

  Reply get(ObjectType endpoint, String key, QueryParams query) {
    Set<String> extras = FieldSelection.parse(view, endpoint, query.all("fields"));
    Optional<Owner> owner = ownerFilter(query);
    ObjectNode data = read(() -> renderer.render(find(endpoint, key, owner), extras));
    return Reply.of(200, Json.success(data, null));
  }

  Reply update(ObjectType endpoint, String key, QueryParams query, byte[] body) {
    Set<String> extras = FieldSelection.parse(view, endpoint, query.all("fields"));
    Optional<Owner> owner = ownerFilter(query);
    ObjectNode json = Json.parseObject(body);
    ObjectNode data =
        write(
            () -> {
              Entity entity = find(endpoint, key, owner);
              mutations.update(entity, json, owner.orElse(owners.organization()));
              return renderer.render(entity, extras);
            });
    return Reply.of(200, Json.success(data, "Updated"));
  }

  Reply delete(ObjectType endpoint, String key, QueryParams query) {
    Optional<Owner> owner = ownerFilter(query);
    write(
        () -> {
          mutations.delete(find(endpoint, key, owner));
          return null;
        });
    return Reply.of(200, Json.success(null, "Deleted"));
  }

  Reply list(ObjectType endpoint, QueryParams query) {
    Set<String> extras = FieldSelection.parse(view, endpoint, query.all("fields"));
    Optional<Owner> owner = ownerFilter(query);
    Paging paging = Paging.of(query);
    Optional<TqlNode> filter =
        query.first("tql").flatMap(text -> Tql.parse(text, endpoint, view, clock.instant()));
    String url = apiRoot + endpoint.endpoint();
    ObjectNode body =
        read(
            () -> {
              Collection<Entity> found =
                  filter.isPresent() ? tql.matches(filter.get(), endpoint) : store.all(endpoint);
              List<Entity> matches = new ArrayList<>();
              for (Entity entity : found) {
                if (owner.map(o -> o.equals(entity.owner())).orElse(true)) {
                  matches.add(entity);
                }
              }
              return paging.envelope(matches, page -> renderer.renderAll(page, extras), url, query);
            });
    return Reply.of(200, body);
  }

  /** Empties the store, between requests. */
  void reset() {
    synchronized (lock) {
      store.clear();
    }
  }

  /** The store as a fixture document (FIXTURES.md). */
  com.fasterxml.jackson.databind.JsonNode exportData() {
    return read(() -> new FixtureExport(view, store, summaries).export());
  }

  /** Adds a fixture document's objects: all of them, or none if one is refused. */
  void loadData(com.fasterxml.jackson.databind.JsonNode document) {
    write(
        () -> {
          new FixtureLoad(view, owners, mutations, summaries).load(document);
          return null;
        });
  }

  /** OPTIONS /v3/{type}/tql: the keywords of the endpoint's tql parameter. */
  Reply tqlKeywords(ObjectType endpoint) {
    return Reply.of(200, Tql.keywords(Tql.queryType(endpoint, view)));
  }

  /** OPTIONS /v3/{type}: the fields of a POST or PUT body. */
  Reply bodyFields(ObjectType endpoint, QueryParams query) {
    return new BodyFieldList(view).of(endpoint, query);
  }

  /** OPTIONS /v3/{type}/fields: the accepted values of the fields parameter. */
  Reply fields(ObjectType endpoint) {
    ArrayNode data = JsonNodeFactory.instance.arrayNode();
    for (String name : view.spec().fieldsParams(endpoint)) {
      ObjectNode item = data.addObject();
      item.put("name", name);
      item.put("description", describeField(endpoint, name));
      item.put("includedByDefault", false);
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    body.put("count", data.size());
    body.put("status", "Success");
    return Reply.of(200, body);
  }

  private String describeField(ObjectType endpoint, String name) {
    return view.associationTarget(name)
        .map(t -> "Includes the " + t.name() + " associated with the " + endpoint.singular())
        .orElse("Includes the " + endpoint.singular() + "'s " + name);
  }

  /** GET /v3/security/owners, paged as other lists. */
  Reply owners(QueryParams query) {
    Paging paging = Paging.of(query);
    ObjectNode body =
        paging.envelope(
            owners.all(),
            page -> {
              ArrayNode data = JsonNodeFactory.instance.arrayNode();
              page.forEach(owner -> data.add(owner(owner)));
              return data;
            },
            apiRoot + "/v3/security/owners",
            query);
    return Reply.of(200, body);
  }

  /**
   * GET /v3/tags, /v3/securityLabels, /v3/attributeTypes, each also by id; OPTIONS on their
   * /tql. They are read-only here: the sandbox does not create, change or delete them.
   */
  Reply metadata(String method, String rawPath, List<String> segments, QueryParams query) {
    String path = segments.get(2);
    if (segments.size() == 3 && method.equals("GET")) {
      return Reply.of(200, read(() -> metadata.list(path, query)));
    }
    if (segments.size() == 4 && method.equals("GET")) {
      return Reply.of(200, read(() -> metadata.get(path, segments.get(3))));
    }
    if (segments.size() == 4 && method.equals("OPTIONS") && segments.get(3).equals("tql")) {
      return Reply.of(200, metadata.tqlKeywords(path));
    }
    if (segments.size() > 4) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    throw ApiException.methodNotAllowed(Messages.methodNotAllowed(method, rawPath, "GET"), "GET");
  }

  /**
   * GET /v3/intelRequirements/categories, subtypes and results, each also by id; PUT and DELETE of
   * a result (v3/intelligence_requirement_results/update.rst, delete.rst); OPTIONS on their /tql.
   */
  Reply intelRequirementLists(
      String method, String rawPath, List<String> segments, QueryParams query) {
    String list = segments.get(3);
    String allowed = list.equals("results") ? "GET, PUT, DELETE" : "GET";
    if (segments.size() == 4 && method.equals("GET")) {
      return Reply.of(200, read(() -> intelRequirementLists.list(list, query)));
    }
    if (segments.size() == 5 && method.equals("OPTIONS") && segments.get(4).equals("tql")) {
      return Reply.of(200, intelRequirementLists.tqlKeywords(list));
    }
    if (segments.size() == 5 && allowed.contains(method)) {
      // No result exists (see IntelRequirementLists), so a PUT or DELETE finds none either.
      return Reply.of(200, read(() -> intelRequirementLists.get(list, segments.get(4))));
    }
    if (segments.size() > 5) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    throw ApiException.methodNotAllowed(
        Messages.methodNotAllowed(method, rawPath, allowed), allowed);
  }

  /** GET /v3/security/owners/{id}. */
  Reply owner(String rawKey) {
    Owner owner =
        parseId(Percent.decodePath(rawKey))
            .flatMap(owners::byId)
            .orElseThrow(() -> ApiException.notFound(Messages.noSuchOwner(rawKey)));
    return Reply.of(200, Json.success(owner(owner), null));
  }

  private static ObjectNode owner(Owner owner) {
    return OwnerRoles.render(owner);
  }

  /** An id in the path names the object; for Indicators anything else is a summary in the owner. */
  private Entity find(ObjectType endpoint, String rawKey, Optional<Owner> owner) {
    String key = Percent.decodePath(rawKey);
    Optional<Long> id = parseId(key);
    if (id.isPresent()) {
      return store
          .get(id.get())
          .filter(e -> e.endpoint().equals(endpoint))
          .filter(e -> owner.map(o -> o.equals(e.owner())).orElse(true))
          .orElseThrow(() -> ApiException.notFound(Messages.noSuchObject(endpoint, id.get())));
    }
    if (view.namedBySummary(endpoint)) {
      Owner in = owner.orElse(owners.organization());
      return summaries
          .findBySummary(store, in, key)
          .orElseThrow(() -> ApiException.notFound(Messages.noSuchSummary(endpoint, key, in)));
    }
    if (view.namedByXid(endpoint)) {
      // v3/groups/groups.rst L10-12: an XID names a Group only together with the owner parameter.
      Owner in = owner.orElseThrow(() -> ApiException.badRequest(Messages.xidNeedsOwner(endpoint, key)));
      return xids
          .find(store, endpoint, in, key)
          .orElseThrow(() -> ApiException.notFound(Messages.noSuchXid(endpoint, key, in)));
    }
    throw ApiException.notFound(Messages.notAnId(endpoint, key));
  }

  private static Optional<Long> parseId(String key) {
    if (!key.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(key));
  }

  private Optional<Owner> ownerFilter(QueryParams query) {
    return query.first("owner").map(name -> owners.fromParameter(Optional.of(name)));
  }

  /** The V2 Batch API's rules (batch.table). */
  BatchRules batchRules() {
    return view.spec().batch();
  }

  /** Writes for the V2 Batch jobs: Indicators and Groups as a POST writes them. */
  BatchWriter batchWriter() {
    return new BatchWriter(view, store, mutations, summaries, xids);
  }

  /** Associations for the V2 Batch jobs. */
  BatchLinks batchLinks(BatchWriter writer) {
    return new BatchLinks(view, store, writer);
  }

  /** Runs one unit of a batch job under the lock: all of it is kept, or none if it throws. */
  <T> T atomically(Supplier<T> action) {
    return write(action);
  }

  private <T> T write(Supplier<T> action) {
    synchronized (lock) {
      try {
        T result = action.get();
        store.commit();
        return result;
      } catch (RuntimeException e) {
        store.rollback();
        throw e;
      }
    }
  }

  private <T> T read(Supplier<T> action) {
    synchronized (lock) {
      return action.get();
    }
  }
}
