package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of a PUT that restate what the object already has, its {@code type} or {@code xid}:
 * clients send back the object they read, and the API takes them. Only a change is refused (type
 * and xid are not updatable: v3/indicators/fields.rst L165-170, v3/groups/fields.rst L134-145,
 * v3/case_management/artifacts/fields.rst L110-115).
 */
final class Unchanged {
  private Unchanged() {}

  /** The body without the fields whose values equal the stored ones. */
  static ObjectNode without(Entity entity, ObjectNode body) {
    ObjectNode rest = body.deepCopy();
    JsonNode type = body.get("type");
    JsonNode storedType =
        entity.type() != null ? rest.textNode(entity.type()) : entity.fields().get("type");
    if (type != null && type.equals(storedType)) {
      rest.remove("type");
    }
    JsonNode xid = body.get("xid");
    JsonNode stored = entity.xid() != null ? rest.textNode(entity.xid()) : entity.fields().get("xid");
    if (xid != null && xid.equals(stored)) {
      rest.remove("xid");
    }
    return rest;
  }
}
