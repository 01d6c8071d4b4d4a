package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies association blocks to an object: resolves each entry (an id, an Indicator's type and
 * summary, or a new object), enforces the association row's owner rule and the
 * Indicator-to-Indicator direction, and adds or removes edges according to the block's mode
 * (v3/associations.rst, v3/update_metadata.rst).
 */
final class Associator {
  /** Creates (or, for Indicators named by summary, finds) the object an entry describes. */
  interface Creator {
    Entity create(ObjectType endpoint, ObjectNode body, Owner requestOwner, String where);
  }

  /** v3/indicators/associations.rst L222-228. */
  static final String I2I_ERR_CODE = "0x1001";

  private final SpecView view;
  private final Store store;
  private final Owners owners;
  private final Creator creator;

  Associator(SpecView view, Store store, Owners owners, Creator creator) {
    this.view = view;
    this.store = store;
    this.owners = owners;
    this.creator = creator;
  }

  void apply(Entity subject, Map<ObjectType, Block> blocks, Owner requestOwner, String where) {
    for (Map.Entry<ObjectType, Block> entry : blocks.entrySet()) {
      ObjectType target = entry.getKey();
      Block block = entry.getValue();
      if (block.effectiveMode() == Mode.DELETE) {
        dissociate(subject, target, block, where);
      } else {
        associate(subject, target, block, requestOwner, where);
      }
    }
  }

  private void dissociate(Entity subject, ObjectType target, Block block, String where) {
    for (int i = 0; i < block.entries().size(); i++) {
      ObjectNode entry = block.entries().get(i);
      Supplier<String> at = at(where, block, i);
      if (!entry.has("id")) {
        throw ApiException.badRequest(at.get() + Messages.DELETE_NEEDS_ID);
      }
      store.unlink(subject.id(), byId(target, entry, at).id());
    }
  }

  private void associate(
      Entity subject, ObjectType target, Block block, Owner requestOwner, String where) {
    boolean crossOwner = view.rule(subject.endpoint()).crossOwner();
    List<Entity> others = new ArrayList<>();
    for (int i = 0; i < block.entries().size(); i++) {
      ObjectNode entry = block.entries().get(i);
      Supplier<String> at = at(where, block, i);
      if (!crossOwner) {
        namedOwner(target, entry, at)
            .filter(owner -> !owner.equals(subject.owner()))
            .ifPresent(
                owner -> refuseCrossOwner(subject, at.get(), "the entry names owner " + owner.name()));
      }
      Entity other =
          entry.has("id")
              ? byId(target, entry, at)
              : creator.create(target, entry, requestOwner, at.get());
      if (!crossOwner && !other.owner().equals(subject.owner())) {
        refuseCrossOwner(subject, at.get(), Messages.describe(other) + " is in " + other.owner().name());
      }
      if (other.id() == subject.id()) {
        throw ApiException.badRequest(at.get() + Messages.SELF_ASSOCIATION);
      }
      checkIndicatorDirection(subject, other);
      others.add(other);
    }
    if (block.effectiveMode() == Mode.REPLACE) {
      for (Entity old : store.neighbours(subject.id(), target)) {
        store.unlink(subject.id(), old.id());
      }
    }
    for (Entity other : others) {
      store.link(subject.id(), other.id());
    }
  }

  /** Only non-primary types may be associated to a primary-type Indicator (PUT to the parent). */
  private void checkIndicatorDirection(Entity parent, Entity child) {
    ObjectType indicators = view.summaryEndpoint();
    if (parent.endpoint().equals(indicators)
        && child.endpoint().equals(indicators)
        && !view.spec().indicatorAssociationAllowed(parent.type(), child.type())) {
      throw ApiException.badRequest(I2I_ERR_CODE, Messages.I2I_REFUSED);
    }
  }

  private void refuseCrossOwner(Entity subject, String at, String why) {
    throw ApiException.badRequest(
        at + Messages.crossOwner(subject.endpoint(), subject.owner(), why));
  }

  /**
   * Where an entry is, for a message: {@code associatedGroups entry 3: } after {@code where}. Put
   * together only for a message, as a block may have thousands of entries.
   */
  private static Supplier<String> at(String where, Block block, int index) {
    return () -> where + Messages.entry(block.field(), index + 1);
  }

  private Entity byId(ObjectType target, ObjectNode entry, Supplier<String> at) {
    JsonNode id = entry.get("id");
    if (!ValueChecker.isId(id)) {
      throw ApiException.badRequest(at.get() + Messages.badId(id));
    }
    return store
        .get(id.asLong())
        .filter(e -> e.endpoint().equals(target))
        .orElseThrow(() -> ApiException.notFound(at.get() + Messages.noSuchObject(target, id.asLong())));
  }

  /** The owner an entry names with the target's ownerId/ownerName fields, if it names one. */
  private Optional<Owner> namedOwner(ObjectType target, ObjectNode entry, Supplier<String> at) {
    Optional<Owner> byId =
        ownerField(target, ValueKind.OWNER_ID, entry)
            .map(
                n ->
                    owners
                        .byId(n.asLong())
                        .orElseThrow(
                            () -> ApiException.forbidden(at.get() + Messages.unknownOwner(n.asText()))));
    Optional<Owner> byName =
        ownerField(target, ValueKind.OWNER_NAME, entry)
            .map(
                n ->
                    owners
                        .byName(n.asText())
                        .orElseThrow(
                            () -> ApiException.forbidden(at.get() + Messages.unknownOwner(n.asText()))));
    return byId.or(() -> byName);
  }

  private Optional<JsonNode> ownerField(ObjectType target, ValueKind kind, ObjectNode entry) {
    return view.fieldOfKind(target, kind)
        .map(BodyField::name)
        .map(entry::get)
        .filter(n -> !n.isNull());
  }
}
