package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /v3/intelRequirements/categories}, {@code /subtypes} and {@code /results} over raw HTTP:
 * the docs' examples, the list envelope, paging and tql.
 */
@ExtendWith(SandboxExtension.class)
class IntelRequirementListsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestClient client;

  IntelRequirementListsTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  /** v3/intelligence_requirement_categories/retrieve.rst L13-34: the whole response. */
  @Test
  void categoriesAreThoseOfTheDocs() throws Exception {
    Response all = client.get("/v3/intelRequirements/categories");
    assertEquals(200, all.status(), all::toString);
    assertEquals(
        JSON.readTree(
            "{\"data\": [{\"id\": 1, \"name\": \"Nation State\", \"description\": \"IRs related to"
                + " Nation State threat actors\"}, {\"id\": 2, \"name\": \"Hacktivist\","
                + " \"description\": \"IRs related to hacktivists\"}], \"count\": 2, \"status\":"
                + " \"Success\"}"),
        all.body());
    assertEquals(List.of("data", "count", "status"), keys(all.body()));
  }

  /** categories/retrieve.rst L53-66: one category by id; an unknown id is not found. */
  @Test
  void oneCategoryById() throws Exception {
    Response one = client.get("/v3/intelRequirements/categories/1");
    assertEquals(200, one.status(), one::toString);
    assertEquals(
        JSON.readTree(
            "{\"data\": {\"id\": 1, \"name\": \"Nation State\", \"description\": \"IRs related to"
                + " Nation State threat actors\"}, \"status\": \"Success\"}"),
        one.body());
    Response missing = client.get("/v3/intelRequirements/categories/99");
    assertEquals(404, missing.status(), missing::toString);
    assertEquals("Error", missing.body().path("status").asText());
  }

  /** v3/intelligence_requirement_subtypes/retrieve.rst L13-49: the five subtypes in order. */
  @Test
  void subtypesAreThoseOfTheDocs() {
    Response all = client.get("/v3/intelRequirements/subtypes");
    assertEquals(200, all.status(), all::toString);
    assertEquals(5, all.body().path("count").asInt());
    assertEquals("Success", all.body().path("status").asText());
    assertEquals(
        List.of(
            "Intelligence Requirement (IR)",
            "Priority Intelligence Requirement (PIR)",
            "Specific Intelligence Requirement (SIR)",
            "Request for Information (RFI)",
            "Research Requirement (RR)"),
        names(all.data()));
    assertEquals(
        "Facts associated with threat activity, such as indicators of compromise (IOCs)",
        all.data().get(2).path("description").asText());
    assertEquals(List.of("id", "name", "description"), keys(all.data().get(0)));
  }

  /** subtypes/retrieve.rst L68-81: subtype 2 by id. */
  @Test
  void oneSubtypeById() {
    Response one = client.get("/v3/intelRequirements/subtypes/2");
    assertEquals(200, one.status(), one::toString);
    assertEquals(2, one.data().path("id").asInt());
    assertEquals("Priority Intelligence Requirement (PIR)", one.data().path("name").asText());
    assertEquals(
        "Threat actor motives; tactics, techniques, and procedures (TTPs); targets; impacts; or"
            + " attributions in association with IRs",
        one.data().path("description").asText());
    assertEquals(404, client.get("/v3/intelRequirements/subtypes/6").status());
  }

  /**
   * endpoint_options.rst L16-22 of both: tql over description, id and name (tql-keywords.md
   * L306-308, L345-347); an unknown keyword is refused.
   */
  @Test
  void categoriesAndSubtypesFilteredWithTql() {
    Response nation =
        client.get(
            "/v3/intelRequirements/categories?tql=" + TqlQueries.encode("name = \"Hacktivist\""));
    assertEquals(200, nation.status(), nation::toString);
    assertEquals(List.of("Hacktivist"), names(nation.data()));
    assertEquals(1, nation.body().path("count").asInt());
    Response ids =
        client.get("/v3/intelRequirements/subtypes?tql=" + TqlQueries.encode("id >= 4"));
    assertEquals(
        List.of("Request for Information (RFI)", "Research Requirement (RR)"), names(ids.data()));
    Response described =
        client.get(
            "/v3/intelRequirements/subtypes?tql="
                + TqlQueries.encode("description contains \"IOCs\""));
    assertEquals(List.of("Specific Intelligence Requirement (SIR)"), names(described.data()));
    Response bad =
        client.get("/v3/intelRequirements/subtypes?tql=" + TqlQueries.encode("summary = \"x\""));
    assertEquals(400, bad.status(), bad::toString);
  }

  /** enable_pagination.rst: resultStart/resultLimit page these lists as others, with next. */
  @Test
  void subtypesArePaged() {
    Response first = client.get("/v3/intelRequirements/subtypes?resultLimit=2");
    assertEquals(2, first.data().size());
    assertTrue(first.body().path("next").asText().contains("resultStart=2"), first::toString);
    Response last = client.get("/v3/intelRequirements/subtypes?resultStart=4&resultLimit=2");
    assertEquals(List.of("Research Requirement (RR)"), names(last.data()));
    assertFalse(last.body().has("next"));
  }

  /** endpoint_options.rst L7 of both: read-only; OPTIONS .../tql lists the keywords (L22). */
  @Test
  void categoriesAndSubtypesAreReadOnly() {
    assertEquals(405, client.post("/v3/intelRequirements/categories", "{}").status());
    assertEquals(405, client.put("/v3/intelRequirements/subtypes/1", "{}").status());
    assertEquals(405, client.delete("/v3/intelRequirements/categories/1").status());
    Response keywords = client.options("/v3/intelRequirements/categories/tql");
    assertEquals(200, keywords.status(), keywords::toString);
    List<String> names = new ArrayList<>();
    keywords.data().forEach(k -> names.add(k.path("keyword").asText(k.path("name").asText())));
    assertTrue(names.containsAll(List.of("description", "id", "name")), names::toString);
  }

  /**
   * The sandbox computes no results: the API matches an IR's keyword query against ThreatConnect's
   * data and the global community (intelligence_requirement_results.rst L5), which the sandbox
   * does not hold. So the list is always empty, in the envelope of retrieve.rst L19-51, also for
   * the IR's own resultsLink (tql=intelReqId=N, API-FACTS.md §12) and the hint's isArchived
   * (retrieve.rst L54).
   */
  @Test
  void resultsAreAlwaysEmpty() {
    for (String query :
        List.of("", "?tql=intelReqId%3D1", "?tql=isArchived%20%3D%20true", "?resultLimit=5")) {
      Response results = client.get("/v3/intelRequirements/results" + query);
      assertEquals(200, results.status(), results::toString);
      assertTrue(results.data().isArray());
      assertEquals(0, results.data().size());
      assertEquals("Success", results.body().path("status").asText());
      assertFalse(results.body().has("next"));
    }
    // tql-keywords.md L328-344 has no keyword "name", so the query is refused.
    Response bad =
        client.get("/v3/intelRequirements/results?tql=" + TqlQueries.encode("name = \"x\""));
    assertEquals(400, bad.status(), bad::toString);
  }

  /**
   * retrieve.rst L65, update.rst L22, delete.rst L10: a result by id; since none exist, GET, PUT
   * and DELETE of any id are 404 with the error envelope.
   */
  @Test
  void noResultIsFound() {
    for (Response response :
        List.of(
            client.get("/v3/intelRequirements/results/2"),
            client.put("/v3/intelRequirements/results/10", "{\"archived\": true}"),
            client.delete("/v3/intelRequirements/results/14"))) {
      assertEquals(404, response.status(), response::toString);
      assertEquals("Error", response.body().path("status").asText());
    }
    assertEquals(405, client.post("/v3/intelRequirements/results", "{}").status());
  }

  /**
   * The docs do not say what the API answers to a subtype or category id that is not among those
   * the lists serve (intelligence_requirements/schemas.rst L20-22, L33-34 only point to the lists),
   * and create.rst L14-16 itself names a category, "CISO Priorities", absent from the categories
   * example: the sandbox accepts both, on create and on update.
   */
  @Test
  void aSubtypeOrCategoryOutsideTheListsIsAccepted() {
    Response created =
        client.post(
            "/v3/intelRequirements",
            "{\"category\": {\"name\": \"CISO Priorities\"}, \"keywordSections\":"
                + " [{\"compareValue\": \"includes\", \"keywords\": [{\"value\": \"healthcare\"}],"
                + " \"sectionNumber\": 0}], \"requirementText\": \"Outside the lists\","
                + " \"subtype\": {\"id\": 99}, \"uniqueId\": \"IR-099\"}");
    assertEquals(201, created.status(), created::toString);
    // create.rst L110: the IR's resultsLink names the results of its id, on the web root.
    assertEquals(
        "/v3/intelRequirements/results?tql=intelReqId=" + created.id(),
        created.data().path("resultsLink").asText().replaceFirst("^http://[^/]+", ""));
    Response results =
        client.get("/v3/intelRequirements/results?tql=intelReqId%3D" + created.id());
    assertEquals(200, results.status(), results::toString);
    assertEquals(0, results.data().size());
    Response updated =
        client.put(
            "/v3/intelRequirements/" + created.id(),
            "{\"subtype\": {\"id\": 42}, \"category\": {\"id\": 77}}");
    assertEquals(200, updated.status(), updated::toString);
  }

  private static List<String> names(JsonNode data) {
    List<String> names = new ArrayList<>();
    data.forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
