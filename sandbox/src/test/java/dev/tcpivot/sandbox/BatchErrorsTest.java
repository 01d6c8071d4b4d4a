package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a job ends when parts of its file are refused: haltOnError (v2_batch_api.rst L44-46, L72-73),
 * errors tied to their object (L911-920), a file that is not JSON, and the limit of 25,000
 * Indicators (L146).
 */
@SandboxPerMethod
class BatchErrorsTest {
  /** Five Hosts, the third of which is not a host name (the v3 format rule of hostName). */
  private static final String THIRD_IS_BAD =
      "{\"indicator\": ["
          + "{\"summary\": \"a.example.com\", \"type\": \"Host\"},"
          + "{\"summary\": \"b.example.com\", \"type\": \"Host\"},"
          + "{\"summary\": \"not a host\", \"type\": \"Host\"},"
          + "{\"summary\": \"d.example.com\", \"type\": \"Host\"},"
          + "{\"summary\": \"e.example.com\", \"type\": \"Host\"}]}";

  private final Sandbox sandbox;
  private final BatchClient batch;

  BatchErrorsTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.batch = new BatchClient(sandbox);
  }

  private List<String> hosts() {
    List<String> hosts = new ArrayList<>();
    batch.v3().get("/v3/indicators").body().path("data")
        .forEach(i -> hosts.add(i.path("summary").asText()));
    return hosts;
  }

  /**
   * L72-73: with haltOnError the job stops at the first error, is Completed, errorCount &gt; 0 and
   * unprocessedCount counts what was left; what came before the error stays.
   */
  @Test
  void haltOnErrorStopsAtTheFirstError() {
    long id = batch.job(BatchClient.options(ORG, true, "Create", "Append"));
    batch.upload(id, THIRD_IS_BAD);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(2, status.path("successCount").asInt(), status::toString);
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    assertEquals(2, status.path("unprocessedCount").asInt(), status::toString);
    assertEquals(2, status.path("unprocessCount").asInt(), status::toString);
    assertEquals(List.of("a.example.com", "b.example.com"), hosts());
    JsonNode error = batch.results(id, "").body().get(0);
    assertTrue(error.path("errorMessage").asText().contains("'$.indicator[2]'"), error::toString);
    assertTrue(error.path("errorMessage").asText().contains("'not a host'"), error::toString);
    assertTrue(error.path("errorReason").asText().contains("hostName"), error::toString);
  }

  /** L45-46: without haltOnError the job goes on after an error. */
  @Test
  void withoutHaltOnErrorTheJobCompletesWithSomeErrors() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, THIRD_IS_BAD);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(4, status.path("successCount").asInt(), status::toString);
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    assertEquals(0, status.path("unprocessedCount").asInt(), status::toString);
    assertEquals(
        List.of("a.example.com", "b.example.com", "d.example.com", "e.example.com"), hosts());
  }

  /**
   * An object refused leaves nothing behind, not even the Tags it would have made; its nested
   * associations are errors of their own, tied to the object.
   */
  @Test
  void aRefusedObjectLeavesNothingAndItsAssociationsFail() {
    String file =
        "{\"indicator\": [{\"summary\": \"bad.example.com\", \"type\": \"Host\", \"rating\": 9,"
            + " \"tag\": [{\"name\": \"OnlyHere\"}], \"associatedGroups\": [{\"groupXid\": \"g1\"}]}],"
            + " \"group\": [{\"name\": \"G\", \"type\": \"Adversary\", \"xid\": \"g1\"}]}";
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, file);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    assertEquals(2, status.path("errorCount").asInt(), status::toString);
    assertEquals(1, status.path("errorIndicatorCount").asInt(), status::toString);
    assertEquals(1, status.path("errorAssociationCount").asInt(), status::toString);
    JsonNode errors = batch.results(id, "").body();
    assertTrue(errors.get(0).path("errorReason").asText().contains("rating"), errors::toString);
    assertTrue(
        errors.get(1).path("errorMessage").asText().contains("indicator[0].associatedGroups[0]"),
        errors::toString);
    assertEquals(0, batch.v3().get("/v3/indicators").body().path("data").size());
    JsonNode tags = batch.v3().get("/v3/tags").body().path("data");
    tags.forEach(tag -> assertTrue(!tag.path("name").asText().equals("OnlyHere"), tags::toString));
  }

  /**
   * L72-73: "unless the uploaded file did not contain valid JSON": such a job completes with one
   * error (code 0x1003, as L915) and nothing unprocessed.
   */
  @Test
  void aFileThatIsNotJsonCompletesWithOneError() {
    long id = batch.job(BatchClient.options(ORG, true, "Create", "Append"));
    batch.upload(id, "{\"indicator\": [ {\"summary\": ");
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    assertEquals(0, status.path("successCount").asInt(), status::toString);
    assertEquals(0, status.path("unprocessedCount").asInt(), status::toString);
    JsonNode error = BatchClient.errorFile(batch.errors(id)).get(0);
    assertEquals("0x1003", error.path("code").asText());
    assertTrue(error.path("errorReason").asText().startsWith("Malformed JSON"), error::toString);
    assertTrue(
        error.path("errorMessage").asText().startsWith("Encountered an unexpected Exception"),
        error::toString);
  }

  /** L130: the association array must come after indicator and group; nothing is processed. */
  @Test
  void anAssociationArrayBeforeTheObjectsIsRefused() {
    String file =
        "{\"association\": [{\"ref_1\": \"x1\", \"ref_2\": \"x2\"}],"
            + " \"group\": [{\"name\": \"A\", \"type\": \"Adversary\", \"xid\": \"x1\"},"
            + " {\"name\": \"B\", \"type\": \"Adversary\", \"xid\": \"x2\"}]}";
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, file);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    assertEquals(3, status.path("unprocessedCount").asInt(), status::toString);
    assertTrue(
        batch.results(id, "").body().get(0).path("errorReason").asText().contains("L130"));
    assertEquals(0, batch.v3().get("/v3/groups").body().path("data").size());
  }

  /**
   * L146: at most 25,000 Indicators per job. The docs do not say how more are refused: the sandbox
   * refuses the upload as it does an overlarge file (L806-811), and the job stays Created.
   */
  @Test
  void moreThan25000IndicatorsAreRefusedAtUpload() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    Response refused = batch.upload(id, addresses(25_001));
    assertEquals(400, refused.status(), refused::toString);
    assertEquals("Invalid", refused.body().path("status").asText());
    assertTrue(refused.body().path("description").asText().contains("25000"), refused::toString);
    assertEquals("Created", batch.status(id, "").body().path("status").asText());
  }

  /**
   * L146: 25,000 Indicators are within the limit: the upload is taken, and the job creates every
   * one of them. A reset drops the job with the rest.
   */
  @Test
  void exactly25000IndicatorsAreTaken() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    Response taken = batch.upload(id, addresses(25_000));
    assertEquals(202, taken.status(), taken::toString);
    assertEquals("Queued", batch.status(id, "").body().path("status").asText());
    sandbox.batchJobs().resume();
    assertTrue(sandbox.batchJobs().awaitCompletion(id, Duration.ofMinutes(5)), "job " + id);
    JsonNode status = batch.status(id, "").data().path("batchStatus");
    assertEquals(25_000, status.path("successCount").asInt(), status::toString);
    assertEquals(0, status.path("errorCount").asInt(), status::toString);
    assertEquals(0, status.path("unprocessedCount").asInt(), status::toString);
    assertEquals("Address", batch.get("/v3/indicators/10.0.97.167").path("type").asText());
    sandbox.reset();
    assertEquals(404, batch.status(id, "").status());
  }

  /** A file of Address Indicators 10.x.y.z, one per number. */
  private static String addresses(int count) {
    StringBuilder file = new StringBuilder("{\"indicator\": [");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        file.append(',');
      }
      file.append("{\"ip\":\"10.")
          .append(i >> 16 & 255)
          .append('.')
          .append(i >> 8 & 255)
          .append('.')
          .append(i & 255)
          .append("\",\"type\":\"Address\"}");
    }
    return file.append("]}").toString();
  }

  /**
   * The value rules of a v3 POST apply (Summaries, ValueChecker): an Address that is not an IP is
   * refused, and ip may stand for summary (L114).
   */
  @Test
  void theV3ValueRulesApply() {
    String file =
        "{\"indicator\": [{\"ip\": \"192.0.2.1\", \"type\": \"Address\"},"
            + " {\"summary\": \"999.1.1.1\", \"type\": \"Address\"},"
            + " {\"type\": \"Address\"},"
            + " {\"summary\": \"x.example.com\", \"type\": \"Hostname\"}]}";
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, file);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    assertEquals(3, status.path("errorCount").asInt(), status::toString);
    assertEquals("Address", batch.get("/v3/indicators/192.0.2.1").path("type").asText());
    JsonNode errors = batch.results(id, "").body();
    assertTrue(errors.get(0).path("errorReason").asText().contains("ip"), errors::toString);
    assertTrue(errors.get(1).path("errorReason").asText().contains("summary"), errors::toString);
    assertTrue(errors.get(2).path("errorReason").asText().contains("Hostname"), errors::toString);
  }

  /** v2_batch_api_indicator_fields.rst: rating 0-5, confidence 0-100. */
  @Test
  void ratingAndConfidenceHaveTheirDocumentedRanges() {
    String file =
        "{\"indicator\": [{\"summary\": \"r.example.com\", \"type\": \"Host\", \"rating\": 6},"
            + " {\"summary\": \"c.example.com\", \"type\": \"Host\", \"confidence\": 101},"
            + " {\"summary\": \"ok.example.com\", \"type\": \"Host\", \"rating\": 5,"
            + " \"confidence\": 100}]}";
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, file);
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    assertEquals(2, status.path("errorCount").asInt(), status::toString);
  }
}
