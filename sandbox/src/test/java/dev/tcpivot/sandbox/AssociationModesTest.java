package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The association block: mode append (default, idempotent), replace and delete; entries by id, by
 * Indicator type and summary, or as new objects, nested ones included (v3/associations.rst,
 * v3/update_metadata.rst).
 */
@ExtendWith(SandboxExtension.class)
class AssociationModesTest {
  private final TestClient client;

  AssociationModesTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  private long group(String name) {
    return client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"" + name + "\"}").id();
  }

  private long host(String hostName) {
    return client
        .post("/v3/indicators", "{\"type\": \"Host\", \"hostName\": \"" + hostName + "\"}")
        .id();
  }

  private Set<Long> groupsOf(String indicatorPath) {
    Response read = client.get(indicatorPath + "?fields=associatedGroups");
    assertEquals(200, read.status(), read::toString);
    return Fixtures.ids(read.data().path("associatedGroups"));
  }

  private Response putGroups(String path, String entries, String mode) {
    String modePart = mode == null ? "" : ", \"mode\": \"" + mode + "\"";
    return client.put(
        path, "{\"associatedGroups\": {\"data\": [" + entries + "]" + modePart + "}}");
  }

  /** update_metadata.rst L12, L21-22: no mode means append; appending twice keeps one link. */
  @Test
  void appendIsTheDefaultAndIdempotent() {
    long host = host("append.example");
    long g1 = group("A1");
    long g2 = group("A2");
    String path = "/v3/indicators/" + host;
    assertEquals(200, putGroups(path, "{\"id\": " + g1 + "}", null).status());
    assertEquals(200, putGroups(path, "{\"id\": " + g2 + "}", "append").status());
    assertEquals(200, putGroups(path, "{\"id\": " + g2 + "}", null).status());
    assertEquals(Set.of(g1, g2), groupsOf(path));
    Response read = client.get(path + "?fields=associatedGroups");
    assertEquals(2, read.data().path("associatedGroups").path("count").asInt());
  }

  /** update_metadata.rst L16-18: replace swaps every existing association of that field. */
  @Test
  void replaceSwapsTheWholeList() {
    long host = host("replace.example");
    long g1 = group("R1");
    long g2 = group("R2");
    long g3 = group("R3");
    String path = "/v3/indicators/" + host;
    putGroups(path, "{\"id\": " + g1 + "}, {\"id\": " + g2 + "}", null);
    assertEquals(200, putGroups(path, "{\"id\": " + g3 + "}", "replace").status());
    assertEquals(Set.of(g3), groupsOf(path));
    assertTrue(
        Fixtures.ids(
                client
                    .get("/v3/groups/" + g1 + "?fields=associatedIndicators")
                    .data()
                    .path("associatedIndicators"))
            .isEmpty());
  }

  /** associations.rst L287-306: delete removes the listed ids from both sides. */
  @Test
  void deleteRemovesById() {
    long host = host("badguy.example");
    long g1 = group("D1");
    long g2 = group("D2");
    String path = "/v3/indicators/badguy.example";
    putGroups(path, "{\"id\": " + g1 + "}, {\"id\": " + g2 + "}", null);
    assertEquals(200, putGroups(path, "{\"id\": " + g1 + "}", "delete").status());
    assertEquals(Set.of(g2), groupsOf("/v3/indicators/" + host));
    assertTrue(
        Fixtures.ids(
                client
                    .get("/v3/groups/" + g1 + "?fields=associatedIndicators")
                    .data()
                    .path("associatedIndicators"))
            .isEmpty());
  }

  /**
   * associations.rst L289-290: dissociation must name the object by id, not by type and summary.
   */
  @Test
  void deleteBySummaryIsRefused() {
    long asn = client.post("/v3/indicators", "{\"type\": \"ASN\", \"AS Number\": \"ASN1\"}").id();
    client.put(
        "/v3/indicators/" + asn,
        "{\"associatedIndicators\": {\"data\": [{\"type\": \"Address\", \"ip\": \"9.9.9.9\"}]}}");
    Response refused =
        client.put(
            "/v3/indicators/" + asn,
            "{\"associatedIndicators\": {\"data\": [{\"type\": \"Address\", \"ip\": \"9.9.9.9\"}],"
                + " \"mode\": \"delete\"}}");
    AuthTest.assertError(refused, 400, "associatedIndicators entry 1: " + Messages.DELETE_NEEDS_ID);
    Response read = client.get("/v3/indicators/" + asn + "?fields=associatedIndicators");
    assertEquals(
        1, read.data().path("associatedIndicators").path("count").asInt(), "nothing was removed");
  }

  /** A new object cannot be "deleted" from the associations either. */
  @Test
  void deleteOfANewObjectIsRefused() {
    long host = host("delete-new.example");
    Response refused =
        putGroups(
            "/v3/indicators/" + host, "{\"type\": \"Adversary\", \"name\": \"New\"}", "delete");
    AuthTest.assertError(refused, 400, "associatedGroups entry 1: " + Messages.DELETE_NEEDS_ID);
  }

  /** update_metadata.rst L9-19: the modes are append, delete and replace. */
  @Test
  void unknownModeIsRefused() {
    long host = host("mode.example");
    Response refused = putGroups("/v3/indicators/" + host, "{\"id\": " + group("M") + "}", "merge");
    AuthTest.assertError(
        refused,
        400,
        "Unknown mode \"merge\" in associatedGroups (modes: append, replace, delete)");
  }

  /**
   * update_metadata.rst L7-22 speaks of modes for updates only and says nothing of a create. The
   * API takes "append", the default, on a create (ThreatConnect's TcEx sends it on every one), so
   * the sandbox does; "replace" and "delete" on an object being created stay refused, a choice
   * where the docs are silent.
   */
  @Test
  void onlyAppendIsTakenOnCreate() {
    Response refused =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"post-mode.example\","
                + " \"associatedGroups\": {\"data\": [{\"id\": "
                + group("P")
                + "}], \"mode\": \"replace\"}}");
    AuthTest.assertError(
        refused,
        400,
        "'mode' in associatedGroups applies to updates of existing objects; an object being created"
            + " takes the entries only");
    assertEquals(404, client.get("/v3/indicators/post-mode.example").status());

    long g = group("P2");
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"post-mode.example\","
                + " \"associatedGroups\": {\"data\": [{\"id\": " + g + "}], \"mode\": \"append\"}}");
    assertEquals(201, created.status(), created::toString);
    assertEquals(Set.of(g), groupsOf("/v3/indicators/post-mode.example"));
  }

  /** An id that names no object of the target type is a 404 naming it. */
  @Test
  void unknownIdIsRefused() {
    long host = host("unknown-id.example");
    Response refused = putGroups("/v3/indicators/" + host, "{\"id\": " + host + "}", null);
    AuthTest.assertError(refused, 404, "associatedGroups entry 1: No Group with id " + host);
  }

  /**
   * associations.rst L197-228: an Indicator named by type and summary is the existing one in the
   * Organization; one that does not exist is created (it carries every required field).
   */
  @Test
  void indicatorByTypeAndSummaryIsFoundOrCreated() {
    long existing =
        client.post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"71.6.135.131\"}").id();
    long g = group("BySummary");
    Response put =
        client.put(
            "/v3/groups/" + g + "?fields=associatedIndicators",
            "{\"associatedIndicators\": {\"data\": [{\"type\": \"Address\", \"ip\":"
                + " \"71.6.135.131\"}, {\"type\": \"Host\", \"hostName\": \"fresh.example\"}]}}");
    assertEquals(200, put.status(), put::toString);
    Set<Long> linked = Fixtures.ids(put.data().path("associatedIndicators"));
    assertTrue(linked.contains(existing));
    long fresh = client.get("/v3/indicators/fresh.example").id();
    assertTrue(linked.contains(fresh));
    assertEquals(2, linked.size());
  }

  /** associations.rst L143-155: a new Group in a Source, created inline by a POST. */
  @Test
  void newObjectsAreCreatedInline(Sandbox sandbox) {
    Response created =
        client.post(
            "/v3/indicators?fields=associatedGroups",
            "{\"type\": \"Host\", \"hostName\": \"inline.example\", \"associatedGroups\":"
                + " {\"data\": [{\"name\": \"Bad Guy\", \"type\": \"Adversary\", \"ownerName\":"
                + " \"Demo Source\"}]}}");
    assertEquals(201, created.status(), created::toString);
    JsonNode group = created.data().path("associatedGroups").path("data").get(0);
    assertEquals("Bad Guy", group.path("name").asText());
    assertEquals(sandbox.source().name(), group.path("ownerName").asText());
    assertEquals(sandbox.source().id(), group.path("ownerId").asLong());
  }

  /**
   * v3/case_management/cases/update.rst L26-47: a new Group created inside a Case PUT carries its
   * own association to an existing Artifact.
   */
  @Test
  void nestedAssociationsOfNewObjectsAreApplied() {
    long caseId =
        client
            .post("/v3/cases", "{\"name\": \"Nest\", \"severity\": \"Low\", \"status\": \"Open\"}")
            .id();
    long artifact =
        client
            .post(
                "/v3/artifacts",
                "{\"caseId\": "
                    + caseId
                    + ", \"summary\": \"x@bad.com\", \"type\": \"Email Address\"}")
            .id();
    Response put =
        client.put(
            "/v3/cases/" + caseId + "?fields=associatedGroups",
            "{\"resolution\": \"False Positive\", \"status\": \"Closed\", \"associatedGroups\":"
                + " {\"data\": [{\"name\": \"Extreme Bad Guy\", \"type\":"
                + " \"Adversary\",\"associatedArtifacts\": {\"data\": [{\"id\": "
                + artifact
                + "}]}}]}}");
    assertEquals(200, put.status(), put::toString);
    long group = put.data().path("associatedGroups").path("data").get(0).path("id").asLong();
    Response artifactView = client.get("/v3/artifacts/" + artifact + "?fields=associatedGroups");
    assertEquals(Set.of(group), Fixtures.ids(artifactView.data().path("associatedGroups")));
  }

  /**
   * v3/case_management/cases/create.rst L35-70: a Case POST creates Artifacts inline, with
   * associations.
   */
  @Test
  void caseArtifactsAreCreatedInline() {
    long host = host("case-artifact.example");
    Response created =
        client.post(
            "/v3/cases?fields=artifacts",
            "{\"name\": \"Phishing\", \"severity\": \"Low\", \"status\": \"Open\", \"artifacts\":"
                + " {\"data\": [{\"summary\": \"case-artifact.example\", \"type\":"
                + " \"Host\",\"associatedIndicators\": {\"data\": [{\"id\": \""
                + host
                + "\"}]}}]}}");
    assertEquals(201, created.status(), created::toString);
    JsonNode artifact = created.data().path("artifacts").path("data").get(0);
    assertEquals(created.id(), artifact.path("caseId").asLong());
    Response indicator = client.get("/v3/indicators/" + host + "?fields=associatedArtifacts");
    assertEquals(
        Set.of(artifact.path("id").asLong()),
        Fixtures.ids(indicator.data().path("associatedArtifacts")));
  }

  /**
   * A nested new object without its required fields is refused, and the request leaves nothing
   * behind.
   */
  @Test
  void nestedNewObjectNeedsItsRequiredFields() {
    Response refused =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"rollback.example\", \"associatedGroups\":"
                + " {\"data\": [{\"type\": \"Adversary\", \"name\": \"Kept?\"}, {\"type\":"
                + " \"Adversary\"}]}}");
    AuthTest.assertError(
        refused, 400, "associatedGroups entry 2: 'name' is required to create an Adversary Group");
    assertEquals(404, client.get("/v3/indicators/rollback.example").status());
    // A Group's name is its TQL summary (tql-keywords.md: /v3/groups has summary, not name).
    Response groups = client.get("/v3/groups?tql=summary%20EQ%20%22Kept%3F%22");
    assertEquals(200, groups.status(), groups::toString);
    assertEquals(0, groups.data().size(), groups::toString);
  }

  /** Associations are stored once: removing from one side removes from the other. */
  @Test
  void anAssociationIsOneEdge() {
    long host = host("edge.example");
    long g = group("Edge");
    client.put(
        "/v3/groups/" + g, "{\"associatedIndicators\": {\"data\": [{\"id\": " + host + "}]}}");
    assertEquals(Set.of(g), groupsOf("/v3/indicators/" + host));
    putGroups("/v3/indicators/" + host, "{\"id\": " + g + "}", "delete");
    assertTrue(
        Fixtures.ids(
                client
                    .get("/v3/groups/" + g + "?fields=associatedIndicators")
                    .data()
                    .path("associatedIndicators"))
            .isEmpty());
  }

  /** Deleting an object removes its associations. */
  @Test
  void deletingAnObjectRemovesItsAssociations() {
    long host = host("gone.example");
    long g = group("Gone");
    putGroups("/v3/indicators/" + host, "{\"id\": " + g + "}", null);
    assertEquals(200, client.delete("/v3/groups/" + g).status());
    assertEquals(Set.of(), groupsOf("/v3/indicators/" + host));
  }
}
