package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Metadata;
import dev.tcpivot.NoResponseException;
import dev.tcpivot.RetryEvent;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.NewGroup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retries on virtual time: which failures are retried, after how long (Retry-After in seconds or
 * as an HTTP date; otherwise exponential backoff with full jitter), within which bounds, and which
 * requests are never repeated unless the caller opts in because a repeat could take effect twice.
 */
class RetriesTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";
  private static final String INDICATOR = "{\"data\": {\"id\": 3, \"type\": \"Host\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();
  private VirtualTime time;
  private final List<RetryEvent> events = new ArrayList<>();

  @BeforeEach
  void start() {
    time = new VirtualTime(START);
  }

  private ThreatConnect client(RetryPolicy policy) {
    return time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY))
        .retries(policy)
        .retryListener(events::add)
        .build();
  }

  private ThreatConnect client() {
    return client(RetryPolicy.defaults());
  }

  private void respondStatus(int status, String... header) {
    MockResponse response = new MockResponse().setResponseCode(status)
        .setBody("{\"message\": \"Try later\", \"status\": \"Error\"}");
    for (int i = 0; i < header.length; i += 2) {
      response.setHeader(header[i], header[i + 1]);
    }
    api.respond(response);
  }

  @Test
  void serviceUnavailableWaitsTheRetryAfterSecondsAndSignsAgain() {
    ThreatConnect tc = client();
    respondStatus(503, "Retry-After", "7");
    api.respond(200, GROUP);

    assertEquals(12L, tc.groups().get(12).id());

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    assertEquals(
        List.of(new RetryEvent("GET", "/api/v3/groups/12", 1, 4, 503, "HTTP 503", Duration.ofSeconds(7), true)),
        events);
    RecordedRequest first = api.take();
    RecordedRequest second = api.take();
    assertSigned(first);
    assertSigned(second);
    // Signed anew for the retry: the Timestamp is 7 seconds later (quick_start.rst: 5 minutes of skew at most).
    assertEquals(Long.parseLong(first.getHeader("Timestamp")) + 7, Long.parseLong(second.getHeader("Timestamp")));
    assertNotEquals(first.getHeader("Authorization"), second.getHeader("Authorization"));
  }

  @Test
  void tooManyRequestsWaitsUntilTheRetryAfterDate() {
    ThreatConnect tc = client();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(START.plusSeconds(30).atOffset(ZoneOffset.UTC));
    respondStatus(429, "Retry-After", date);
    api.respond(200, GROUP);

    tc.groups().get(12);

    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
    assertTrue(events.get(0).retryAfter());
    assertEquals(429, events.get(0).status());
  }

  @Test
  void serverErrorsBackOffExponentiallyWithFullJitterThenGiveUp() {
    ThreatConnect tc = client();
    for (int i = 0; i < 4; i++) {
      respondStatus(500);
    }

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(4, api.requestCount());
    // Half of 500 ms, 1 s and 2 s: the jitter picks 0.5 of each cap.
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
    assertEquals(500, e.status());
    assertEquals(4, e.attempts());
    assertEquals("GET /api/v3/groups/12: HTTP 500: Try later (after 4 attempts)", e.getMessage());
    assertEquals(List.of(1, 2, 3), events.stream().map(RetryEvent::attempt).toList());
  }

  @Test
  void backoffIsCappedByMaxBackoff() {
    time.jitter(0.999);
    ThreatConnect tc = client(RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(3)).build());
    for (int i = 0; i < 4; i++) {
      respondStatus(502);
    }
    api.respond(200, GROUP);

    tc.groups().get(12);

    assertEquals(List.of(Duration.ofMillis(999), Duration.ofMillis(1998), Duration.ofMillis(2997), Duration.ofMillis(2997)),
        time.sleeps());
  }

  @Test
  void aRetryAfterBeyondMaxElapsedIsNotWaitedFor() {
    ThreatConnect tc = client();
    respondStatus(429, "Retry-After", "600");

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(1, api.requestCount());
    assertEquals(List.of(), time.sleeps());
    assertEquals("GET /api/v3/groups/12: HTTP 429: Try later; the server asks to retry after 600 s", e.getMessage());
  }

  @Test
  void maxElapsedBoundsTheWholeRequest() {
    ThreatConnect tc = client(RetryPolicy.builder().maxAttempts(10).maxElapsed(Duration.ofSeconds(20)).build());
    respondStatus(503, "Retry-After", "8");
    respondStatus(503, "Retry-After", "8");
    respondStatus(503, "Retry-After", "8");

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(List.of(Duration.ofSeconds(8), Duration.ofSeconds(8)), time.sleeps());
    assertEquals(3, e.attempts());
  }

  @Test
  void clientErrorsAreNotRetried() {
    ThreatConnect tc = client();
    for (int status : new int[] {400, 401, 403, 404, 501}) {
      respondStatus(status);
      assertEquals(status, assertThrows(ThreatConnectException.class, () -> tc.groups().get(12)).status());
    }
    assertEquals(5, api.requestCount());
    assertEquals(List.of(), events);
  }

  @Test
  void aDroppedConnectionIsRetried() {
    ThreatConnect tc = client();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    api.respond(200, GROUP);

    assertEquals(12L, tc.groups().get(12).id());
    assertEquals(3, api.requestCount());
    assertEquals(List.of(0, 0), events.stream().map(RetryEvent::status).toList());
  }

  @Test
  void aBodyCutOffHalfwayIsRetried() {
    ThreatConnect tc = client();
    api.respond(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody(GROUP).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    api.respond(200, GROUP);

    assertEquals("Bad Guy", tc.groups().get(12).name());
    assertEquals(2, api.requestCount());
    assertTrue(events.get(0).reason().startsWith("the connection failed while the body of an HTTP 200 response was read"),
        events.get(0).reason());
  }

  @Test
  void aReadTimeoutIsRetried() {
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).token(MockApi.TOKEN))
        .readTimeout(Duration.ofMillis(200)).retryListener(events::add).build();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    api.respond(200, GROUP);

    assertEquals(12L, tc.groups().get(12).id());
    assertEquals(1, events.size());
    assertTrue(events.get(0).reason().startsWith("SocketTimeoutException"), events.get(0).reason());
  }

  @Test
  void postIsNotRetriedByDefault() {
    ThreatConnect tc = client();
    respondStatus(503);

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.cases().create(
        CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build()));

    assertEquals(1, api.requestCount());
    assertEquals(List.of(), events);
    assertEquals("POST /api/v3/cases: HTTP 503: Try later; not retried because a POST could take effect twice"
        + " (RetryPolicy.builder().retryNonIdempotent(true) allows it)", e.getMessage());
  }

  /** The connection dropped after the request went out: the server may have created the Case. */
  @Test
  void postWhoseResponseWasLostIsNotRetried() {
    ThreatConnect tc = client();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    api.respond(201, "{\"data\": {\"id\": 1}, \"status\": \"Success\"}");

    NoResponseException e = assertThrows(NoResponseException.class, () -> tc.cases().create(
        CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build()));

    assertEquals(1, api.requestCount());
    assertEquals(0, e.status());
    assertTrue(e.getMessage().startsWith("POST /api/v3/cases: no response: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; not retried because a POST could take effect twice"
        + " (RetryPolicy.builder().retryNonIdempotent(true) allows it)"), e.getMessage());
  }

  @Test
  void postIsRetriedWhenTheCallerOptsIn() {
    ThreatConnect tc = client(RetryPolicy.builder().retryNonIdempotent(true).build());
    respondStatus(503);
    api.respond(201, "{\"data\": {\"id\": 1}, \"status\": \"Success\"}");

    assertEquals(1L, tc.cases().create(CaseCreate.of("Phishing", CaseSeverity.LOW, CaseStatus.OPEN).build()).id());
    assertEquals(2, api.requestCount());
    assertEquals("POST", events.get(0).method());
  }

  /** Nothing reached a server that refused the connection, so even a POST may be sent again. */
  @Test
  void aRefusedConnectionIsRetriedEvenForPost() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api")
        .token(MockApi.TOKEN)).retryListener(events::add).build();

    NoResponseException e = assertThrows(NoResponseException.class, () -> tc.cases().create(
        CaseCreate.of("Phishing", CaseSeverity.LOW, CaseStatus.OPEN).build()));

    assertEquals(4, e.attempts());
    assertEquals(3, events.size());
    assertFalse(e.timedOut());
    assertTrue(e.getMessage().startsWith("POST /api/v3/cases: no response: ConnectException"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(after 4 attempts)"), e.getMessage());
  }

  @Test
  void putOfExistingObjectsIsRetried() {
    ThreatConnect tc = client();
    respondStatus(503);
    api.respond(200, GROUP);

    tc.groups().update(12, GroupUpdate.builder()
        .name("Bad Guy")
        .associatedGroups(GroupRef.id(1), GroupRef.id(2))
        .associatedIndicators(Associations.replace(IndicatorRef.host("badguy.com"),
            IndicatorRef.address("71.6.135.131").ownerName("Demo Source")))
        .associatedCases(Associations.delete(dev.tcpivot.v3.CaseRef.id(7)))
        .tags(Tag.of("Russia"))
        .attributes(Metadata.replace(Attribute.of("Description", "A bad guy")))
        .build());

    assertEquals(2, api.requestCount());
    assertEquals(1, events.size());
    assertEquals(api.take().getBody().readUtf8(), api.take().getBody().readUtf8());
  }

  @Test
  void putThatCreatesAGroupIsNotRetried() {
    ThreatConnect tc = client();
    respondStatus(503);

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.indicators().update("badguy.com",
        IndicatorUpdate.builder().associatedGroups(GroupRef.id(1), NewGroup.adversary("Bad Guy").ownerName("Demo Source"))
            .build()));

    assertEquals(1, api.requestCount());
    assertEquals("PUT /api/v3/indicators/badguy.com: HTTP 503: Try later; not retried because it creates a new"
        + " object in associatedGroups: NewGroup{type=Adversary, name=Bad Guy, ownerName=Demo Source}"
        + " (RetryPolicy.builder().retryNonIdempotent(true) allows it)", e.getMessage());
  }

  @Test
  void putThatAppendsAttributesOrReportsObservationsIsNotRetried() {
    ThreatConnect tc = client();
    respondStatus(500);
    respondStatus(500);
    respondStatus(500);

    ThreatConnectException appended = assertThrows(ThreatConnectException.class, () -> tc.indicators().update(3,
        IndicatorUpdate.builder().attributes(Attribute.of("Description", "seen twice?")).build()));
    ThreatConnectException appendBlock = assertThrows(ThreatConnectException.class, () -> tc.indicators().update(3,
        IndicatorUpdate.builder().attributes(Metadata.append(Attribute.of("Source", "feed"))).build()));
    ThreatConnectException observed = assertThrows(ThreatConnectException.class, () -> tc.indicators().update(3,
        IndicatorUpdate.builder().observations(1).build()));

    assertEquals(3, api.requestCount());
    assertTrue(appended.getMessage().contains("not retried because it appends attributes, which a repeat would add again"),
        appended.getMessage());
    assertTrue(appendBlock.getMessage().contains("not retried because it appends attributes"), appendBlock.getMessage());
    assertTrue(observed.getMessage().contains("not retried because it reports observations, which count again"),
        observed.getMessage());
  }

  @Test
  void deleteAndOptionsAreRetried() {
    ThreatConnect tc = client();
    respondStatus(502);
    api.respond(new MockResponse().setResponseCode(204));
    respondStatus(504);
    api.respond(200, "{\"data\": [{\"name\": \"tags\", \"includedByDefault\": false}], \"status\": \"Success\"}");

    tc.victims().delete(4);
    assertEquals(1, tc.victims().fields().size());

    assertEquals(List.of("DELETE", "OPTIONS"), events.stream().map(RetryEvent::method).toList());
  }

  @Test
  void aFailedPageIsRetriedAndSignedAgain() {
    ThreatConnect tc = client();
    api.respond(200, "{\"next\": \"" + api.absolute("/api/v3/indicators?resultStart=1&resultLimit=1")
        + "\", \"data\": [{\"id\": 1, \"type\": \"Host\"}], \"status\": \"Success\"}");
    respondStatus(503, "Retry-After", "2");
    api.respond(200, "{\"data\": [{\"id\": 2, \"type\": \"Host\"}], \"status\": \"Success\"}");

    List<Long> ids = tc.indicators().list(ListOptions.builder().pageSize(1).build()).stream().map(Indicator::id).toList();

    assertEquals(List.of(1L, 2L), ids);
    api.take();
    RecordedRequest failed = api.take();
    RecordedRequest retried = api.take();
    assertEquals("/api/v3/indicators?resultStart=1&resultLimit=1", retried.getPath());
    assertSigned(failed);
    assertSigned(retried);
    assertNotEquals(failed.getHeader("Timestamp"), retried.getHeader("Timestamp"));
  }

  @Test
  void aFailingListenerDoesNotStopTheRetry() {
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).token(MockApi.TOKEN))
        .retryListener(event -> {
          throw new IllegalStateException("listener bug");
        })
        .build();
    respondStatus(503);
    api.respond(200, INDICATOR);

    assertEquals(3L, tc.indicators().get(3).id());
    assertEquals(2, api.requestCount());
  }

  @Test
  void noneSendsOnce() {
    ThreatConnect tc = client(RetryPolicy.none());
    respondStatus(503, "Retry-After", "1");

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(1, api.requestCount());
    assertEquals(1, e.attempts());
    assertInstanceOf(ThreatConnectException.class, e);
    assertEquals("GET /api/v3/groups/12: HTTP 503: Try later; the server asks to retry after 1 s", e.getMessage());
  }

  @Test
  void policySettingsAreChecked() {
    assertEquals("maxAttempts must be at least 1 (one attempt, no retry), not 0",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0)).getMessage());
    assertEquals("maxElapsed must be positive, not PT-1S",
        assertThrows(IllegalArgumentException.class,
            () -> RetryPolicy.builder().maxElapsed(Duration.ofSeconds(-1))).getMessage());
    assertEquals("initialBackoff must not be null",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().initialBackoff(null)).getMessage());
    assertEquals("maxBackoff (PT1S) must not be less than initialBackoff (PT2S)",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1)).build()).getMessage());
    assertEquals("RetryPolicy[maxAttempts=4, maxElapsed=PT2M, initialBackoff=PT0.5S, maxBackoff=PT20S,"
        + " retryNonIdempotent=false]", RetryPolicy.defaults().toString());
  }
}
