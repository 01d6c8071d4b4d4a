package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.Associations;
import dev.tcpivot.BulkLinks;
import dev.tcpivot.IdRef;
import dev.tcpivot.Ref;
import dev.tcpivot.RetryEvent;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.VictimUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A large list of refs linked to one object in chunks: a failure in the middle says which chunks
 * went through and which refs remain, and a rerun with those completes the job, so that the server
 * ends up with every ref exactly once and in order.
 */
class BulkLinksTest {
  private static final String UPDATED = "{\"data\": {\"id\": 77}, \"message\": \"Updated\", \"status\": \"Success\"}";

  private final ObjectMapper json = new ObjectMapper();
  @RegisterExtension final MockApi api = new MockApi();

  private static List<IdRef<Indicator>> indicators(int count) {
    return LongStream.rangeClosed(1, count).mapToObj(IndicatorRef::id).toList();
  }

  /** The IDs a PUT's associatedIndicators block names, in order. */
  private List<Long> ids(RecordedRequest request, String field) throws Exception {
    JsonNode body = json.readTree(request.getBody().readUtf8());
    List<Long> ids = new ArrayList<>();
    body.get(field).get("data").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  @Test
  void aFailureInTheMiddleIsFinishedByARerunWithoutLossOrDuplicate() throws Exception {
    ThreatConnect tc = api.hmacClient();
    List<IdRef<Indicator>> refs = indicators(1200);
    List<String> progress = new ArrayList<>();
    api.respond(200, UPDATED);
    api.respond(400, "{\"message\": \"Indicator 731 does not exist\", \"status\": \"Error\"}");

    BulkLinks.Result<IdRef<Indicator>> first = BulkLinks.of(refs)
        .onProgress(p -> progress.add(p.toString()))
        .run(chunk -> tc.groups().update(77, GroupUpdate.builder().associatedIndicators(chunk).build()));

    assertFalse(first.complete());
    assertEquals(List.of(refs.subList(0, 500)), first.landed());
    assertEquals(refs.subList(500, 1200), first.remaining());
    ThreatConnectException failure = assertInstanceOf(ThreatConnectException.class, first.failure().orElseThrow());
    assertEquals(400, failure.status());
    assertEquals(List.of("chunk 1 of 3, 500 of 1200 refs"), progress);
    assertEquals("stopped: 1 of 3 chunks (500 refs) went through, 700 refs remain; PUT /api/v3/groups/77: HTTP 400:"
        + " Indicator 731 does not exist", first.toString());

    api.respond(200, UPDATED);
    api.respond(200, UPDATED);
    BulkLinks.Result<IdRef<Indicator>> rerun = BulkLinks.of(first.remaining())
        .run(chunk -> tc.groups().update(77, GroupUpdate.builder().associatedIndicators(chunk).build()));

    assertTrue(rerun.complete());
    assertEquals(List.of(), rerun.remaining());
    List<Long> applied = new ArrayList<>(ids(api.take(), "associatedIndicators"));
    ids(api.take(), "associatedIndicators"); // refused: the server applied nothing of it
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = api.take();
      assertEquals("PUT", request.getMethod());
      assertEquals("/api/v3/groups/77", request.getPath());
      applied.addAll(ids(request, "associatedIndicators"));
    }
    assertEquals(LongStream.rangeClosed(1, 1200).boxed().toList(), applied);
  }

  /** Each chunk's PUT names only existing objects, so the client's retries cover a passing 503. */
  @Test
  void aPassingFailureIsRetriedInsideTheChunk() {
    List<RetryEvent> retries = new ArrayList<>();
    ThreatConnect tc = new VirtualTime(Instant.parse("2026-03-01T12:00:00Z"))
        .applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).token(MockApi.TOKEN))
        .retryListener(retries::add)
        .build();
    api.respond(200, UPDATED);
    api.respond(503, "{\"message\": \"busy\", \"status\": \"Error\"}");
    api.respond(200, UPDATED);

    BulkLinks.Result<IdRef<Group>> result = BulkLinks.of(LongStream.rangeClosed(1, 4).mapToObj(GroupRef::id).toList())
        .chunkSize(2)
        .run(chunk -> tc.victims().update(5, VictimUpdate.builder().associatedGroups(chunk).build()));

    assertTrue(result.complete());
    assertEquals(2, result.landed().size());
    assertEquals(1, retries.size());
    assertEquals(3, api.requestCount());
  }

  @Test
  void unlinkingInChunks() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, UPDATED);
    api.respond(200, UPDATED);
    api.respond(200, UPDATED);

    BulkLinks.Result<IdRef<Group>> result = BulkLinks.of(LongStream.rangeClosed(1, 5).mapToObj(GroupRef::id).toList())
        .chunkSize(2)
        .run(chunk -> tc.indicators().update("badguy.com",
            dev.tcpivot.v3.IndicatorUpdate.builder().associatedGroups(Associations.delete(chunk)).build()));

    assertTrue(result.complete());
    assertEquals("{\"associatedGroups\":{\"data\":[{\"id\":1},{\"id\":2}],\"mode\":\"delete\"}}", api.take().getBody().readUtf8());
    assertEquals(List.of(3L, 4L), ids(api.take(), "associatedGroups"));
    assertEquals(List.of(5L), ids(api.take(), "associatedGroups"));
  }

  @Test
  void indicatorsBySummaryInAnotherOwnerAreExistingObjects() {
    List<Ref<Indicator>> refs = List.of(IndicatorRef.host("badguy.com"), IndicatorRef.address("71.6.135.131").ownerName("Demo Source"));
    List<List<Ref<Indicator>>> sent = new ArrayList<>();

    assertTrue(BulkLinks.of(refs).chunkSize(1).run(sent::add).complete());
    assertEquals(List.of(List.of(refs.get(0)), List.of(refs.get(1))), sent);
  }

  @Test
  void newObjectsAreRefused() {
    List<Ref<Indicator>> refs = List.of(IndicatorRef.id(1), NewIndicator.host("new.example.com").ownerName("Demo Source"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulkLinks.of(refs));

    assertEquals("refs[1] is a new object (NewIndicator{type=Host, hostName=new.example.com, ownerName=Demo Source}):"
        + " a rerun after a failure would create it again; create it with a single request and bulk-link only"
        + " existing objects (by ID, or Indicators by type and summary)", e.getMessage());
  }

  @Test
  void argumentsAreChecked() {
    assertEquals("refs must not be null",
        assertThrows(IllegalArgumentException.class, () -> BulkLinks.of(null)).getMessage());
    List<IdRef<Group>> withNull = new ArrayList<>(List.of(GroupRef.id(1)));
    withNull.add(null);
    assertEquals("refs[1] must not be null",
        assertThrows(IllegalArgumentException.class, () -> BulkLinks.of(withNull)).getMessage());
    assertEquals("chunkSize must be at least 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> BulkLinks.of(List.of(GroupRef.id(1))).chunkSize(0)).getMessage());
    assertEquals("listener must not be null",
        assertThrows(IllegalArgumentException.class, () -> BulkLinks.of(List.of(GroupRef.id(1))).onProgress(null)).getMessage());
  }

  @Test
  void anEmptyListSendsNothing() {
    BulkLinks.Result<IdRef<Group>> result = BulkLinks.<IdRef<Group>>of(List.of()).run(chunk -> {
      throw new AssertionError("no chunk expected");
    });
    assertTrue(result.complete());
    assertEquals(List.of(), result.landed());
  }

  /** A progress listener that fails stops the run after its chunk, which did go through. */
  @Test
  void aFailingProgressListenerStopsAfterItsChunk() {
    List<List<IdRef<Group>>> sent = new ArrayList<>();
    BulkLinks.Result<IdRef<Group>> result = BulkLinks.of(LongStream.rangeClosed(1, 3).mapToObj(GroupRef::id).toList())
        .chunkSize(1)
        .onProgress(p -> {
          if (p.chunk() == 2) {
            throw new IllegalStateException("disk full");
          }
        })
        .run(sent::add);

    assertEquals(2, sent.size());
    assertEquals(2, result.landed().size());
    assertEquals(List.of(GroupRef.id(3)), result.remaining());
    assertEquals("disk full", result.failure().orElseThrow().getMessage());
  }
}
