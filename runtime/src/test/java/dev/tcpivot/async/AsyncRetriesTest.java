package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.RetryEvent;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Asynchronous calls retry by the same policy as blocking ones and tell the same listener: each
 * scenario runs once blocking and once asynchronously, on virtual time, and both must wait the same
 * waits, announce the same retries and end the same way.
 */
class AsyncRetriesTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();

  /** What one run saw. */
  private record Run(List<Duration> sleeps, List<RetryEvent> events, Class<?> type, String outcome, int requests) {}

  private Run run(RetryPolicy policy, Consumer<MockApi> responses, Function<ThreatConnect, Object> blocking,
      Function<ThreatConnect, CompletableFuture<?>> async, boolean asynchronously) {
    VirtualTime time = new VirtualTime(START);
    List<RetryEvent> events = new ArrayList<>();
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY))
        .retries(policy).retryListener(events::add).build();
    int before = api.requestCount();
    responses.accept(api);
    String outcome;
    Class<?> type = null;
    Supplier<Object> call = asynchronously
        ? () -> {
            try {
              return async.apply(tc).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
              throw assertInstanceOf(ThreatConnectException.class, e.getCause());
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          }
        : () -> blocking.apply(tc);
    try {
      outcome = "returned " + describe(call.get());
    } catch (ThreatConnectException e) {
      type = e.getClass();
      outcome = e.getMessage() + " [attempts " + e.attempts() + "]";
    }
    return new Run(time.sleeps(), List.copyOf(events), type, outcome, api.requestCount() - before);
  }

  private static String describe(Object value) {
    return value instanceof dev.tcpivot.v3.Group g ? "Group " + g.id() : String.valueOf(value);
  }

  private void assertSameBothWays(RetryPolicy policy, Consumer<MockApi> responses,
      Function<ThreatConnect, Object> blocking, Function<ThreatConnect, CompletableFuture<?>> async, String expected) {
    Run sync = run(policy, responses, blocking, async, false);
    Run asyncRun = run(policy, responses, blocking, async, true);
    assertEquals(sync, asyncRun);
    assertEquals(expected, asyncRun.outcome());
  }

  private static Consumer<MockApi> statuses(Object... statusThenRetryAfter) {
    return api -> {
      for (Object status : statusThenRetryAfter) {
        if (status instanceof String retryAfter) {
          api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", retryAfter)
              .setBody("{\"message\": \"Try later\", \"status\": \"Error\"}"));
        } else if ((Integer) status == 200) {
          api.respond(200, GROUP);
        } else {
          api.respond(new MockResponse().setResponseCode((Integer) status)
              .setBody("{\"message\": \"Try later\", \"status\": \"Error\"}"));
        }
      }
    };
  }

  @Test
  void aRetryAfterIsWaitedOutAndTheListenerHearsIt() {
    Run async = run(RetryPolicy.defaults(), statuses("7", 200), tc -> tc.groups().get(12),
        tc -> tc.async().groups().get(12), true);

    assertEquals(List.of(Duration.ofSeconds(7)), async.sleeps());
    assertEquals(
        List.of(new RetryEvent("GET", "/api/v3/groups/12", 1, 4, 503, "HTTP 503", Duration.ofSeconds(7), true)),
        async.events());
    assertSameBothWays(RetryPolicy.defaults(), statuses("7", 200), tc -> tc.groups().get(12),
        tc -> tc.async().groups().get(12), "returned Group 12");
  }

  @Test
  void backoffGrowsUntilTheAttemptsRunOut() {
    assertSameBothWays(RetryPolicy.defaults(), statuses(500, 502, 504, 500), tc -> tc.groups().get(12),
        tc -> tc.async().groups().get(12),
        "GET /api/v3/groups/12: HTTP 500: Try later (after 4 attempts) [attempts 4]");
  }

  @Test
  void maxElapsedBoundsTheWholeCall() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxElapsed(Duration.ofSeconds(20)).build();
    assertSameBothWays(policy, statuses("8", "8", "8"), tc -> tc.groups().get(12),
        tc -> tc.async().groups().get(12),
        "GET /api/v3/groups/12: HTTP 503: Try later; the server asks to retry after 8 s"
            + " (after 3 attempts) [attempts 3]");
  }

  @Test
  void aPostIsNotRetriedAndTheMessageSaysWhy() {
    assertSameBothWays(RetryPolicy.defaults(), statuses(503),
        tc -> tc.cases().create(CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build()),
        tc -> tc.async().cases().create(CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build()),
        "POST /api/v3/cases: HTTP 503: Try later; not retried because a POST could take"
            + " effect twice (RetryPolicy.builder().retryNonIdempotent(true) allows it) [attempts 1]");
  }

  @Test
  void droppedConnectionsAreRetried() {
    Consumer<MockApi> drops = api -> {
      api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      api.respond(200, GROUP);
    };
    Run async = run(RetryPolicy.defaults(), drops, tc -> tc.groups().get(12), tc -> tc.async().groups().get(12), true);

    assertEquals("returned Group 12", async.outcome());
    assertEquals(List.of(0, 0), async.events().stream().map(RetryEvent::status).toList());
    assertEquals(3, async.requests());
  }

  @Test
  void aBodyCutOffHalfwayIsRetriedAndSaysSo() {
    Consumer<MockApi> cut = api -> {
      api.respond(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
          .setBody(GROUP).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
      api.respond(200, GROUP);
    };
    Run async = run(RetryPolicy.defaults(), cut, tc -> tc.groups().get(12), tc -> tc.async().groups().get(12), true);

    assertEquals("returned Group 12", async.outcome());
    assertEquals(1, async.events().size());
    assertEquals(true, async.events().get(0).reason()
        .startsWith("the connection failed while the body of an HTTP 200 response was read"), async.events().get(0).reason());
  }

  @Test
  void noRetriesWhenThePolicySaysNone() {
    assertSameBothWays(RetryPolicy.none(), statuses(503), tc -> tc.groups().get(12),
        tc -> tc.async().groups().get(12),
        "GET /api/v3/groups/12: HTTP 503: Try later [attempts 1]");
    assertFalse(api.requestCount() > 2);
  }

  @Test
  void aRefusalThatARetryCannotMendIsReportedAtOnce() {
    ExecutionException e = assertThrows(ExecutionException.class, () -> {
      VirtualTime time = new VirtualTime(START);
      ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).token(MockApi.TOKEN)).build();
      api.respond(new MockResponse().setResponseCode(400).setBody("{\"message\": \"Invalid\", \"status\": \"Error\"}"));
      tc.async().groups().get(12).get(10, TimeUnit.SECONDS);
    });
    assertEquals(400, assertInstanceOf(ThreatConnectException.class, e.getCause()).status());
    assertEquals(1, api.requestCount());
  }
}
