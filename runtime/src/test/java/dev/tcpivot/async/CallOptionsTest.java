package dev.tcpivot.async;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.CallOptions;
import dev.tcpivot.ListOptions;
import dev.tcpivot.NoResponseException;
import dev.tcpivot.RetryEvent;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Groups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Per-call options change one endpoint copy's calls without another client: an owner
 * (v3/specify_owner.rst), an Activity log entry (v3/create_activity_logs.rst: append
 * {@code ?createActivityLog=true}), no retries, and a timeout for the whole call.
 */
class CallOptionsTest {
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  @RegisterExtension final MockApi api = new MockApi();

  private ThreatConnect retrying(List<RetryEvent> events) {
    return new VirtualTime(START).applyTo(ThreatConnect.builder().baseUrl(api.baseUrl())
        .hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)).retryListener(events::add).build();
  }

  @Test
  void anActivityLogIsAskedForInTheSignedQuery() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, GROUP);
    api.respond(200, GROUP);

    tc.groups().with(CallOptions.builder().createActivityLog(true).build())
        .update(12, GroupUpdate.builder().name("Renamed").build());
    tc.groups().update(12, GroupUpdate.builder().name("Renamed").build());

    RecordedRequest logged = api.take();
    assertEquals("/api/v3/groups/12?createActivityLog=true", logged.getPath());
    assertSigned(logged);
    assertEquals("/api/v3/groups/12", api.take().getPath(), "off unless asked for");
  }

  @Test
  void everyPageOfAListKeepsTheOptions() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"next\": \"" + api.absolute("/api/v3/groups?owner=Demo%20Source&resultStart=1&resultLimit=1")
        + "\", \"data\": [{\"id\": 1}], \"status\": \"Success\"}");
    api.respond(200, "{\"data\": [{\"id\": 2}], \"status\": \"Success\"}");

    long read = tc.groups().with(CallOptions.builder().owner("Demo Source").createActivityLog(true).build())
        .list(ListOptions.builder().pageSize(1).build()).stream().count();

    assertEquals(2, read);
    assertEquals("/api/v3/groups?owner=Demo%20Source&resultLimit=1&createActivityLog=true", api.take().getPath());
    RecordedRequest second = api.take();
    assertEquals("/api/v3/groups?owner=Demo%20Source&resultStart=1&resultLimit=1&createActivityLog=true", second.getPath());
    assertSigned(second);
  }

  @Test
  void theOwnerOfTheOptionsIsUsedAndKeptByInOwnerCopies() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, GROUP);
    api.respond(200, GROUP);
    api.respond(200, GROUP);
    Groups inSource = tc.groups().with(CallOptions.builder().owner("Demo Source").build());

    inSource.get(12);
    inSource.getByXid("xid-1");
    tc.async().groups().with(CallOptions.builder().owner("Demo Community").build()).get(12).get(10, TimeUnit.SECONDS);

    assertEquals("/api/v3/groups/12?owner=Demo%20Source", api.take().getPath());
    assertEquals("/api/v3/groups/xid-1?owner=Demo%20Source", api.take().getPath());
    assertEquals("/api/v3/groups/12?owner=Demo%20Community", api.take().getPath());
  }

  @Test
  void noRetriesSendsOnceWhateverThePolicySays() throws Exception {
    List<RetryEvent> events = new ArrayList<>();
    ThreatConnect tc = retrying(events);
    CallOptions once = CallOptions.builder().noRetries().build();
    for (int i = 0; i < 2; i++) {
      api.respond(new MockResponse().setResponseCode(503).setBody("{\"message\": \"Busy\", \"status\": \"Error\"}"));
    }

    ThreatConnectException blocking = assertThrows(ThreatConnectException.class, () -> tc.groups().with(once).get(12));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> tc.async().groups().with(once).get(12).get(10, TimeUnit.SECONDS));

    assertEquals("GET /api/v3/groups/12: HTTP 503: Busy", blocking.getMessage());
    assertEquals(blocking.getMessage(), async.getCause().getMessage());
    assertEquals(2, api.requestCount());
    assertEquals(List.of(), events);
  }

  @Test
  void aBlockingCallsTimeoutCoversTheWholeCall() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    NoResponseException e = assertThrows(NoResponseException.class,
        () -> tc.groups().with(CallOptions.builder().timeout(Duration.ofMillis(300)).build()).get(12));

    assertTrue(e.timedOut(), e.getMessage());
    assertEquals(1, api.requestCount());
  }

  @Test
  void aRetryThatWouldOutliveTheTimeoutIsNotMade() {
    List<RetryEvent> events = new ArrayList<>();
    ThreatConnect tc = retrying(events);
    api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", "30")
        .setBody("{\"message\": \"Busy\", \"status\": \"Error\"}"));

    ThreatConnectException e = assertThrows(ThreatConnectException.class,
        () -> tc.groups().with(CallOptions.builder().timeout(Duration.ofSeconds(10)).build()).get(12));

    assertEquals(503, e.status());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), events);
  }

  @Test
  void badOptionsAreRefusedWhenBuilt() {
    assertEquals("timeout must be positive, not PT0S",
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().timeout(Duration.ZERO)).getMessage());
    assertEquals("timeout must be positive, not PT-1S",
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().timeout(Duration.ofSeconds(-1))).getMessage());
    assertInstanceOf(IllegalArgumentException.class,
        assertThrows(RuntimeException.class, () -> CallOptions.builder().owner(" ")));
    assertThrows(RuntimeException.class, () -> api.hmacClient().groups().with(null));
  }
}
