package dev.tcpivot.async;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous twin of each operation sends the request its blocking form sends, signed the
 * same way, and completes with what the blocking form returns or throws.
 */
class AsyncCallsTest {
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\", \"type\": \"Adversary\"}, \"status\": \"Success\"}";
  private static final String REFUSED =
      "{\"status\": \"Error\", \"message\": \"Group with ID 99 not found\", \"errCode\": \"0x0404\"}";

  @RegisterExtension final MockApi api = new MockApi();

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @Test
  void getCompletesWithTheModelOfTheSameRequest() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, GROUP);
    api.respond(200, GROUP);

    Group async = await(tc.async().groups().get(12, GroupField.TAGS));
    Group blocking = tc.groups().get(12, GroupField.TAGS);

    assertEquals(12L, async.id());
    assertEquals(blocking.name(), async.name());
    RecordedRequest first = api.take();
    RecordedRequest second = api.take();
    assertEquals("GET /api/v3/groups/12?fields=tags HTTP/1.1", first.getRequestLine());
    assertEquals(second.getRequestLine(), first.getRequestLine());
    assertSigned(first);
  }

  @Test
  void updateSendsTheBodyOfTheBlockingForm() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, GROUP);
    api.respond(200, GROUP);
    GroupUpdate body = GroupUpdate.builder().name("Renamed").associatedIndicators(IndicatorRef.host("badguy.com")).build();

    await(tc.async().groups().update(12, body));
    tc.groups().update(12, body);

    RecordedRequest async = api.take();
    RecordedRequest blocking = api.take();
    assertEquals("PUT", async.getMethod());
    assertEquals(blocking.getPath(), async.getPath());
    assertEquals(blocking.getBody().readUtf8(), async.getBody().readUtf8());
    assertSigned(async);
  }

  @Test
  void aRefusalCompletesTheFutureWithTheExceptionABlockingCallThrows() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(404, REFUSED);
    api.respond(404, REFUSED);

    ExecutionException failed = assertThrows(ExecutionException.class, () -> await(tc.async().groups().get(99)));
    ThreatConnectException thrown = assertThrows(ThreatConnectException.class, () -> tc.groups().get(99));

    ThreatConnectException async = assertInstanceOf(ThreatConnectException.class, failed.getCause());
    assertEquals(thrown.getClass(), async.getClass());
    assertEquals(thrown.getMessage(), async.getMessage());
    assertEquals(404, async.status());
    assertEquals("0x0404", async.errorCode().orElseThrow());
  }

  @Test
  void badArgumentsAreThrownAtOnceAndNothingIsSent() {
    ThreatConnect tc = api.hmacClient();

    IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> tc.async().groups().get(0));
    IllegalArgumentException body = assertThrows(IllegalArgumentException.class, () -> tc.async().groups().update(12, null));
    IllegalArgumentException summary =
        assertThrows(IllegalArgumentException.class, () -> tc.async().indicators().get(" "));

    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> tc.groups().get(0)).getMessage(), id.getMessage());
    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> tc.groups().update(12, null)).getMessage(), body.getMessage());
    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> tc.indicators().get(" ")).getMessage(), summary.getMessage());
    assertEquals(0, api.requestCount());
  }

  @Test
  void deleteCompletesWithNothing() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"status\": \"Success\"}");

    assertNull(await(tc.async().groups().delete(12)));

    assertEquals("DELETE /api/v3/groups/12 HTTP/1.1", api.take().getRequestLine());
  }

  @Test
  void createPostsAndCompletesWithTheNewObject() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(201, "{\"data\": {\"id\": 7, \"type\": \"Host\", \"hostName\": \"badguy.com\"}, \"status\": \"Success\"}");

    assertEquals(7L, await(tc.async().indicators().create(IndicatorCreate.host("badguy.com").build())).id());

    RecordedRequest request = api.take();
    assertEquals("POST /api/v3/indicators HTTP/1.1", request.getRequestLine());
    assertEquals("{\"type\":\"Host\",\"hostName\":\"badguy.com\"}", request.getBody().readUtf8());
  }

  /** v3/return_count.rst: {@code count=true} adds the count to the response. */
  @Test
  void countCompletesWithTheCountOfTheResponse() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"count\": 42, \"data\": [], \"status\": \"Success\"}");

    assertEquals(42L, await(tc.async().groups().count(GroupQuery.typeName().eq("Campaign"))));

    assertTrue(api.take().getPath().contains("count=true"));
  }

  @Test
  void aResponseWithoutDataFailsLikeABlockingCall() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"status\": \"Success\"}");

    ExecutionException failed = assertThrows(ExecutionException.class, () -> await(tc.async().groups().get(12)));

    assertEquals("GET /api/v3/groups/12: HTTP 200: the response carries no data", failed.getCause().getMessage());
  }
}
