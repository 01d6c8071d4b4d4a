package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists: paging (v3/enable_pagination.rst), count (v3/return_count.rst) and TQL
 * (v3/filter_results.rst).
 */
class ListingTest {
  private static final int VICTIMS = 25;
  private static Sandbox sandbox;
  private static TestClient client;
  private static final List<Long> victims = new ArrayList<>();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = new TestClient(sandbox);
    for (int i = 0; i < VICTIMS; i++) {
      victims.add(
          client.post("/v3/victims?owner=Demo%20Source", "{\"name\": \"Victim " + i + "\"}").id());
    }
    client.post("/v3/indicators", "{\"type\": \"Host\", \"hostName\": \"tql.example\"}");
    client.post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"10.0.0.1\"}");
    client.post("/v3/indicators", "{\"type\": \"URL\", \"text\": \"http://tql.example/\"}");
    client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Needle\"}");
    client.post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Needle\"}");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<Long> ids(JsonNode data) {
    List<Long> ids = new ArrayList<>();
    data.forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  /**
   * L40-92: resultStart/resultLimit, next at the top while items remain, prev when start is not 0.
   */
  @Test
  void pagesFollowNextAndPrev() {
    String base = sandbox.baseUrl();
    Response first = client.get("/v3/victims?owner=Demo%20Source&resultLimit=10");
    assertEquals(ids(first.data()), victims.subList(0, 10));
    assertEquals(
        base + "/v3/victims?owner=Demo%20Source&resultStart=10&resultLimit=10",
        first.body().path("next").asText());
    assertFalse(first.body().has("prev"));
    assertFalse(first.body().has("count"));
    assertEquals("next", first.body().fieldNames().next(), "next comes first");

    Response second = client.get(first.body().path("next").asText().substring(base.length()));
    assertEquals(victims.subList(10, 20), ids(second.data()));
    assertEquals(
        base + "/v3/victims?owner=Demo%20Source&resultStart=0&resultLimit=10",
        second.body().path("prev").asText());

    Response last = client.get(second.body().path("next").asText().substring(base.length()));
    assertEquals(victims.subList(20, 25), ids(last.data()));
    assertFalse(last.body().has("next"));
    assertEquals(
        base + "/v3/victims?owner=Demo%20Source&resultStart=10&resultLimit=10",
        last.body().path("prev").asText());
  }

  /** L18-28: defaults are start 0 and limit 100. */
  @Test
  void defaultsReturnEverythingUnderOneHundred() {
    Response all = client.get("/v3/victims?owner=Demo%20Source");
    assertEquals(victims, ids(all.data()));
    assertFalse(all.body().has("next"));
    assertFalse(all.body().has("prev"));
  }

  /** return_count.rst L4-56: count only with count=true, and not once resultStart is above 0. */
  @Test
  void countOnlyOnTheFirstPage() {
    assertEquals(
        VICTIMS,
        client
            .get("/v3/victims?owner=Demo%20Source&count=true&resultLimit=5")
            .body()
            .path("count")
            .asInt());
    assertFalse(
        client.get("/v3/victims?count=true&resultStart=5&resultLimit=5").body().has("count"));
    assertFalse(client.get("/v3/victims?count=false").body().has("count"));
  }

  /** enable_pagination.rst L25: resultLimit is at most 10000. */
  @Test
  void resultLimitIsCapped() {
    AuthTest.assertError(
        client.get("/v3/victims?resultLimit=10001"),
        400,
        "resultLimit must not exceed 10000 (was 10001)");
    assertEquals(200, client.get("/v3/victims?resultLimit=10000").status());
    assertEquals(400, client.get("/v3/victims?resultStart=-1").status());
    assertEquals(400, client.get("/v3/victims?resultLimit=ten").status());
  }

  private List<String> summaries(String encodedTql) {
    Response response = client.get("/v3/indicators?tql=" + encodedTql);
    assertEquals(200, response.status(), response::toString);
    List<String> summaries = new ArrayList<>();
    response.data().forEach(i -> summaries.add(i.path("summary").asText()));
    return summaries;
  }

  /** summary, typeName and id with EQ, = or IN, joined by AND (filter_results.rst L193-208). */
  @Test
  void tqlFiltersBySummaryTypeNameAndId() {
    assertEquals(List.of("tql.example"), summaries("summary%20EQ%20%22tql.example%22"));
    assertEquals(List.of("tql.example"), summaries("summary%20eq%20%22TQL.example%22"));
    assertEquals(List.of("10.0.0.1"), summaries("typeName%20%3D%20%22Address%22"));
    assertEquals(
        List.of("tql.example", "10.0.0.1"),
        summaries("typeName%20in%20(%22Address%22%2C%20%22Host%22)"));
    assertEquals(
        List.of(), summaries("typeName%20EQ%20%22Host%22%20AND%20summary%20EQ%20%2210.0.0.1%22"));
    assertEquals(
        List.of("10.0.0.1"),
        summaries("typeName%20EQ%20%22Address%22%20and%20summary%20EQ%20%2210.0.0.1%22"));
    long id = client.get("/v3/indicators/10.0.0.1").id();
    assertEquals(List.of("10.0.0.1"), summaries("id%20EQ%20" + id));
    Response groups =
        client.get(
            "/v3/groups?tql=summary%20EQ%20%22Needle%22%20and%20typeName%20EQ%20%22Campaign%22");
    assertEquals(1, groups.data().size());
    assertEquals("Campaign", groups.data().get(0).path("type").asText());
  }

  /**
   * Queries beyond the first subset: comparisons, text operators, OR and nested queries are TQL
   * (tql-keywords.md, "Operators"); TqlGrammarTest covers each.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "rating%20%3E%3D%204",
        "hasGroup(id%3D12)",
        "summary%20CONTAINS%20%22x%22",
        "summary%20EQ%20%22a%22%20or%20summary%20EQ%20%22b%22"
      })
  void fullTqlIsAccepted(String tql) {
    Response accepted = client.get("/v3/indicators?tql=" + tql);
    assertEquals(200, accepted.status(), accepted::toString);
  }

  /** Broken syntax and keywords the endpoint lacks are 400s that say where and what. */
  @Test
  void brokenTqlIsRefused() {
    AuthTest.assertError(
        client.get("/v3/indicators?tql=summary%20EQ"),
        400,
        "Invalid TQL at the end of the query: summary is a String keyword: expected a string in"
            + " double quotes, not the end of the query");
    AuthTest.assertError(
        client.get("/v3/indicators?tql=dnsActive%20EQ%20true"),
        400,
        "Invalid TQL at character 1 ('dnsActive'): 'dnsActive' is not a TQL keyword of"
            + " /v3/indicators (OPTIONS /v3/indicators/tql lists them)");
  }

  /** A TQL keyword the endpoint does not take (tql-keywords.md: /v3/indicators has no name). */
  @Test
  void tqlFieldMustExistOnTheEndpoint() {
    AuthTest.assertError(
        client.get("/v3/indicators?tql=name%20EQ%20%22x%22"),
        400,
        "Invalid TQL at character 1 ('name'): 'name' is not a TQL keyword of /v3/indicators"
            + " (OPTIONS /v3/indicators/tql lists them)");
  }

  /** Lists honour fields too (v3/additional_fields.rst). */
  @Test
  void listsIncludeRequestedAssociations() {
    long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Listed\"}").id();
    long victim =
        client
            .post(
                "/v3/victims",
                "{\"name\": \"Linked\", \"associatedGroups\": {\"data\": [{\"id\": "
                    + group
                    + "}]}}")
            .id();
    Response list = client.get("/v3/victims?fields=associatedGroups&tql=id%20EQ%20" + victim);
    assertEquals(Set.of(group), Fixtures.ids(list.data().get(0).path("associatedGroups")));
  }
}
