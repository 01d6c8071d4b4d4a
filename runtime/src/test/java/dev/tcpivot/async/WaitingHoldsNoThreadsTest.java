package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ManualWaits;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 500 asynchronous calls waiting out a {@code Retry-After} hold no thread and no dispatcher slot:
 * while they wait, OkHttp runs no call, no thread of the client sleeps, and the threads alive are no
 * more than the client's own pool had while sending. Then every call goes on and completes.
 */
class WaitingHoldsNoThreadsTest {
  private static final int CALLS = 500;

  @RegisterExtension final MockApi api = new MockApi();

  @Test
  void fiveHundredCallsWaitingOutA429HoldNoThreads() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    api.dispatch(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (seen.incrementAndGet() <= CALLS) {
          return new MockResponse().setResponseCode(429).setHeader("Retry-After", "5")
              .setBody("{\"message\": \"Too many requests\", \"status\": \"Error\"}");
        }
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody("{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}");
      }
    });
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(32);
    dispatcher.setMaxRequestsPerHost(32);
    ManualWaits waits = new ManualWaits();
    ThreatConnect tc = waits.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY))
        .httpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build())
        .build();
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();

    List<CompletableFuture<Group>> futures = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      futures.add(tc.async().groups().get(12));
    }
    List<Duration> delays = waits.awaitPending(CALLS);

    assertEquals(CALLS, delays.size());
    assertTrue(delays.stream().allMatch(Duration.ofSeconds(5)::equals), delays.toString());
    assertEquals(0, dispatcher.runningCallsCount(), "calls still hold dispatcher slots while they wait");
    assertEquals(0, dispatcher.queuedCallsCount());
    assertTrue(futures.stream().noneMatch(CompletableFuture::isDone));
    // The client's own threads: OkHttp's pool (at most maxRequests threads run calls) and its
    // connection housekeeping, and the shared timer. MockWebServer's threads are the server's.
    List<String> clientThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && !thread.getName().contains("MockWebServer"))
        .map(Thread::getName)
        .toList();
    assertTrue(clientThreads.size() <= 32 + 3, clientThreads.size() + " new threads for " + CALLS
        + " waiting calls: " + clientThreads);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      assertTrue(thread.getState() != Thread.State.TIMED_WAITING || !sleepsInTcpivot(thread),
          thread.getName() + " sleeps in tcpivot code");
    }

    assertEquals(CALLS, waits.runPending());
    for (CompletableFuture<Group> future : futures) {
      assertEquals(12L, future.get(30, TimeUnit.SECONDS).id());
    }
    assertEquals(2 * CALLS, seen.get());
  }

  private static boolean sleepsInTcpivot(Thread thread) {
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.tcpivot.") && !frame.getClassName().startsWith("dev.tcpivot.async.")) {
        return true;
      }
    }
    return false;
  }
}
