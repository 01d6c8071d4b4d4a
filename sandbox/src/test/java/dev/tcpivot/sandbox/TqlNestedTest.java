package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nested queries (tql-keywords.md: "a nested query is written hasGroup(<query over Groups>)") in
 * both directions of an association and through parents and children, to any depth; keywords
 * that read associations; tags, security labels and attributes as nested types; {@code count=true}
 * (v3/return_count.rst) and {@code OPTIONS /v3/{type}/tql} (v3/filter_results.rst L37-183).
 */
class TqlNestedTest {
  private static Sandbox sandbox;
  private static TestClient client;
  private static TqlQueries tql;
  private static long g1;
  private static long g2;
  private static long g3;
  private static long i1;
  private static long i2;
  private static long i3;
  private static long i4;
  private static long victim;
  private static long asset;
  private static long theCase;
  private static long artifact;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = new TestClient(sandbox);
    tql = new TqlQueries(client);
    g1 =
        post(
            "/v3/groups",
            "{\"type\": \"Adversary\", \"name\": \"Alpha Group\", \"tags\": {\"data\": [{\"name\":"
                + " \"APT\"}]}, \"attributes\": {\"data\": [{\"type\": \"Description\", \"value\":"
                + " \"first seen in spring\"}]}}");
    g2 = post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Beta\"}");
    g3 = post("/v3/groups", "{\"type\": \"Incident\", \"name\": \"Gamma\"}");
    i1 =
        post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"one.example\", \"associatedGroups\": {\"data\":"
                + " [{\"id\": " + g1 + "}]}, \"tags\": {\"data\": [{\"name\": \"APT\"}]},"
                + " \"securityLabels\": {\"data\": [{\"name\": \"TLP:RED\"}]}, \"attributes\":"
                + " {\"data\": [{\"type\": \"Description\", \"value\": \"a phishing host\"}]}}");
    i2 =
        post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"two.example\", \"associatedGroups\": {\"data\":"
                + " [{\"id\": " + g1 + "}]}, \"tags\": {\"data\": [{\"name\": \"apt\"}]}}");
    i3 =
        post(
            "/v3/indicators",
            "{\"type\": \"Address\", \"ip\": \"192.0.2.3\", \"associatedGroups\": {\"data\":"
                + " [{\"id\": " + g1 + "}, {\"id\": " + g2 + "}]}}");
    i4 = post("/v3/indicators", "{\"type\": \"Host\", \"hostName\": \"four.example\"}");
    put("/v3/groups/" + g1, "{\"associatedGroups\": {\"data\": [{\"id\": " + g2 + "}]}}");
    victim =
        post(
            "/v3/victims",
            "{\"name\": \"Victim One\", \"associatedGroups\": {\"data\": [{\"id\": " + g2 + "}]},"
                + " \"assets\": {\"data\": [{\"type\": \"EmailAddress\", \"address\":"
                + " \"v@example.com\"}]}}");
    asset = tql.ids("victimAssets", "victimId = " + victim).get(0);
    theCase =
        post(
            "/v3/cases",
            "{\"name\": \"Case One\", \"severity\": \"High\", \"status\": \"Open\","
                + " \"associatedIndicators\": {\"data\": [{\"id\": " + i4 + "}]}, \"artifacts\":"
                + " {\"data\": [{\"summary\": \"evil.example\", \"type\": \"Host\"}]}}");
    artifact = tql.ids("artifacts", "caseId = " + theCase).get(0);
    put("/v3/artifacts/" + artifact, "{\"associatedGroups\": {\"data\": [{\"id\": " + g3 + "}]}}");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static long post(String path, String body) {
    Response created = client.post(path, body);
    assertEquals(201, created.status(), created::toString);
    return created.id();
  }

  private static void put(String path, String body) {
    Response updated = client.put(path, body);
    assertEquals(200, updated.status(), updated::toString);
  }

  private static List<Long> ids(String endpoint, String query) {
    return tql.ids(endpoint, query);
  }

  /** An Indicator's Groups and a Group's Indicators: one association, seen from both sides. */
  @Test
  void bothDirectionsOfAnAssociation() {
    assertEquals(List.of(i1, i2, i3), ids("indicators", "hasGroup(id = " + g1 + ")"));
    assertEquals(List.of(i3), ids("indicators", "hasGroup(summary = \"Beta\")"));
    assertEquals(List.of(g1), ids("groups", "hasIndicator(summary = \"one.example\")"));
    assertEquals(List.of(g1, g2), ids("groups", "hasIndicator(id = " + i3 + ")"));
    assertEquals(List.of(g2), ids("groups", "hasGroup(id = " + g1 + ")"));
    assertEquals(List.of(g1), ids("groups", "hasGroup(id = " + g2 + ")"));
    assertEquals(List.of(i1, i2, i3), ids("indicators", "associatedGroup = " + g1));
    assertEquals(List.of(g1, g2), ids("groups", "associatedIndicator = " + i3));
    // An id names an object of the endpoint only, though the inner query found a Group of that id.
    assertEquals(List.of(i1, i2, i3), ids("indicators", "hasGroup(hasGroup(id = " + g2 + ")) OR id = " + g1));
  }

  /** hasGroup(hasIndicator(hasGroup(...))): three levels, each over its own type. */
  @Test
  void threeLevelsDeep() {
    // Beta's Indicators: 192.0.2.3; its Groups: Alpha Group and Beta; their Indicators: 1, 2, 3.
    assertEquals(
        List.of(i1, i2, i3),
        ids("indicators", "hasGroup(hasIndicator(hasGroup(summary = \"Beta\")))"));
    assertEquals(
        List.of(i3),
        ids(
            "indicators",
            "hasGroup(hasIndicator(hasGroup(summary = \"Beta\")) AND typeName = \"Campaign\")"));
    assertEquals(
        List.of(victim), ids("victims", "hasGroup(hasGroup(hasIndicator(summary = \"two.example\")))"));
  }

  /** Nested queries combine with AND, OR and parentheses like any clause. */
  @Test
  void nestedQueriesCombine() {
    assertEquals(
        List.of(i1, i2, i4),
        ids("indicators", "hasGroup(id = " + g1 + ") AND typeName = \"Host\" OR summary = \"four.example\""));
    assertEquals(
        List.of(i3),
        ids("indicators", "hasGroup(id = " + g1 + ") AND (hasGroup(id = " + g2 + ") OR id = 0)"));
    assertEquals(List.of(i4), ids("indicators", "hasCase(id > 0)"));
    assertEquals(List.of(i3, i4), ids("indicators", "(hasCase(id > 0)) OR (hasGroup(typeName = \"Campaign\"))"));
  }

  /** Victims and their Assets, Cases and their Artifacts: parent and child relate both ways. */
  @Test
  void parentsAndChildren() {
    assertEquals(List.of(victim), ids("victims", "hasVictimAsset(summary = \"v@example.com\")"));
    assertEquals(List.of(asset), ids("victimAssets", "hasVictim(name = \"Victim One\")"));
    assertEquals(List.of(asset), ids("victimAssets", "victimName = \"victim one\""));
    assertEquals(List.of(theCase), ids("cases", "hasArtifact(summary = \"evil.example\")"));
    assertEquals(List.of(artifact), ids("artifacts", "hasCase(name = \"Case One\")"));
    assertEquals(List.of(artifact), ids("artifacts", "hasGroup(summary = \"Gamma\")"));
    assertEquals(List.of(g3), ids("groups", "hasArtifact(typeName = \"Host\")"));
    assertEquals(List.of(i4), ids("indicators", "hasCase(hasArtifact(summary CONTAINS \"evil\"))"));
    assertEquals(List.of(victim), ids("victims", "hasGroup(id = " + g2 + ")"));
    assertEquals(List.of(g2), ids("groups", "hasVictim(summary = \"Victim One\")"));
  }

  /**
   * Tags and security labels are nested types whose items an object holds; a Tag's name is case
   * sensitive and its summary is not (filter_results.rst L145-172); a tag relates to every object
   * that holds one of its name.
   */
  @Test
  void tagsLabelsAndAttributes() {
    assertEquals(List.of(i1), ids("indicators", "hasTag(name = \"APT\")"));
    assertEquals(List.of(i1, i2), ids("indicators", "hasTag(summary = \"APT\")"));
    assertEquals(List.of(i1), ids("indicators", "hasTag(hasGroup(id = " + g1 + "))"));
    assertEquals(List.of(i1), ids("indicators", "hasTag(associatedGroup = " + g1 + ")"));
    assertEquals(List.of(i1), ids("indicators", "hasSecurityLabel(name = \"TLP:RED\")"));
    assertEquals(List.of(), ids("indicators", "hasSecurityLabel(name = \"TLP:AMBER\")"));
    assertEquals(
        List.of(i1),
        ids("indicators", "hasAttribute(typeName = \"Description\" AND text CONTAINS \"phishing\")"));
    assertEquals(List.of(i1), ids("indicators", "hasAttribute(indicatorId = " + i1 + ")"));
    assertEquals(List.of(g1), ids("groups", "hasAttribute(hasGroup(summary = \"Alpha Group\"))"));
    assertEquals(List.of(g1), ids("groups", "hasTag(hasIndicator(summary = \"one.example\"))"));
  }

  /** Notes and Tasks: the sandbox holds none on these objects, so nothing matches. */
  @Test
  void notesAndTasksMatchNothing() {
    assertEquals(List.of(), ids("artifacts", "hasNote(summary IS NOT NULL)"));
    assertEquals(List.of(), ids("cases", "hasTask(name IS NOT NULL) OR hasNote(id > 0)"));
  }

  /** return_count.rst L4-56: count is the number of matches, and absent once resultStart is above 0. */
  @Test
  void countWithTql() {
    String query = TqlQueries.encode("hasGroup(id = " + g1 + ")");
    Response first = client.get("/v3/indicators?count=true&resultLimit=2&tql=" + query);
    assertEquals(3, first.body().path("count").asInt(), first::toString);
    assertEquals(2, first.data().size());
    Response second = client.get("/v3/indicators?count=true&resultStart=2&resultLimit=2&tql=" + query);
    assertEquals(1, second.data().size(), second::toString);
    assertFalse(second.body().has("count"), second::toString);
    assertEquals(
        0,
        client.get("/v3/indicators?count=true&tql=" + TqlQueries.encode("id = 0")).body().path("count").asInt());
  }

  /**
   * filter_results.rst L37-183: each keyword of the endpoint's rows of the TQL table, with its name
   * and type, and the count. The sandbox holds no display names, so name is the keyword (as for
   * associatedCase, L59-61); a nested query is typed Integer, named and described as L109-131 does.
   */
  @Test
  void optionsListsTheTableKeywords() {
    for (ObjectType object : Fixtures.SPEC.objects()) {
      QueryType type = Fixtures.SPEC.queryType(object).orElseThrow();
      Response answer = client.options("/v3/" + object.endpointName() + "/tql");
      assertEquals(200, answer.status(), answer::toString);
      assertEquals("Success", answer.body().path("status").asText());
      assertEquals(type.keywords().size(), answer.body().path("count").asInt());
      JsonNode data = answer.data();
      assertEquals(type.keywords().size(), data.size());
      for (int i = 0; i < data.size(); i++) {
        TqlKeyword keyword = type.keywords().get(i);
        JsonNode item = data.get(i);
        assertEquals(keyword.name(), item.path("keyword").asText());
        if (keyword.nested()) {
          assertEquals("Integer", item.path("type").asText());
        } else {
          assertEquals(keyword.name(), item.path("name").asText());
          assertEquals(keyword.type().tableName(), item.path("type").asText());
        }
      }
    }
    JsonNode hasVictimAsset = find(client.options("/v3/groups/tql").data(), "hasVictimAsset");
    assertEquals("Associated Victim Asset", hasVictimAsset.path("name").asText());
    assertEquals(
        "A nested query for association to other victim assets",
        hasVictimAsset.path("description").asText());
    assertEquals("Integer", find(client.options("/v3/indicators/tql").data(), "confidence").path("type").asText());
  }

  private static JsonNode find(JsonNode data, String keyword) {
    for (JsonNode item : data) {
      if (item.path("keyword").asText().equals(keyword)) {
        return item;
      }
    }
    throw new AssertionError("no " + keyword + " in " + data);
  }
}
