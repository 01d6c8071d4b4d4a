package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The journal's gauge of requests answered at once, over raw HTTP: requests held by a delay fault
 * overlap, requests sent one after another do not, and every request leaves the gauge however it
 * ends.
 */
@SandboxPerMethod
class PeakConcurrencyTest {
  private static final Duration HOLD = Duration.ofSeconds(2);

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void requestsHeldAtOnceAllCount(Sandbox sandbox) throws Exception {
    TestClient client = new TestClient(sandbox);
    int parallel = 5;
    sandbox.faults().next(parallel).matching("GET", "/v3/groups").delay(HOLD);

    List<Future<Response>> responses = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      responses.add(threads.submit(() -> client.get("/v3/groups")));
    }
    awaitValue(parallel, () -> sandbox.journal().inProgress());
    for (Future<Response> response : responses) {
      assertEquals(200, response.get(30, TimeUnit.SECONDS).status());
    }

    assertEquals(parallel, sandbox.journal().peakConcurrency());
    assertEquals(0, sandbox.journal().inProgress());
  }

  @Test
  void requestsOneAfterAnotherCountOneAtATime(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    assertEquals(0, sandbox.journal().peakConcurrency());

    for (int i = 0; i < 3; i++) {
      assertEquals(200, client.get("/v3/groups").status());
      assertEquals(0, sandbox.journal().inProgress(), "counted until after its answer");
    }

    assertEquals(1, sandbox.journal().peakConcurrency());
  }

  @Test
  void refusedAndFaultedRequestsLeaveTheGaugeToo(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(1).matching("GET", "/v3/groups").respond(503);
    sandbox.faults().next(1).matching("POST", "/v3/cases").dropConnection();

    assertEquals(503, client.get("/v3/groups").status());
    assertThrows(UncheckedIOException.class, () -> client.post("/v3/cases", "{}"));
    assertEquals(401, client.sendWith("GET", "/v3/groups", null, Map.of()).status());
    assertEquals(404, client.get("/v3/nothing").status());

    assertEquals(0, sandbox.journal().inProgress());
    assertEquals(1, sandbox.journal().peakConcurrency());
    assertEquals(4, sandbox.journal().size());
  }

  @Test
  void clearingStartsThePeakOverFromTheRequestsStillInProgress(Sandbox sandbox) throws Exception {
    TestClient client = new TestClient(sandbox);
    client.get("/v3/groups");
    sandbox.journal().clear();
    assertEquals(0, sandbox.journal().peakConcurrency());

    sandbox.faults().next(1).matching("GET", "/v3/groups").delay(HOLD);
    Future<Response> held = threads.submit(() -> client.get("/v3/groups"));
    awaitValue(1, () -> sandbox.journal().inProgress());
    sandbox.journal().clear();
    assertEquals(1, sandbox.journal().peakConcurrency(), "the held request still counts");
    assertEquals(200, held.get(30, TimeUnit.SECONDS).status());
    assertEquals(1, sandbox.journal().peakConcurrency());

    sandbox.reset();
    assertEquals(0, sandbox.journal().peakConcurrency());
    assertEquals(0, sandbox.journal().inProgress());
  }

  /** Waits for the requests to reach the sandbox; fails if they never do. */
  private static void awaitValue(int expected, IntSupplier value) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (value.getAsInt() != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + expected + " requests in progress, saw " + value.getAsInt());
      }
      Thread.sleep(5);
    }
  }
}
