package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An owner as {@code GET /v3/security/owners} shows it. The sandbox's three owners are the docs'
 * Demo Organization, Demo Source and Demo Community, so they show the API user's role and
 * permissions of the docs' example (owner-roles.json, copied from v3/owners/retrieve.rst L17-105);
 * another owner shows its id, name and type only.
 */
final class OwnerRoles {
  private static final JsonNode DOCUMENTED = read();

  private OwnerRoles() {}

  static ObjectNode render(Owner owner) {
    for (JsonNode documented : DOCUMENTED) {
      if (documented.path("id").asLong() == owner.id()
          && documented.path("name").asText().equals(owner.name())
          && documented.path("type").asText().equals(owner.type())) {
        return documented.deepCopy();
      }
    }
    ObjectNode node = Json.object();
    node.put("id", owner.id());
    node.put("name", owner.name());
    node.put("type", owner.type());
    return node;
  }

  private static JsonNode read() {
    try (InputStream in = OwnerRoles.class.getResourceAsStream("owner-roles.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
