package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.CallOptions;
import dev.tcpivot.ManualWaits;
import dev.tcpivot.NoResponseException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling an asynchronous call's future cancels what it is waiting on: the request in flight,
 * or the wait before its next attempt, which then never goes out. A call's own timeout ends it the
 * same way, as a {@link NoResponseException} that timed out.
 */
class AsyncCancellationTest {
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();
  private final ManualWaits waits = new ManualWaits();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch canceled = new CountDownLatch(1);

  @AfterEach
  void letTheServerGo() {
    release.countDown();
  }

  private ThreatConnect client() {
    OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        canceled.countDown();
      }
    }).build();
    return waits.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY))
        .httpClient(http).build();
  }

  /** The server holds each request until the test lets it go. */
  private void holdRequests() {
    api.dispatch(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        release.await(10, TimeUnit.SECONDS);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(GROUP);
      }
    });
  }

  @Test
  void cancellingTheFutureCancelsTheRequestInFlight() throws Exception {
    holdRequests();
    ThreatConnect tc = client();
    CompletableFuture<Group> future = tc.async().groups().get(12);
    api.take(); // the request reached the server

    assertTrue(future.cancel(true));

    assertTrue(canceled.await(10, TimeUnit.SECONDS), "the OkHttp call was not cancelled");
    assertThrows(CancellationException.class, future::join);
  }

  @Test
  void cancellingDuringARetryAfterWaitDropsTheNextAttempt() throws Exception {
    ThreatConnect tc = client();
    api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", "30")
        .setBody("{\"message\": \"Busy\", \"status\": \"Error\"}"));
    api.respond(200, GROUP);
    CompletableFuture<Group> future = tc.async().groups().get(12);

    assertEquals(List.of(Duration.ofSeconds(30)), waits.awaitPending(1));
    assertTrue(future.cancel(true));

    waits.awaitNonePending();
    assertEquals(1, waits.cancelled());
    assertEquals(0, waits.runPending());
    assertEquals(1, api.requestCount());
  }

  @Test
  void theCallsTimeoutEndsItAndCancelsTheRequest() throws Exception {
    holdRequests();
    ThreatConnect tc = client();
    CompletableFuture<Group> future =
        tc.async().groups().with(CallOptions.builder().timeout(Duration.ofSeconds(3)).build()).get(12);
    api.take();

    assertEquals(List.of(Duration.ofSeconds(3)), waits.awaitPending(1));
    waits.runPending();

    ExecutionException failed = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    NoResponseException timeout = assertInstanceOf(NoResponseException.class, failed.getCause());
    assertTrue(timeout.timedOut());
    assertEquals("GET /api/v3/groups/12: no response: InterruptedIOException: timeout", timeout.getMessage());
    assertTrue(canceled.await(10, TimeUnit.SECONDS), "the OkHttp call was not cancelled");
  }

  @Test
  void aCallThatEndsInTimeDropsItsTimeout() throws Exception {
    ThreatConnect tc = client();
    api.respond(200, GROUP);

    Group group = tc.async().groups().with(CallOptions.builder().timeout(Duration.ofSeconds(3)).build()).get(12)
        .get(10, TimeUnit.SECONDS);

    assertEquals(12L, group.id());
    assertEquals(List.of(), waits.pendingDelays());
    assertEquals(1, waits.cancelled());
  }
}
