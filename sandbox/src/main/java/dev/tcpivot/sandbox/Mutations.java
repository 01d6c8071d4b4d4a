package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ValueKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, updates and deletes objects in the store, nested objects included. Callers hold the
 * store's lock and commit or roll back around each request.
 */
final class Mutations {
  private final SpecView view;
  private final Store store;
  private final Owners owners;
  private final Clock clock;
  private final BodyChecker checker;
  private final Summaries summaries;
  private final Associator associator;
  private final Children children;
  private final MetadataLists lists;

  Mutations(
      SpecView view,
      Store store,
      Owners owners,
      Summaries summaries,
      Clock clock,
      MetadataLists lists) {
    this.view = view;
    this.store = store;
    this.owners = owners;
    this.clock = clock;
    this.checker = new BodyChecker(view);
    this.summaries = summaries;
    this.associator = new Associator(view, store, owners, this::create);
    this.children = new Children(view, store);
    this.lists = lists;
  }

  /**
   * Creates an object from a POST body or an association entry. An Indicator that already exists in
   * the owner is updated instead (v3/indicators/create.rst L19).
   *
   * @param requestOwner the owner of the request ({@code ?owner=} or the Organization), used when
   *     the body names none
   */
  Entity create(ObjectType endpoint, ObjectNode body, Owner requestOwner, String where) {
    ParsedBody parsed = checker.forCreate(endpoint, body, where);
    ObjectNode plain = parsed.plain();
    Optional<Entity> parent = parent(endpoint, plain, where);
    Owner owner =
        parent.map(Entity::owner).orElseGet(() -> bodyOwner(endpoint, plain, requestOwner, where));
    dropOwnerFields(endpoint, plain);
    Instant now = now();
    Entity entity = null;
    if (view.namedBySummary(endpoint)) {
      entity = summaries.find(store, owner, parsed.type(), plain).orElse(null);
      if (entity != null) {
        mergeInto(entity, plain, now);
      }
    }
    if (entity == null) {
      String xid = null;
      if (view.readOnly(endpoint, GivenXid.FIELD)) {
        JsonNode given = plain.remove(GivenXid.FIELD);
        xid = given != null ? given.asText() : UUID.randomUUID().toString();
      }
      entity = new Entity(store.newId(), endpoint, owner, parsed.type(), plain, now, xid);
      store.add(entity);
    }
    applyRest(entity, parsed, requestOwner, where);
    store.settle(entity);
    return entity;
  }

  /**
   * Applies a POST body to an Indicator the caller has chosen, as a repeated POST of it does: its
   * identity fields stay, the others and the metadata blocks are taken.
   */
  void createInto(Entity existing, ObjectNode body, Owner requestOwner) {
    ParsedBody parsed = checker.forCreate(existing.endpoint(), body, "");
    ObjectNode plain = parsed.plain();
    dropOwnerFields(existing.endpoint(), plain);
    mergeInto(existing, plain, now());
    applyRest(existing, parsed, requestOwner, "");
    store.settle(existing);
  }

  /** Applies a PUT body. */
  void update(Entity entity, ObjectNode body, Owner requestOwner) {
    ParsedBody parsed =
        checker.forUpdate(entity.endpoint(), entity.type(), Unchanged.without(entity, body), "");
    store.beforeChange(entity);
    for (Map.Entry<String, JsonNode> field : parsed.plain().properties()) {
      if (field.getValue().isNull()) {
        entity.fields().remove(field.getKey());
      } else {
        entity.fields().set(field.getKey(), field.getValue());
      }
    }
    entity.touch(now());
    applyRest(entity, parsed, requestOwner, "");
    store.settle(entity);
  }

  /**
   * Deletes an object, its children (a Case's Artifacts, a Victim's Assets) and its associations.
   */
  void delete(Entity entity) {
    for (Entity child : children.of(entity)) {
      delete(child);
    }
    store.remove(entity);
  }

  private void applyRest(Entity entity, ParsedBody parsed, Owner requestOwner, String where) {
    store.beforeChange(entity);
    Instant now = now();
    parsed.metadata().forEach((field, block) -> lists.apply(entity, block, now, where));
    associator.apply(entity, parsed.associations(), requestOwner, where);
    parsed
        .collections()
        .forEach((link, block) -> addChildren(entity, link, block, requestOwner, where));
  }

  private void addChildren(
      Entity parent, ParentLink link, Block block, Owner requestOwner, String where) {
    for (int i = 0; i < block.entries().size(); i++) {
      ObjectNode entry = block.entries().get(i);
      String at = where + Messages.entry(block.field(), i + 1);
      if (entry.has("id")) {
        JsonNode id = entry.get("id");
        Entity child =
            store
                .get(id.asLong())
                .filter(e -> e.endpoint().equals(link.child()))
                .orElseThrow(
                    () ->
                        ApiException.notFound(
                            at + Messages.noSuchObject(link.child(), id.asLong())));
        if (child.fields().path(link.idField()).asLong() != parent.id()) {
          throw ApiException.badRequest(at + Messages.childOfAnother(child, parent));
        }
        continue;
      }
      ObjectNode body = entry.deepCopy();
      link.xidField().ifPresent(body::remove);
      body.put(link.idField(), parent.id());
      create(link.child(), body, requestOwner, at);
    }
  }

  /** Adds what a repeated POST of an Indicator says: new hashes and updatable fields. */
  private void mergeInto(Entity existing, ObjectNode plain, Instant now) {
    store.beforeChange(existing);
    List<String> identity = new ArrayList<>();
    for (BodyField field : view.identityFields(existing.endpoint(), existing.type())) {
      identity.add(field.name());
    }
    for (Map.Entry<String, JsonNode> field : plain.properties()) {
      String name = field.getKey();
      boolean keep = identity.contains(name) || name.equals("type");
      if (keep && existing.fields().hasNonNull(name)) {
        continue;
      }
      if (field.getValue().isNull()) {
        existing.fields().remove(name);
      } else {
        existing.fields().set(name, field.getValue());
      }
    }
    existing.touch(now);
  }

  /** Resolves caseId/caseXid-style fields to the parent object, which must exist. */
  private Optional<Entity> parent(ObjectType endpoint, ObjectNode plain, String where) {
    for (ParentLink link : view.parentsOf(endpoint)) {
      JsonNode id = plain.get(link.idField());
      JsonNode xid = link.xidField().map(plain::get).orElse(null);
      Entity byId = null;
      Entity byXid = null;
      if (id != null && !id.isNull()) {
        byId =
            store
                .get(id.asLong())
                .filter(e -> e.endpoint().equals(link.parent()))
                .orElseThrow(
                    () ->
                        ApiException.notFound(
                            where + Messages.noSuchParent(link, link.idField(), id.asText())));
      }
      if (xid != null && !xid.isNull()) {
        byXid =
            store.all(link.parent()).stream()
                .filter(e -> xid.asText().equals(e.xid()) || xid.equals(e.fields().get("xid")))
                .findFirst()
                .orElseThrow(
                    () ->
                        ApiException.notFound(
                            where
                                + Messages.noSuchParent(
                                    link, link.xidField().orElseThrow(), xid.asText())));
      }
      if (byId != null && byXid != null && byId != byXid) {
        throw ApiException.badRequest(where + Messages.parentConflict(link));
      }
      Entity parent = byId != null ? byId : byXid;
      if (parent != null) {
        plain.put(link.idField(), parent.id());
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  /** The owner named by the body's ownerId/ownerName, else the request's owner. */
  private Owner bodyOwner(ObjectType endpoint, ObjectNode plain, Owner fallback, String where) {
    Optional<Owner> byId =
        ownerValue(endpoint, ValueKind.OWNER_ID, plain)
            .map(
                n ->
                    owners
                        .byId(n.asLong())
                        .orElseThrow(
                            () ->
                                ApiException.forbidden(where + Messages.unknownOwner(n.asText()))));
    Optional<Owner> byName =
        ownerValue(endpoint, ValueKind.OWNER_NAME, plain)
            .map(
                n ->
                    owners
                        .byName(n.asText())
                        .orElseThrow(
                            () ->
                                ApiException.forbidden(where + Messages.unknownOwner(n.asText()))));
    if (byId.isPresent() && byName.isPresent() && !byId.equals(byName)) {
      throw ApiException.badRequest(where + Messages.OWNER_CONFLICT);
    }
    return byId.or(() -> byName).orElse(fallback);
  }

  private Optional<JsonNode> ownerValue(ObjectType endpoint, ValueKind kind, ObjectNode plain) {
    return view.fieldOfKind(endpoint, kind)
        .map(BodyField::name)
        .map(plain::get)
        .filter(n -> !n.isNull());
  }

  /** The owner is kept on the entity; responses render it from there. */
  private void dropOwnerFields(ObjectType endpoint, ObjectNode plain) {
    view.fieldOfKind(endpoint, ValueKind.OWNER_ID).ifPresent(f -> plain.remove(f.name()));
    view.fieldOfKind(endpoint, ValueKind.OWNER_NAME).ifPresent(f -> plain.remove(f.name()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
