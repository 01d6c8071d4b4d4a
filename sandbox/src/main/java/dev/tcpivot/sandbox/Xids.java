package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finding an object that a path may name by XID (a Group) by its owner and XID, through the
 * store's index (v3/groups/groups.rst L10-12: an XID names a Group within an owner).
 */
final class Xids {
  private static final String FIELD = "xid";

  private final SpecView view;

  Xids(SpecView view) {
    this.view = view;
  }

  /** The index key of an object named by XID, if it has one. */
  List<Object> keys(Entity entity) {
    if (!view.namedByXid(entity.endpoint())) {
      return List.of();
    }
    JsonNode xid = entity.fields().get(FIELD);
    if (xid == null || xid.isNull()) {
      return List.of();
    }
    return List.of(key(entity.endpoint(), entity.owner(), xid.asText()));
  }

  /** The first object of the endpoint in the owner whose XID is {@code xid}. */
  Optional<Entity> find(Store store, ObjectType endpoint, Owner owner, String xid) {
    for (Entity candidate : store.candidates(key(endpoint, owner, xid))) {
      JsonNode held = candidate.fields().get(FIELD);
      if (candidate.endpoint().equals(endpoint)
          && candidate.owner().equals(owner)
          && held != null
          && !held.isNull()
          && xid.equals(held.asText())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Object key(ObjectType endpoint, Owner owner, String xid) {
    return Arrays.asList(FIELD, endpoint.endpointName(), owner, xid);
  }
}
