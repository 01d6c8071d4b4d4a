package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.Internals;
import dev.tcpivot.ManualWaits;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * 500 asynchronous calls waiting out a 429 hold no thread and no dispatcher slot. Each call either
 * got its 429 and waits for its {@code Retry-After}, or waits for the request budget, which the
 * first 429 lowered and holds until the {@code Retry-After} has passed; both waits are on the
 * timer. While all 500 wait, OkHttp runs and queues no call, no thread sleeps in tcpivot code, and
 * the client has no more threads than its own pool. Then every call goes on and completes.
 */
class WaitingHoldsNoThreadsTest {
  private static final int CALLS = 500;
  private static final int POOL = 32;

  @RegisterExtension final MockApi api = new MockApi();

  @Test
  void fiveHundredCallsWaitingOutA429HoldNoThreads() throws Exception {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    api.dispatch(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (refused.get() < CALLS && refused.incrementAndGet() <= CALLS) {
          return new MockResponse().setResponseCode(429).setHeader("Retry-After", "5")
              .setBody("{\"message\": \"Too many requests\", \"status\": \"Error\"}");
        }
        answered.incrementAndGet();
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody("{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}");
      }
    });
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(POOL);
    dispatcher.setMaxRequestsPerHost(POOL);
    ManualWaits waits = new ManualWaits();
    ThreatConnect tc = waits.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY))
        .httpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build())
        .build();
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    List<CompletableFuture<Group>> futures = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      futures.add(tc.async().groups().get(12));
    }
    // Every call has reached its wait: each one refused waits out its Retry-After, the rest wait
    // for the budget, and nothing is with OkHttp any more.
    awaitUntil(() -> dispatcher.runningCallsCount() == 0 && dispatcher.queuedCallsCount() == 0
        && Math.min(refused.get(), CALLS) + Internals.budgetWaiting(tc) == CALLS
        && waits.pendingDelays().size() >= Math.min(refused.get(), CALLS));

    assertTrue(futures.stream().noneMatch(CompletableFuture::isDone));
    assertTrue(refused.get() > 0);
    assertEquals(0, Internals.budgetInFlight(tc));
    // The client's own threads: OkHttp's pool (at most maxRequests threads run calls), its
    // connection housekeeping, and the shared timer. MockWebServer's threads are the server's.
    List<String> clientThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && !thread.getName().contains("MockWebServer"))
        .map(Thread::getName)
        .toList();
    assertTrue(clientThreads.size() <= POOL + 3, clientThreads.size() + " new threads for " + CALLS
        + " waiting calls: " + clientThreads);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      assertTrue(!waitsInTcpivot(thread), thread.getName() + " waits in tcpivot code");
    }

    for (int round = 0; round < 10_000 && !futures.stream().allMatch(CompletableFuture::isDone); round++) {
      if (waits.runPending() == 0) {
        Thread.sleep(1); // responses are on their way: let them arrive
      }
    }
    for (CompletableFuture<Group> future : futures) {
      assertEquals(12L, future.get(30, TimeUnit.SECONDS).id());
    }
    assertEquals(CALLS, answered.get());
  }

  private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the calls never all reached their waits");
      }
      Thread.sleep(5);
    }
  }

  /** A thread parked or sleeping with tcpivot code on its stack (other than this test's). */
  private static boolean waitsInTcpivot(Thread thread) {
    Thread.State state = thread.getState();
    if (state != Thread.State.TIMED_WAITING && state != Thread.State.WAITING) {
      return false;
    }
    for (StackTraceElement frame : thread.getStackTrace()) {
      String name = frame.getClassName();
      if (name.startsWith("dev.tcpivot.") && !name.startsWith("dev.tcpivot.async.")
          && !name.startsWith("dev.tcpivot.testing.")) {
        return true;
      }
    }
    return false;
  }
}
