package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures: export, reset, load, export again gives the same document; refs, never ids. */
@SandboxPerMethod
class FixtureRoundTripTest {
  /**
   * A world with every kind of content a fixture carries: owners, xids, same-named Groups, Case
   * children, Victim children, tags, labels, attributes (v3/update_metadata.rst), associations
   * across owners and an Indicator-to-Indicator one in the docs' direction
   * (v3/indicators/indicatorToIndicatorAssociations.rst).
   */
  private static void world(TestClient client) {
    long named =
        client.post(
                "/v3/groups",
                "{\"type\": \"Adversary\", \"name\": \"Bad Guy\", \"xid\": \"adv-1\","
                    + " \"tags\": {\"data\": [{\"name\": \"APT\"}]},"
                    + " \"securityLabels\": {\"data\": [{\"name\": \"TLP:AMBER\"}]},"
                    + " \"attributes\": {\"data\": [{\"type\": \"Description\", \"value\": \"Bad\"}]}}")
            .id();
    long twinA = client.post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Twin\"}").id();
    long twinB = client.post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Twin\"}").id();
    client.post("/v3/indicators?owner=Demo%20Source", "{\"type\": \"Host\", \"hostName\": \"badguy.com\"}");
    client.post("/v3/indicators", "{\"type\": \"ASN\", \"AS Number\": \"ASN204288\"}");
    client.post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"66.96.146.129\"}");
    ok(client.put(
        "/v3/indicators/ASN204288",
        "{\"associatedIndicators\": {\"data\": [{\"type\": \"Address\", \"ip\": \"66.96.146.129\"}]},"
            + " \"associatedGroups\": {\"data\": [{\"id\": " + twinB + "}]}}"));
    ok(client.put(
        "/v3/groups/" + named,
        "{\"associatedIndicators\": {\"data\": [{\"type\": \"Host\", \"hostName\": \"badguy.com\","
            + " \"ownerName\": \"Demo Source\"}]},"
            + " \"associatedGroups\": {\"data\": [{\"id\": " + twinA + "}]}}"));
    long caseId =
        client.post(
                "/v3/cases",
                "{\"name\": \"Phishing\", \"severity\": \"High\", \"status\": \"Open\","
                    + " \"tags\": {\"data\": [{\"name\": \"Triage\"}]}}")
            .id();
    long artifact =
        client.post(
                "/v3/artifacts",
                "{\"caseId\": " + caseId + ", \"summary\": \"badguy@bad.com\", \"type\": \"Email Address\"}")
            .id();
    ok(client.put(
        "/v3/artifacts/" + artifact,
        "{\"associatedGroups\": {\"data\": [{\"id\": " + twinA + "}]}}"));
    long victim = client.post("/v3/victims", "{\"name\": \"Bob\"}").id();
    long asset =
        client.post("/v3/victimAssets", "{\"type\": \"Phone\", \"phone\": \"0123\", \"victimId\": " + victim + "}")
            .id();
    ok(client.put("/v3/groups/" + twinB, "{\"associatedVictimAssets\": {\"data\": [{\"id\": " + asset + "}]}}"));
    ok(client.put("/v3/victims/" + victim, "{\"associatedGroups\": {\"data\": [{\"id\": " + named + "}]}}"));
  }

  private static void ok(Response response) {
    assertEquals(200, response.status(), response::toString);
  }

  @Test
  void exportResetLoadExportGivesTheSameDocument(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    world(client);
    String first = sandbox.exportJson();
    // Objects name each other by summary, xid, name or key, never by id.
    assertFalse(first.contains("\"id\""), first);
    assertFalse(first.contains("\"caseId\""), first);
    assertTrue(first.contains("\"key\" : \"groups-"), first);

    sandbox.reset();
    sandbox.loadJson(first);

    assertEquals(parse(first), parse(sandbox.exportJson()));
    // And the API sees the reloaded world: the Source's Host linked to the named Adversary.
    JsonNode group = client.get("/v3/groups/adv-1?owner=Demo%20Organization&fields=associatedIndicators&fields=tags").data();
    assertEquals("badguy.com", group.path("associatedIndicators").path("data").get(0).path("summary").asText());
    assertEquals("Demo Source", group.path("associatedIndicators").path("data").get(0).path("ownerName").asText());
    assertEquals("APT", group.path("tags").path("data").get(0).path("name").asText());
    JsonNode asn = client.get("/v3/indicators/ASN204288?fields=associatedIndicators").data();
    assertEquals("66.96.146.129", asn.path("associatedIndicators").path("data").get(0).path("summary").asText());
  }

  @Test
  void aFileRoundTripsAndLoadsAddToWhatIsThere(Sandbox sandbox, @TempDir Path dir) throws Exception {
    TestClient client = new TestClient(sandbox);
    world(client);
    Path file = dir.resolve("world.json");
    sandbox.export(file);
    sandbox.reset();
    sandbox.load(file);
    assertEquals(parse(Files.readString(file)), parse(sandbox.exportJson()));
    assertEquals(3, client.get("/v3/groups?count=true").body().path("count").asInt());
  }

  @Test
  void aRefusedObjectLoadsNothingAndIsNamed(Sandbox sandbox) {
    String fixture =
        "{\"objects\": ["
            + "{\"endpoint\": \"groups\", \"fields\": {\"type\": \"Adversary\", \"name\": \"Fine\"}},"
            + "{\"endpoint\": \"indicators\", \"fields\": {\"type\": \"Host\"}}"
            + "]}";
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> sandbox.loadJson(fixture));
    assertTrue(refused.getMessage().startsWith("fixture objects[1]: "), refused.getMessage());
    assertEquals(0, new TestClient(sandbox).get("/v3/groups?count=true").body().path("count").asInt());
  }

  /** victims row of associations.rst L17-57: a Victim associates Groups of its own owner only. */
  @Test
  void associationsAreCheckedAsThePutWouldBe(Sandbox sandbox) {
    String fixture =
        "{\"objects\": ["
            + "{\"endpoint\": \"groups\", \"owner\": \"Demo Source\", \"fields\": {\"type\": \"Adversary\", \"name\": \"Far\"}},"
            + "{\"endpoint\": \"victims\", \"fields\": {\"name\": \"Bob\"},"
            + " \"associations\": {\"associatedGroups\": [{\"name\": \"Far\"}]}}"
            + "]}";
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> sandbox.loadJson(fixture));
    assertTrue(refused.getMessage().startsWith("fixture objects[1] associations: "), refused.getMessage());
    assertTrue(refused.getMessage().contains("does not accept associations across owners"), refused.getMessage());
  }

  @Test
  void ambiguousAndUnknownRefsAreRefused(Sandbox sandbox) {
    String twins =
        "{\"objects\": ["
            + "{\"endpoint\": \"groups\", \"fields\": {\"type\": \"Campaign\", \"name\": \"Twin\"}},"
            + "{\"endpoint\": \"groups\", \"fields\": {\"type\": \"Campaign\", \"name\": \"Twin\"}},"
            + "{\"endpoint\": \"indicators\", \"fields\": {\"type\": \"Host\", \"hostName\": \"a.example\"},"
            + " \"associations\": {\"associatedGroups\": [{\"name\": \"Twin\"}]}}"
            + "]}";
    assertEquals(
        "fixture objects[2] associations: associatedGroups: {\"name\":\"Twin\"} names 2 Groups;"
            + " add owner, type or a key",
        assertThrows(IllegalArgumentException.class, () -> sandbox.loadJson(twins)).getMessage());
    String unknown =
        "{\"objects\": [{\"endpoint\": \"artifacts\", \"parent\": {\"xid\": \"nope\"},"
            + " \"fields\": {\"summary\": \"s\", \"type\": \"Host\"}}]}";
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> sandbox.loadJson(unknown))
            .getMessage()
            .startsWith("fixture objects[0]: parent: {\"xid\":\"nope\"} names no Case"));
    String keyed =
        "{\"objects\": ["
            + "{\"endpoint\": \"groups\", \"key\": \"first\", \"fields\": {\"type\": \"Campaign\", \"name\": \"Twin\"}},"
            + "{\"endpoint\": \"groups\", \"fields\": {\"type\": \"Campaign\", \"name\": \"Twin\"}},"
            + "{\"endpoint\": \"indicators\", \"fields\": {\"type\": \"Host\", \"hostName\": \"a.example\"},"
            + " \"associations\": {\"associatedGroups\": [{\"key\": \"first\"}]}}"
            + "]}";
    sandbox.loadJson(keyed);
    JsonNode host = new TestClient(sandbox).get("/v3/indicators/a.example?fields=associatedGroups").data();
    assertEquals(Set.of(1L), Fixtures.ids(host.path("associatedGroups")));
  }

  /** FIXTURES.md's example loads, and names what it says it names. */
  @Test
  void theDocumentedExampleLoads(Sandbox sandbox) throws Exception {
    String doc = Files.readString(Path.of("FIXTURES.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    sandbox.loadJson(doc.substring(start, doc.indexOf("```", start)));
    TestClient client = new TestClient(sandbox);
    JsonNode asn = client.get("/v3/indicators/ASN204288?fields=associatedIndicators&fields=associatedGroups").data();
    assertEquals("66.96.146.129", asn.path("associatedIndicators").path("data").get(0).path("summary").asText());
    assertEquals("Bad Guy", asn.path("associatedGroups").path("data").get(0).path("name").asText());
    JsonNode artifact = client.get("/v3/artifacts?fields=associatedGroups").data().get(0);
    assertEquals(client.get("/v3/cases").data().get(0).path("id").asLong(), artifact.path("caseId").asLong());
    assertEquals("Bad Guy", artifact.path("associatedGroups").path("data").get(0).path("name").asText());
  }

  private static JsonNode parse(String text) {
    try {
      return TestClient.JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
