package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Create, read, update and delete on every endpoint and every type, over HTTP. */
@ExtendWith(SandboxExtension.class)
class CrudTest {
  private final TestClient client;
  private final Fixtures fixtures;

  CrudTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<Arguments> everyType() {
    List<Arguments> cases = new ArrayList<>();
    for (ObjectType endpoint : Fixtures.SPEC.objects()) {
      for (String type : Fixtures.types(endpoint)) {
        cases.add(Arguments.of(endpoint, type));
      }
    }
    return cases.stream();
  }

  /**
   * POST answers 201 with the Created envelope, GET 200 with the same object, DELETE 200 with the
   * Deleted envelope, and the object is gone afterwards (v3/indicators/create.rst L98-125,
   * v3/indicators/delete.rst, v3/http_status_codes.rst).
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyType")
  void createGetDelete(ObjectType endpoint, String type) {
    ObjectNode body = fixtures.minimal(endpoint, type);
    Response created = client.post(Fixtures.path(endpoint), body);
    assertEquals(201, created.status(), created::toString);
    assertEquals("Created", created.message());
    assertEquals("Success", created.body().path("status").asText());
    long id = created.id();
    assertTrue(id > 0);
    for (BodyField field : Fixtures.requiredFields(endpoint, type)) {
      assertEquals(
          body.get(field.name()).asText(),
          created.data().path(field.name()).asText(),
          field.name());
    }

    Response got = client.get(Fixtures.path(endpoint) + "/" + id);
    assertEquals(200, got.status(), got::toString);
    assertEquals(created.data(), got.data());
    assertEquals("Success", got.body().path("status").asText());
    assertTrue(got.body().path("message").isMissingNode());

    Response deleted = client.delete(Fixtures.path(endpoint) + "/" + id);
    assertEquals(200, deleted.status(), deleted::toString);
    assertEquals(
        TestClient.json("{\"message\":\"Deleted\",\"status\":\"Success\"}"), deleted.body());
    assertEquals(404, client.get(Fixtures.path(endpoint) + "/" + id).status());
  }

  /** PUT answers 200 with "Updated" and the changed object (v3/indicators/update.rst). */
  @Test
  void updateChangesAnUpdatableField() {
    ObjectType cases = Fixtures.endpoint("cases");
    long id = fixtures.create(cases);
    Response updated = client.put("/v3/cases/" + id, "{\"name\": \"Renamed\"}");
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("Updated", updated.message());
    assertEquals("Renamed", updated.data().path("name").asText());
    assertEquals("Renamed", client.get("/v3/cases/" + id).data().path("name").asText());
  }

  /** Response keys of an Indicator, as in v3/indicators/create.rst L102-125. */
  @Test
  void indicatorsCarryTheDocumentedKeys(Sandbox sandbox) {
    Response created =
        client.post("/v3/indicators", "{\"type\": \"Host\", \"hostName\": \"keys.example\"}");
    JsonNode data = created.data();
    for (String key :
        List.of(
            "id",
            "ownerId",
            "ownerName",
            "dateAdded",
            "lastModified",
            "type",
            "summary",
            "webLink",
            "rating",
            "confidence",
            "privateFlag",
            "active",
            "activeLocked",
            "hostName")) {
      assertTrue(data.has(key), () -> key + " missing in " + data);
    }
    assertEquals("keys.example", data.path("summary").asText());
    assertEquals(sandbox.organization().id(), data.path("ownerId").asLong());
    assertEquals("Demo Organization", data.path("ownerName").asText());
    assertTrue(data.path("webLink").asText().startsWith("http://127.0.0.1:"));
    assertFalse(data.has("associatedGroups"), "associations appear only when asked");
  }

  /** Response keys of a Group (v3/groups/retrieve.rst L99-130). */
  @Test
  void groupsCarryTheDocumentedKeys() {
    JsonNode data =
        client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Keys\"}").data();
    for (String key :
        List.of(
            "id", "ownerId", "ownerName", "dateAdded", "lastModified", "type", "name", "webLink")) {
      assertTrue(data.has(key), () -> key + " missing in " + data);
    }
  }

  /** Cases name their owner "owner" (v3/case_management/cases/retrieve.rst L58-59). */
  @Test
  void casesCarryOwnerAndOwnerId() {
    JsonNode data =
        client
            .post("/v3/cases", "{\"name\": \"C\", \"severity\": \"Low\", \"status\": \"Open\"}")
            .data();
    assertEquals("Demo Organization", data.path("owner").asText());
    assertEquals(1, data.path("ownerId").asLong());
    assertFalse(data.has("ownerName"));
    assertFalse(data.path("xid").asText().isEmpty());
    assertTrue(data.has("lastUpdated"));
  }

  /**
   * Victims carry ownerId and ownerName; Victim Assets their victimId (victims/retrieve.rst,
   * victim_assets/retrieve.rst).
   */
  @Test
  void victimsAndAssetsCarryTheirKeys() {
    JsonNode victim = client.post("/v3/victims", "{\"name\": \"Bob\"}").data();
    assertEquals("Demo Organization", victim.path("ownerName").asText());
    assertEquals(1, victim.path("ownerId").asLong());
    JsonNode asset =
        client
            .post(
                "/v3/victimAssets",
                "{\"type\": \"Phone\", \"phone\": \"0123\", \"victimId\": "
                    + victim.path("id")
                    + "}")
            .data();
    assertEquals(victim.path("id").asLong(), asset.path("victimId").asLong());
    assertEquals("0123", asset.path("phone").asText());
    assertTrue(asset.has("webLink"));
  }

  /** Artifacts carry caseId and intelType (v3/case_management/artifacts/create.rst L41-55). */
  @Test
  void artifactsCarryCaseIdAndIntelType() {
    long caseId = fixtures.create(Fixtures.endpoint("cases"));
    JsonNode data =
        client
            .post(
                "/v3/artifacts",
                "{\"caseId\": "
                    + caseId
                    + ", \"summary\": \"badguy@bad.com\", \"type\": \"Email Address\"}")
            .data();
    assertEquals(caseId, data.path("caseId").asLong());
    assertEquals("indicator-EmailAddress", data.path("intelType").asText());
    JsonNode ip =
        client
            .post(
                "/v3/artifacts",
                "{\"caseId\": " + caseId + ", \"summary\": \"1.2.3.4\", \"type\": \"IP Address\"}")
            .data();
    assertEquals("indicator-Address", ip.path("intelType").asText());
  }

  /**
   * Only the Artifact types of the docs' examples come with their intelType
   * (artifact_types/retrieve.rst L21-65, artifacts/retrieve.rst L22-68); the docs do not list an
   * instance's others (artifact_types.rst L4), so an Artifact of another type, even one named like
   * an Indicator type, carries no intelType rather than a guessed one.
   */
  @Test
  void artifactsOfUndocumentedTypesCarryNoIntelType() {
    long caseId = fixtures.create(Fixtures.endpoint("cases"));
    for (String type : List.of("File Hash", "Mutex", "Log File")) {
      Response created =
          client.post(
              "/v3/artifacts",
              "{\"caseId\": " + caseId + ", \"summary\": \"x\", \"type\": \"" + type + "\"}");
      assertEquals(201, created.status(), created::toString);
      assertFalse(created.data().has("intelType"), created::toString);
    }
    for (String[] pair : new String[][] {
        {"Host", "indicator-Host"}, {"URL", "indicator-URL"},
        {"Email Subject", "indicator-Email Subject"}}) {
      JsonNode data =
          client.post(
                  "/v3/artifacts",
                  "{\"caseId\": " + caseId + ", \"summary\": \"x\", \"type\": \"" + pair[0] + "\"}")
              .data();
      assertEquals(pair[1], data.path("intelType").asText(), data::toString);
    }
  }

  /** An Artifact can name its Case by xid (v3/case_management/artifacts/fields.rst footnote 1). */
  @Test
  void artifactsNameTheirCaseByXid() {
    JsonNode theCase =
        client
            .post("/v3/cases", "{\"name\": \"X\", \"severity\": \"High\", \"status\": \"Open\"}")
            .data();
    Response artifact =
        client.post(
            "/v3/artifacts",
            "{\"caseXid\": \""
                + theCase.path("xid").asText()
                + "\", \"summary\": \"s\", \"type\": \"Host\"}");
    assertEquals(201, artifact.status(), artifact::toString);
    assertEquals(theCase.path("id").asLong(), artifact.data().path("caseId").asLong());
  }

  /** Deleting a Case deletes its Artifacts and its associations. */
  @Test
  void deletingAParentDeletesItsChildren() {
    long caseId = fixtures.create(Fixtures.endpoint("cases"));
    long artifact =
        client
            .post(
                "/v3/artifacts",
                "{\"caseId\": " + caseId + ", \"summary\": \"s\", \"type\": \"Host\"}")
            .id();
    assertEquals(200, client.delete("/v3/cases/" + caseId).status());
    assertEquals(404, client.get("/v3/artifacts/" + artifact).status());
  }

  /** The three owners (v3/owners/retrieve.rst). */
  @Test
  void ownersAreListed(Sandbox sandbox) {
    Response owners = client.get("/v3/security/owners");
    assertEquals(200, owners.status());
    List<String> names = new ArrayList<>();
    owners.data().forEach(o -> names.add(o.path("name").asText() + "/" + o.path("type").asText()));
    assertEquals(
        Set.of("Demo Organization/Organization", "Demo Community/Community", "Demo Source/Source"),
        Set.copyOf(names));
    Response one = client.get("/v3/security/owners/" + sandbox.community().id());
    assertEquals("Demo Community", one.data().path("name").asText());
    assertEquals(404, client.get("/v3/security/owners/99").status());
    assertEquals(405, client.post("/v3/security/owners", "{}").status());
  }
}
