package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.RetryEvent;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An asynchronous call meets the sandbox's faults as a blocking one does: a 429 with Retry-After
 * (v3/http_status_codes.rst) is waited out and sent again, and a cancelled future sends nothing
 * more. The client runs with a budget of one request, so a request left behind would block the next.
 */
@SandboxPerMethod
class AsyncRetryAndCancellationTest {
  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
  private ThreatConnect tc;
  private Group group;

  @BeforeEach
  void client(Sandbox sandbox) {
    tc = ThreatConnect.builder()
        .baseUrl(sandbox.baseUrl())
        .hmac(sandbox.accessId(), sandbox.secretKey())
        .maxConcurrentRequests(1)
        .retryListener(retries::add)
        .build();
    group = tc.groups().create(GroupCreate.adversary(Unique.name("Bad Guy")).build());
    sandbox.journal().clear();
  }

  @Test
  void aTooManyRequestsIsWaitedOutAndTheFutureStillCompletes(Sandbox sandbox) throws Exception {
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(429).retryAfter(Duration.ofSeconds(1));

    Group read = tc.async().groups().get(group.id()).get(30, TimeUnit.SECONDS);

    assertEquals(group.name(), read.name());
    assertEquals(2, sandbox.journal().requests("GET", "/v3/groups/" + group.id()).size());
    assertEquals(1, retries.size(), retries::toString);
    assertEquals(429, retries.get(0).status());
    assertTrue(retries.get(0).retryAfter());
    assertEquals(Duration.ofSeconds(1), retries.get(0).delay());
  }

  @Test
  void cancellingAHeldRequestEndsTheCallWithoutAnotherAttempt(Sandbox sandbox) throws Exception {
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").delay(Duration.ofSeconds(5));
    CompletableFuture<Group> future = tc.async().groups().get(group.id());
    awaitTrue(() -> sandbox.journal().inProgress() == 1, "the request never reached the sandbox");

    assertTrue(future.cancel(true));

    assertThrows(CancellationException.class, future::join);
    // The budget's one permit came back: the next call goes out while the sandbox still holds the first.
    assertEquals(group.id(), tc.groups().get(group.id()).id());
    awaitTrue(() -> sandbox.journal().inProgress() == 0, "the sandbox never let the request go");
    assertEquals(2, sandbox.journal().requests("GET", "/v3/groups/" + group.id()).size(),
        "the cancelled call once and the next call once");
    assertEquals(List.of(), retries);
  }

  /** Waits for what the sandbox shows; fails if it never does. */
  private static void awaitTrue(BooleanSupplier condition, String message) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(message);
      }
      Thread.sleep(5);
    }
  }
}
