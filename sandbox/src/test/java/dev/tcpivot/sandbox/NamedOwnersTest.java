package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Owners named as a real instance names them: the builder and the command line. Their ids are 1 for
 * the Organization, then the Sources, then the Communities, as the docs' example numbers Demo
 * Source 2 and Demo Community 3 (v3/owners/retrieve.rst L20-51).
 */
class NamedOwnersTest {
  /** owners/retrieve.rst L11-51: GET /v3/security/owners lists every owner with id, name, type. */
  @Test
  void theBuilderNamesTheOwners() {
    try (Sandbox sandbox =
        Sandbox.builder()
            .organization("Acme")
            .community("Acme Sharing")
            .source("Acme Feeds")
            .source("OSINT")
            .start()) {
      List<Owner> expected =
          List.of(
              new Owner(1, "Acme", "Organization"),
              new Owner(2, "Acme Feeds", "Source"),
              new Owner(3, "OSINT", "Source"),
              new Owner(4, "Acme Sharing", "Community"));
      assertEquals(expected, sandbox.owners());
      assertEquals(expected.get(0), sandbox.organization());
      assertEquals(expected.get(1), sandbox.source());
      assertEquals(expected.get(3), sandbox.community());
      assertEquals(expected.subList(1, 3), sandbox.sources());
      assertEquals(List.of(expected.get(3)), sandbox.communities());

      TestClient client = new TestClient(sandbox);
      Response owners = client.get("/v3/security/owners");
      assertEquals(200, owners.status(), owners::toString);
      List<Owner> listed = new ArrayList<>();
      for (JsonNode owner : owners.body().path("data")) {
        listed.add(
            new Owner(
                owner.path("id").asLong(), owner.path("name").asText(), owner.path("type").asText()));
      }
      assertEquals(expected, listed);
    }
  }

  /** specify_owner.rst L17-41: ?owner= names an owner by its name; the default is the Organization. */
  @Test
  void namedOwnersAreWhereObjectsLive() {
    try (Sandbox sandbox = Sandbox.builder().organization("Acme").source("OSINT").start()) {
      TestClient client = new TestClient(sandbox);
      Response inOrganization =
          client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}");
      assertEquals("Acme", inOrganization.data().path("ownerName").asText());
      assertEquals(1, inOrganization.data().path("ownerId").asLong());
      Response inSource =
          client.post("/v3/groups?owner=OSINT", "{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}");
      assertEquals(201, inSource.status(), inSource::toString);
      assertEquals("OSINT", inSource.data().path("ownerName").asText());
      // A kind of owner not named keeps its demo owner.
      assertEquals(new Owner(3, "Demo Community", "Community"), sandbox.community());
      // The demo names are not there any more.
      assertEquals(403, client.get("/v3/groups?owner=Demo%20Source").status());
    }
  }

  @Test
  void sandboxStartIsUnchanged() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertEquals(
          List.of(
              new Owner(1, "Demo Organization", "Organization"),
              new Owner(2, "Demo Source", "Source"),
              new Owner(3, "Demo Community", "Community")),
          sandbox.owners());
    }
  }

  @Test
  void ownerNamesAreUniqueAndNotBlank() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Sandbox.builder().organization("Acme").source("Acme").start());
    assertEquals("two owners are named \"Acme\"", twice.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> Sandbox.builder().community(" "));
    assertEquals("the community's name must not be blank", blank.getMessage());
    assertThrows(NullPointerException.class, () -> Sandbox.builder().organization(null));
  }

  @Test
  void commandLineNamesTheOwners() {
    CommandLine.Options options =
        CommandLine.parse(
            new String[] {
              "--organization", "Acme", "--community=Acme Sharing", "--source", "Acme Feeds",
              "--source", "OSINT", "--port", "0"
            });
    assertEquals(Optional.of("Acme"), options.organization());
    assertEquals(List.of("Acme Sharing"), options.communities());
    assertEquals(List.of("Acme Feeds", "OSINT"), options.sources());
    try (Sandbox sandbox = options.builder().start()) {
      assertEquals(
          List.of("Acme", "Acme Feeds", "OSINT", "Acme Sharing"),
          sandbox.owners().stream().map(Owner::name).toList());
    }
    CommandLine.Options defaults = CommandLine.parse(new String[0]);
    assertEquals(Optional.empty(), defaults.organization());
    assertTrue(defaults.communities().isEmpty() && defaults.sources().isEmpty());
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--source"}));
    assertEquals("--source needs a name", missing.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--source="}));
  }
}
