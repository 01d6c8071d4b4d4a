package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.AuthenticationException;
import dev.tcpivot.BadRequestException;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchJobResult;
import dev.tcpivot.BatchJobStatus;
import dev.tcpivot.BatchListener;
import dev.tcpivot.BatchObject;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ServerErrorException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.FileMergeMode;
import dev.tcpivot.v3.HashCollisionMode;
import dev.tcpivot.v3.SecurityLabelWriteType;
import dev.tcpivot.v3.TagWriteType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code tc.batch().run(...)} against threatconnect-v2-batch/v2_batch_api.rst: create (L26-84),
 * upload (L778-811), poll (L827-854) and the error details (L906-920).
 */
class BatchJobsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** L30-40, the create-job body of the docs. */
  private static final String DOCS_BODY = """
      {"version": "V2", "owner": "Demo Organization", "haltOnError": true, "action": "Create",
       "attributeWriteType": "Append", "tagWriteType": "Append", "securityLabelWriteType": "Append",
       "fileMergeMode": "Merge", "hashCollisionMode": "FavorIncoming"}""";
  private static final String RUNNING = "{\"status\": \"Running\"}";

  private final MockApi api = new MockApi();
  private final VirtualTime time = new VirtualTime(Instant.now());
  private final ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl())
      .hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY).retries(RetryPolicy.none())).build();

  private static BatchOptions docsOptions() {
    return BatchOptions.builder().owner("Demo Organization").haltOnError(true).action(BatchAction.CREATE)
        .attributeWriteType(AttributeWriteType.APPEND).tagWriteType(TagWriteType.APPEND)
        .securityLabelWriteType(SecurityLabelWriteType.APPEND).fileMergeMode(FileMergeMode.MERGE)
        .hashCollisionMode(HashCollisionMode.FAVOR_INCOMING).build();
  }

  private static String completed(long id, long errors, long successes, long unprocessed, String unprocessedName) {
    return "{\"status\": \"Success\", \"data\": {\"batchStatus\": {\"id\": " + id + ", \"status\": \"Completed\","
        + " \"errorCount\": " + errors + ", \"successCount\": " + successes + ", \"" + unprocessedName + "\": "
        + unprocessed + "}}}";
  }

  private static String created(long id) {
    return "{\"status\": \"Success\", \"data\": {\"batchId\": " + id + "}}";
  }

  private static BatchFile threeHostsAndAnIncident() {
    BatchFile file = BatchFile.create();
    var first = BatchIndicators.host("one.example.com");
    file.add(first).add(BatchIndicators.host("two.example.com")).add(BatchIndicators.host("three.example.com"));
    var incident = BatchGroups.incident("xid-1", "Ransomware Attack");
    file.add(incident).associate(first, incident);
    return file;
  }

  @Test
  void createUploadPollAndErrorsTiedToTheirObjects() throws Exception {
    api.respond(201, created(2446));
    api.respond(202, "{\"status\": \"Queued\"}");
    api.respond(200, RUNNING);
    api.respond(200, RUNNING);
    api.respond(200, completed(2446, 2, 3, 0, "unprocessCount"));
    api.respond(200, """
        [{"code": "0x1001", "severity": "Error", "errorReason": "bad summary",
          "errorMessage": "Last known JSON path: '$.indicator[1]': Last processed indicator[1] 'two.example.com'."},
         {"code": "0x1003", "severity": "Error", "errorReason": "com.google.gson.JsonSyntaxException",
          "errorMessage": "Encountered an unexpected Exception while processing batch job. Last known JSON path: '$.group[0]': Last processed group[0] 'xid-1'."},
         {"code": "0x1001", "severity": "Warning", "errorReason": "r", "errorMessage": "'$.association[0]': no"}]""");
    List<String> heard = new ArrayList<>();
    try (BatchFile file = threeHostsAndAnIncident()) {
      BatchResult result = tc.batch().run(file, docsOptions(), recorder(heard));

      RecordedRequest create = api.take();
      assertEquals("POST /api/v2/batch HTTP/1.1", create.getRequestLine());
      MockApi.assertSigned(create);
      MockApi.assertJsonBody(create);
      assertEquals(JSON.readTree(DOCS_BODY), JSON.readTree(create.getBody().readUtf8()));

      RecordedRequest upload = api.take();
      assertEquals("POST /api/v2/batch/2446 HTTP/1.1", upload.getRequestLine());
      assertEquals("application/octet-stream", upload.getHeader("Content-Type"));
      MockApi.assertSigned(upload);
      JsonNode sent = JSON.readTree(upload.getBody().readUtf8());
      assertEquals("two.example.com", sent.get("indicator").get(1).get("summary").asText());
      assertEquals("xid-1", sent.get("group").get(0).get("xid").asText());
      assertEquals(1, sent.get("association").size());
      assertEquals(Long.toString(upload.getBodySize()), upload.getHeader("Content-Length"));

      for (int i = 0; i < 3; i++) {
        RecordedRequest poll = api.take();
        assertEquals("GET /api/v2/batch/2446 HTTP/1.1", poll.getRequestLine());
        MockApi.assertSigned(poll);
      }
      assertEquals("GET /api/v2/batch/2446/results HTTP/1.1", api.take().getRequestLine());
      assertEquals(6, api.requestCount());
      // polled at once, then after 1 s and 1.5 s
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500)), time.sleeps());

      BatchJobResult job = result.jobs().get(0);
      assertEquals(new BatchJobStatus(2446, "Completed", 3, 2, 0), job.status());
      assertEquals(3, result.successCount());
      assertEquals(2, result.errorCount());
      assertEquals(false, result.halted());
      assertEquals(3, result.errors().size());
      assertEquals(Optional.of(new BatchObject(BatchObject.Kind.INDICATOR, 1, "Host", "two.example.com")),
          result.errors().get(0).object());
      assertEquals("0x1003", result.errors().get(1).code());
      assertEquals("com.google.gson.JsonSyntaxException", result.errors().get(1).reason());
      assertEquals(Optional.of(new BatchObject(BatchObject.Kind.GROUP, 0, "Incident", "xid-1")),
          result.errors().get(1).object());
      assertEquals("Warning", result.errors().get(2).severity());
      assertEquals(Optional.of(new BatchObject(BatchObject.Kind.ASSOCIATION, 0, "",
          "Host one.example.com to xid-1")), result.errors().get(2).object());
      assertEquals(List.of("created 0 2446", "uploaded 0 2446 " + upload.getBodySize(), "polled Running 0",
          "polled Running 0", "polled Completed 2", "completed 2446"), heard);
    }
  }

  private static BatchListener recorder(List<String> heard) {
    return new BatchListener() {
      @Override
      public void jobCreated(int part, long jobId) {
        heard.add("created " + part + " " + jobId);
      }

      @Override
      public void uploaded(int part, long jobId, long bytes) {
        heard.add("uploaded " + part + " " + jobId + " " + bytes);
      }

      @Override
      public void polled(int part, BatchJobStatus status) {
        heard.add("polled " + status.status() + " " + status.errorCount());
      }

      @Override
      public void completed(BatchJobResult job) {
        heard.add("completed " + job.jobId());
      }

      @Override
      public void halted(int part, long jobId, int partsNotSent) {
        heard.add("halted " + part + " " + jobId + " " + partsNotSent);
      }
    };
  }

  /** The wait grows by half each poll from 1 s and stops growing at 30 s. */
  @Test
  void pollingBacksOffToThirtySeconds() {
    api.respond(201, created(7));
    api.respond(202, "{\"status\": \"Queued\"}");
    api.respond(200, "{\"status\": \"Queued\"}");
    for (int i = 0; i < 11; i++) {
      api.respond(200, RUNNING);
    }
    api.respond(200, completed(7, 0, 3, 0, "unprocessCount"));
    try (BatchFile file = threeHostsAndAnIncident()) {
      BatchResult result = tc.batch().run(file, docsOptions());
      assertEquals(3, result.successCount());
    }
    assertEquals(List.of(1000L, 1500L, 2250L, 3375L, 5062L, 7593L, 11389L, 17083L, 25624L, 30000L, 30000L, 30000L),
        time.sleeps().stream().map(Duration::toMillis).toList());
    assertEquals(15, api.requestCount()); // no results read: no errors
  }

  /** L44-46 and L71-72: a part with errors halts the run; the later parts are not sent. */
  @Test
  void haltOnErrorSendsNoLaterPart() {
    api.respond(201, created(11));
    api.respond(202, "{\"status\": \"Queued\"}");
    api.respond(200, completed(11, 1, 0, 1, "unprocessedCount"));
    api.respond(200, "[{\"code\": \"0x1001\", \"severity\": \"Error\", \"errorReason\": \"r\","
        + " \"errorMessage\": \"'$.indicator[0]': Last processed indicator[0] 'h0.example.com'\"}]");
    List<String> heard = new ArrayList<>();
    try (BatchFile file = BatchFile.withLimits(2, 2_000_000)) {
      for (int i = 0; i < 5; i++) {
        file.add(BatchIndicators.host("h" + i + ".example.com"));
      }
      assertEquals(3, file.parts().size());
      BatchResult result = tc.batch().run(file, docsOptions(), recorder(heard));
      assertEquals(1, result.jobs().size());
      assertEquals(2, result.partsNotSent());
      assertTrue(result.halted());
      assertEquals(1, result.unprocessedCount());
      assertEquals("h0.example.com", result.errors().get(0).object().orElseThrow().name());
    }
    assertEquals(4, api.requestCount());
    assertEquals("halted 0 11 2", heard.get(heard.size() - 1));
  }

  /** Without haltOnError every part runs; a 404 from /results (L900) is no error list. */
  @Test
  void everyPartRunsWithoutHalting() {
    for (long id = 1; id <= 2; id++) {
      api.respond(201, created(id));
      api.respond(202, "{\"status\": \"Queued\"}");
      api.respond(200, completed(id, 1, 1, 0, "unprocessCount"));
      api.respond(404, "{\"status\": \"Error\", \"message\": \"none\"}");
    }
    try (BatchFile file = BatchFile.withLimits(2, 2_000_000)) {
      for (int i = 0; i < 4; i++) {
        file.add(BatchIndicators.host("h" + i + ".example.com"));
      }
      BatchOptions options = BatchOptions.builder().owner("Demo Organization").haltOnError(false)
          .action(BatchAction.CREATE).attributeWriteType(AttributeWriteType.REPLACE).build();
      BatchResult result = tc.batch().run(file, options);
      assertEquals(List.of(1L, 2L), result.jobs().stream().map(BatchJobResult::jobId).toList());
      assertEquals(2, result.errorCount());
      assertEquals(List.of(), result.errors());
    }
    api.take();
    api.take();
    api.take();
    api.take();
    RecordedRequest secondCreate = api.take();
    assertEquals("POST /api/v2/batch HTTP/1.1", secondCreate.getRequestLine());
    assertEquals("{\"version\":\"V2\",\"owner\":\"Demo Organization\",\"haltOnError\":false,\"action\":\"Create\","
        + "\"attributeWriteType\":\"Replace\"}", secondCreate.getBody().readUtf8());
  }

  /** L86-91: 401 when the user may not create; nothing is uploaded. */
  @Test
  void insufficientPrivilegesIsAnAuthenticationException() {
    api.respond(401, "Unable to perform the requested operation due to the following error(s): You do not have"
        + " permission to create Indicators; Groups; Attributes; Tags; Security Labels;");
    try (BatchFile file = threeHostsAndAnIncident()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> tc.batch().run(file, docsOptions()));
      assertTrue(e.getMessage().contains("You do not have permission to create Indicators"), e.getMessage());
    }
    assertEquals(1, api.requestCount());
  }

  /** L93-98: 503 when the batch API is not enabled. */
  @Test
  void disabledBatchApiIsAServerError() {
    api.respond(503, "Batch job api is not available.  Ensure that batchJobEnabled is true and document storage"
        + " is enabled and configured;");
    try (BatchFile file = threeHostsAndAnIncident()) {
      ServerErrorException e = assertThrows(ServerErrorException.class, () -> tc.batch().run(file, docsOptions()));
      assertTrue(e.getMessage().contains("batchJobEnabled"), e.getMessage());
    }
  }

  /** L803-811: the overlarge file's 400 carries its description. */
  @Test
  void overlargeFileIsABadRequest() {
    api.respond(201, created(3));
    api.respond(400, "{\"status\": \"Invalid\", \"description\": \"File size greater than allowable limit of 2000000\"}");
    try (BatchFile file = threeHostsAndAnIncident()) {
      BadRequestException e = assertThrows(BadRequestException.class, () -> tc.batch().run(file, docsOptions()));
      assertTrue(e.getMessage().contains("File size greater than allowable limit of 2000000"), e.getMessage());
    }
  }

  @Test
  void badArgumentsSendNothing() {
    try (BatchFile file = threeHostsAndAnIncident()) {
      assertThrows(IllegalArgumentException.class, () -> tc.batch().run(null, docsOptions()));
      assertThrows(IllegalArgumentException.class, () -> tc.batch().run(file, null));
      assertThrows(IllegalArgumentException.class, () -> tc.batch().run(file, docsOptions(), null));
    }
    assertEquals(0, api.requestCount());
  }
}
