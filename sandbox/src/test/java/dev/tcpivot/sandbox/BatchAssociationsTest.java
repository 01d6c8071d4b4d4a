package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.IndicatorAssociation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The association array of a batch file (v2_batch_api.rst L120-127): Indicator-to-Indicator
 * associations need an associationType of indicator-associations.table, ends are found in the job's
 * owner only (L12: no cross-owner associations), and type_N is required for Indicators (L123).
 */
@SandboxPerMethod
class BatchAssociationsTest {
  private static final String HOST_AND_URL =
      "{\"indicator\": [{\"summary\": \"h.example.com\", \"type\": \"Host\"},"
          + " {\"summary\": \"http://h.example.com/x\", \"type\": \"URL\"}],"
          + " \"association\": [";

  private final BatchClient batch;

  BatchAssociationsTest(Sandbox sandbox) {
    this.batch = new BatchClient(sandbox);
  }

  private long run(String owner, String file) {
    long id = batch.job(BatchClient.options(owner, false, "Create", "Append"));
    batch.upload(id, file);
    batch.awaitCompleted(id);
    return id;
  }

  private List<String> hostNeighbours() {
    List<String> summaries = new ArrayList<>();
    batch.get("/v3/indicators/h.example.com?fields=associatedIndicators")
        .path("associatedIndicators").path("data")
        .forEach(i -> summaries.add(i.path("summary").asText()));
    return summaries;
  }

  private JsonNode onlyError(long id) {
    JsonNode status = batch.status(id, "").data().path("batchStatus");
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    return batch.results(id, "").body().get(0);
  }

  /** L127: with an associationType of the table whose types fit, either way round. */
  @Test
  void indicatorToIndicatorWithAnAssociationType() {
    String name = urlHost().name();
    run(
        ORG,
        HOST_AND_URL
            + "{\"ref_1\": \"h.example.com\", \"type_1\": \"Host\", \"ref_2\":"
            + " \"http://h.example.com/x\", \"type_2\": \"URL\", \"associationType\": \""
            + name
            + "\"}]}");
    assertEquals(List.of("http://h.example.com/x"), hostNeighbours());
  }

  /** L127: "This field is required if making an Indicator-to-Indicator association." */
  @Test
  void indicatorToIndicatorWithoutAssociationTypeIsAnError() {
    long id =
        run(
            ORG,
            HOST_AND_URL
                + "{\"ref_1\": \"h.example.com\", \"type_1\": \"Host\", \"ref_2\":"
                + " \"http://h.example.com/x\", \"type_2\": \"URL\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("associationType"), error::toString);
    assertTrue(error.path("errorMessage").asText().contains("association[0]"), error::toString);
    assertEquals(List.of(), hostNeighbours());
  }

  /** An associationType that indicator-associations.table does not have is an error. */
  @Test
  void anUnknownAssociationTypeIsAnError() {
    long id =
        run(
            ORG,
            HOST_AND_URL
                + "{\"ref_1\": \"h.example.com\", \"type_1\": \"Host\", \"ref_2\":"
                + " \"http://h.example.com/x\", \"type_2\": \"URL\", \"associationType\":"
                + " \"Host to Indicators\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("Host to Indicators"), error::toString);
    assertEquals(List.of(), hostNeighbours());
  }

  /** An association type of the table whose types are not these two is an error. */
  @Test
  void anAssociationTypeOfOtherTypesIsAnError() {
    IndicatorAssociation other =
        Fixtures.SPEC.indicatorAssociations().stream()
            .filter(a -> !a.primary().equals("URL") && !a.nonPrimary().contains("URL"))
            .findFirst()
            .orElseThrow();
    long id =
        run(
            ORG,
            HOST_AND_URL
                + "{\"ref_1\": \"h.example.com\", \"type_1\": \"Host\", \"ref_2\":"
                + " \"http://h.example.com/x\", \"type_2\": \"URL\", \"associationType\": \""
                + other.name()
                + "\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains(other.name()), error::toString);
  }

  /** L123: type_1 "is required for Indicators"; a ref without it is looked for as a Group XID. */
  @Test
  void anIndicatorRefWithoutItsTypeIsAnError() {
    long id =
        run(
            ORG,
            HOST_AND_URL
                + "{\"ref_1\": \"h.example.com\", \"ref_2\": \"http://h.example.com/x\","
                + " \"type_2\": \"URL\", \"associationType\": \"URL Host\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("type_1"), error::toString);
  }

  /** L12, L122: an id of an object in another owner is refused; nothing is associated. */
  @Test
  void anIdInAnotherOwnerIsRefused() {
    Response elsewhere =
        batch.v3().post(
            "/v3/groups?owner=" + BatchClient.enc("Demo Source"),
            "{\"type\": \"Adversary\", \"name\": \"Elsewhere\"}");
    assertEquals(201, elsewhere.status(), elsewhere::toString);
    long id =
        run(
            ORG,
            "{\"group\": [{\"name\": \"Here\", \"type\": \"Adversary\", \"xid\": \"here\"}],"
                + " \"association\": [{\"ref_1\": \"here\", \"id_2\": "
                + elsewhere.id()
                + "}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("cross-owner"), error::toString);
    assertTrue(error.path("errorReason").asText().contains("Demo Source"), error::toString);
    JsonNode here =
        batch.get("/v3/groups/here?owner=" + BatchClient.enc(ORG) + "&fields=associatedGroups");
    assertEquals(0, here.path("associatedGroups").path("data").size(), here::toString);
  }

  /** L121: a ref names an object of the job's owner; the same XID in another owner is not it. */
  @Test
  void aRefIsLookedForInTheJobsOwnerOnly() {
    run(
        "Demo Source",
        "{\"group\": [{\"name\": \"There\", \"type\": \"Adversary\", \"xid\": \"there\"}]}");
    long id =
        run(
            ORG,
            "{\"group\": [{\"name\": \"Here\", \"type\": \"Adversary\", \"xid\": \"here\"}],"
                + " \"association\": [{\"ref_1\": \"here\", \"ref_2\": \"there\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("there"), error::toString);
  }

  /** L122: id_1 is favoured over ref_1 when both are given. */
  @Test
  void anIdIsFavouredOverARef() {
    run(
        ORG,
        "{\"group\": [{\"name\": \"A\", \"type\": \"Adversary\", \"xid\": \"a\"},"
            + " {\"name\": \"B\", \"type\": \"Adversary\", \"xid\": \"b\"},"
            + " {\"name\": \"C\", \"type\": \"Adversary\", \"xid\": \"c\"}]}");
    long c =
        batch.get("/v3/groups/c?owner=" + BatchClient.enc(ORG)).path("id").asLong();
    run(ORG, "{\"association\": [{\"ref_1\": \"a\", \"id_2\": " + c + ", \"ref_2\": \"b\"}]}");
    JsonNode a =
        batch.get("/v3/groups/a?owner=" + BatchClient.enc(ORG) + "&fields=associatedGroups");
    List<String> names = new ArrayList<>();
    a.path("associatedGroups").path("data").forEach(g -> names.add(g.path("name").asText()));
    assertEquals(List.of("C"), names);
  }

  /** L608: Indicator-to-Indicator associations are made only in the association array. */
  @Test
  void associatedIndicatorsOnAnIndicatorIsAnError() {
    long id =
        run(
            ORG,
            "{\"indicator\": [{\"summary\": \"h.example.com\", \"type\": \"Host\","
                + " \"associatedIndicators\": [{\"summary\": \"http://h.example.com/x\","
                + " \"indicatorType\": \"URL\"}]},"
                + " {\"summary\": \"http://h.example.com/x\", \"type\": \"URL\"}]}");
    JsonNode error = onlyError(id);
    assertTrue(error.path("errorReason").asText().contains("association array"), error::toString);
  }

  private static IndicatorAssociation urlHost() {
    return Fixtures.SPEC.indicatorAssociations().stream()
        .filter(a -> a.primary().equals("URL") && a.nonPrimary().contains("Host"))
        .findFirst()
        .orElseThrow();
  }
}
