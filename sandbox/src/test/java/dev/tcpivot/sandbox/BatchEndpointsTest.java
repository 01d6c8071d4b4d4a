package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The V2 Batch endpoints, their request and response shapes and status codes
 * (threatconnect-v2-batch/v2_batch_api.rst; L = line).
 */
@SandboxPerMethod
class BatchEndpointsTest {
  private static final String ONE_HOST =
      "{\"indicator\": [{\"summary\": \"one.example.com\", \"type\": \"Host\"}]}";
  private static final String BAD_HOST =
      "{\"indicator\": [{\"summary\": \"not a host name\", \"type\": \"Host\"}]}";
  private static final String GOOD_THEN_BAD =
      "{\"indicator\": [{\"summary\": \"one.example.com\", \"type\": \"Host\"},"
          + " {\"summary\": \"not a host name\", \"type\": \"Host\"}]}";

  private final Sandbox sandbox;
  private final BatchClient batch;

  BatchEndpointsTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.batch = new BatchClient(sandbox);
  }

  /** L26-39 request, L76-84 response: 201 and the batchId in the success envelope. */
  @Test
  void createAnswers201WithTheBatchIdOfL78() {
    ObjectNode options = TestClient.json(
        "{\"version\": \"V2\", \"owner\": \"Demo Organization\", \"haltOnError\": true,"
            + " \"action\": \"Create\", \"attributeWriteType\": \"Append\", \"tagWriteType\":"
            + " \"Append\", \"securityLabelWriteType\": \"Append\", \"fileMergeMode\": \"Merge\","
            + " \"hashCollisionMode\": \"FavorIncoming\"}");
    long first = batch.job(options);
    long second = batch.job(options);
    assertTrue(second > first);
    Response status = batch.status(first, "");
    assertEquals(200, status.status(), status::toString);
    assertEquals("Created", status.body().path("status").asText(), status::toString);
  }

  /** L43-50: owner, haltOnError, action and attributeWriteType are REQUIRED; the rest default. */
  @ParameterizedTest(name = "without {0}")
  @CsvSource({"owner", "haltOnError", "action", "attributeWriteType"})
  void aRequiredOptionMissingIs400NamingIt(String field) {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.remove(field);
    Response response = batch.create(options);
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.message().contains(field), response::toString);
  }

  /** L55-66: the optional ones may be left out (their defaults apply). */
  @Test
  void theOptionalOptionsMayBeLeftOut() {
    ObjectNode options = TestClient.json(
        "{\"owner\": \"Demo Organization\", \"haltOnError\": false, \"action\": \"Create\","
            + " \"attributeWriteType\": \"Static\"}");
    batch.job(options);
  }

  /** L44-67: each option takes only its accepted values; a refusal names the field. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "action, Update",
    "action, create",
    "attributeWriteType, Merge",
    "tagWriteType, Singleton",
    "securityLabelWriteType, Static",
    "fileMergeMode, Replace",
    "hashCollisionMode, FavorNone",
    "version, V1"
  })
  void anOptionOutsideItsAcceptedValuesIs400NamingIt(String field, String value) {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put(field, value);
    Response response = batch.create(options);
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.message().startsWith(field), response::toString);
    assertTrue(response.message().contains(value), response::toString);
  }

  /** L44: haltOnError is a Boolean. */
  @Test
  void haltOnErrorMustBeABoolean() {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put("haltOnError", "true");
    Response response = batch.create(options);
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.message().startsWith("haltOnError"), response::toString);
  }

  /** L71-72: "make sure the parameter names in the request body are correct". */
  @Test
  void aMisspeltOptionIs400NamingIt() {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put("tagWritetype", "Append");
    Response response = batch.create(options);
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.message().contains("tagWritetype"), response::toString);
  }

  /**
   * The docs give no answer for an owner that does not exist (L43, L86-90 only show 401 for missing
   * permissions): the sandbox answers 403, as it does to the v3 owner parameter.
   */
  @Test
  void anUnknownOwnerIs403AsForTheV3OwnerParameter() {
    Response response = batch.create(BatchClient.options("No Such Org", false, "Create", "Append"));
    assertEquals(403, response.status(), response::toString);
    assertTrue(response.message().contains("No Such Org"), response::toString);
  }

  /** Authenticated as v3 is: no credentials 401; an API token is taken as HMAC is. */
  @Test
  void theEndpointsAreAuthenticatedAsV3Is() {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    Response response = batch.v3().sendWith("POST", "/v2/batch", options, Map.of());
    assertEquals(401, response.status(), response::toString);
    Response status = batch.v3().sendWith("GET", "/v2/batch/1", null, Map.of());
    assertEquals(401, status.status(), status::toString);
    Response withToken =
        batch.v3().sendWith(
            "POST",
            "/v2/batch",
            options,
            Map.of("Authorization", "TC-Token " + sandbox.apiToken()));
    assertEquals(201, withToken.status(), withToken::toString);
  }

  /** L796-801: 202 Accepted, {status: "Queued"}. */
  @Test
  void uploadAnswers202Queued() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    Response uploaded = batch.upload(id, ONE_HOST);
    assertEquals(202, uploaded.status(), uploaded::toString);
    assertEquals("Queued", uploaded.body().path("status").asText());
    assertEquals("Queued", batch.status(id, "").body().path("status").asText());
    sandbox.batchJobs().resume();
    JsonNode done = batch.awaitCompleted(id);
    assertEquals(1, done.path("successCount").asInt(), done::toString);
  }

  @Test
  void uploadToAnUnknownBatchIs404() {
    Response response = batch.upload(99, ONE_HOST);
    assertEquals(404, response.status(), response::toString);
  }

  /** A job takes one input file (L772-781); a second upload is refused as Invalid. */
  @Test
  void aSecondUploadIsRefused() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    assertEquals(202, batch.upload(id, ONE_HOST).status());
    Response again = batch.upload(id, ONE_HOST);
    assertEquals(400, again.status(), again::toString);
    assertEquals("Invalid", again.body().path("status").asText(), again::toString);
    batch.awaitCompleted(id);
  }

  /** L806-811: a file over 2,000,000 bytes is refused with the docs' description. */
  @Test
  void anOverlargeFileIsRefusedAsL810Says() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    byte[] file = new byte[2_000_001];
    Arrays.fill(file, (byte) ' ');
    Response response = batch.upload(id, file);
    assertEquals(400, response.status(), response::toString);
    assertEquals("Invalid", response.body().path("status").asText());
    assertEquals(
        "File size greater than allowable limit of 2000000",
        response.body().path("description").asText());
    assertEquals("Created", batch.status(id, "").body().path("status").asText());
  }

  @Test
  void statusOfAnUnknownBatchIs404() {
    Response response = batch.status(42, "");
    assertEquals(404, response.status(), response::toString);
  }

  /** L838-852: the Completed status in the success envelope, with its counts. */
  @Test
  void aCompletedJobHasTheCountsOfL842() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, ONE_HOST);
    batch.awaitCompleted(id);
    Response status = batch.status(id, "");
    JsonNode batchStatus = status.data().path("batchStatus");
    assertEquals(id, batchStatus.path("id").asLong());
    assertEquals("Completed", batchStatus.path("status").asText());
    assertEquals(0, batchStatus.path("errorCount").asInt());
    assertEquals(1, batchStatus.path("successCount").asInt());
    assertEquals(0, batchStatus.path("unprocessCount").asInt());
    assertEquals(0, batchStatus.path("unprocessedCount").asInt());
    assertFalse(batchStatus.has("successIndicatorCount"), batchStatus::toString);
  }

  /** L859-861: includeAdditional adds the counts of Indicators, Groups and associations. */
  @Test
  void includeAdditionalCountsByKind() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, BatchClient.example("indicator-to-group-nested"));
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("successIndicatorCount").asInt(), status::toString);
    assertEquals(1, status.path("successGroupCount").asInt(), status::toString);
    assertEquals(1, status.path("successAssociationCount").asInt(), status::toString);
    assertEquals(0, status.path("errorIndicatorCount").asInt(), status::toString);
    Response bad = batch.status(id, "?includeAdditional=yes");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.message().contains("includeAdditional"), bad::toString);
  }

  /** L867, L900: "If there are no errors for the specified batch job, a 404 error". */
  @Test
  void errorsAndResultsOfAJobWithoutErrorsAre404() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, ONE_HOST);
    batch.awaitCompleted(id);
    assertEquals(404, batch.errors(id).status());
    assertEquals(404, batch.results(id, "").status());
  }

  /** L875-883: errors of a job not yet Completed: 400, "Batch still in ... state". */
  @Test
  void errorsOfAJobStillQueuedAre400() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, GOOD_THEN_BAD);
    BatchClient.Raw errors = batch.errors(id);
    assertEquals(400, errors.status());
    JsonNode body = TestClient.JSON.createObjectNode();
    try {
      body = TestClient.JSON.readTree(errors.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals("Invalid", body.path("status").asText(), body::toString);
    assertEquals("Batch still in Queued state", body.path("description").asText());
    Response results = batch.results(id, "");
    assertEquals(400, results.status(), results::toString);
    sandbox.batchJobs().step(1);
    Response running = batch.results(id, "");
    assertEquals(400, running.status(), running::toString);
    assertEquals("Batch still in Running state", running.body().path("description").asText());
    sandbox.batchJobs().resume();
    batch.awaitCompleted(id);
  }

  /** L885-895: the error file is gzip in an octet stream; L911-920 the shape of its entries. */
  @Test
  void theErrorFileIsGzippedJson() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, BAD_HOST);
    batch.awaitCompleted(id);
    BatchClient.Raw raw = batch.errors(id);
    assertEquals(200, raw.status());
    assertEquals("application/octet-stream", raw.header("Content-Type"));
    assertEquals("gzip", raw.header("Content-Encoding"));
    JsonNode errors = BatchClient.errorFile(raw);
    assertEquals(1, errors.size(), errors::toString);
    JsonNode error = errors.get(0);
    for (String field : new String[] {"code", "severity", "errorReason", "errorMessage"}) {
      assertTrue(error.path(field).isTextual(), () -> field + " in " + error);
    }
    assertTrue(error.path("code").asText().startsWith("0x"), error::toString);
    assertEquals("Error", error.path("severity").asText());
    assertTrue(error.path("errorMessage").asText().contains("'$.indicator[0]'"), error::toString);
    assertTrue(error.path("errorMessage").asText().contains("not a host name"), error::toString);
  }

  /** L925-929: the filters of /results: code, contains, severity. */
  @Test
  void resultsFilterByCodeContainsAndSeverity() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(
        id,
        "{\"indicator\": [{\"summary\": \"not a host name\", \"type\": \"Host\"}],"
            + " \"association\": [{\"ref_1\": \"nothing:here\", \"ref_2\": \"nor:here\"}]}");
    batch.awaitCompleted(id);
    Response all = batch.results(id, "");
    assertEquals(200, all.status(), all::toString);
    assertEquals(2, all.body().size(), all::toString);
    String objectCode = all.body().get(0).path("code").asText();
    String associationCode = all.body().get(1).path("code").asText();
    assertFalse(objectCode.equals(associationCode), all::toString);
    Response byCode = batch.results(id, "?code=" + associationCode);
    assertEquals(1, byCode.body().size(), byCode::toString);
    assertEquals(associationCode, byCode.body().get(0).path("code").asText());
    Response byText = batch.results(id, "?contains=" + BatchClient.enc("not a host name"));
    assertEquals(1, byText.body().size(), byText::toString);
    assertEquals(2, batch.results(id, "?severity=error").body().size());
    assertEquals(2, batch.results(id, "?severity=err&severity=warn").body().size());
    assertEquals(0, batch.results(id, "?severity=warning").body().size());
    assertEquals(0, batch.results(id, "?severity=info").body().size());
  }

  /** L927, L929: a code without 0x, two codes, or another severity are refused. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"?code=1003", "?code=0x1001&code=0x1002", "?severity=fatal"})
  void badResultFiltersAre400(String query) {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, BAD_HOST);
    batch.awaitCompleted(id);
    Response response = batch.results(id, query);
    assertEquals(400, response.status(), response::toString);
  }

  @Test
  void otherMethodsAre405AndOtherPaths404() {
    assertEquals(405, batch.v3().get("/v2/batch").status());
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    assertEquals(405, batch.v3().delete("/v2/batch/" + id).status());
    assertEquals(405, batch.v3().post("/v2/batch/" + id + "/results", "{}").status());
    assertEquals(404, batch.v3().get("/v2/batch/" + id + "/other").status());
    assertEquals(404, batch.v3().get("/v2/batch/abc").status());
  }

  /** The body of L776-781 is the file itself; any content type is read the same. */
  @Test
  void theUploadIsReadAsBytes() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    BatchClient.Raw raw =
        batch.send(
            "POST", "/v2/batch/" + id, ONE_HOST.getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(202, raw.status());
    assertEquals(1, batch.awaitCompleted(id).path("successCount").asInt());
  }
}
