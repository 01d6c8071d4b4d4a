package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The rate limit of the request budget: a token bucket refilled at the rate, holding at most
 * {@code max(1, rate)} tokens, so at most one second's worth of requests (and at least one) start
 * at once, then one every {@code 1 / rate} seconds.
 */
class RequestBudgetRateTest {
  private final DeterministicScheduler timer = new DeterministicScheduler();

  @Test
  void grantsTheRateEachVirtualSecond() {
    RequestBudget budget = new RequestBudget(0, 4, timer.nanoTime(), timer, null);
    List<CompletableFuture<RequestBudget.Permit>> requests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requests.add(budget.acquireAsync());
    }
    assertEquals(4, granted(requests), "a full bucket at the start: 4 tokens");
    for (int second = 1; second <= 9; second++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        timer.advance(Duration.ofMillis(250));
        assertEquals(4 + 4 * (second - 1) + quarter, granted(requests), "at " + second + "." + quarter);
      }
    }
    assertEquals(40, budget.inFlight());
    assertEquals(0, budget.waiting());
  }

  @Test
  void aLongIdleBuildsNoBiggerBurstThanOneSecondsWorth() {
    RequestBudget budget = new RequestBudget(0, 4, timer.nanoTime(), timer, null);
    for (int i = 0; i < 4; i++) {
      budget.acquireAsync().join().release();
    }
    timer.advance(Duration.ofSeconds(60));
    List<CompletableFuture<RequestBudget.Permit>> requests = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      requests.add(budget.acquireAsync());
    }
    assertEquals(4, granted(requests));
  }

  @Test
  void aRateBelowOneHoldsOneToken() {
    RequestBudget budget = new RequestBudget(0, 0.5, timer.nanoTime(), timer, null);
    assertTrue(budget.acquireAsync().isDone(), "the bucket holds at least one token");
    CompletableFuture<RequestBudget.Permit> second = budget.acquireAsync();
    timer.advance(Duration.ofMillis(1999));
    assertFalse(second.isDone(), "one request per two seconds");
    timer.advance(Duration.ofMillis(1));
    assertTrue(second.isDone());
  }

  @Test
  void releasingAPermitGivesNoExtraToken() {
    RequestBudget budget = new RequestBudget(0, 1, timer.nanoTime(), timer, null);
    budget.acquireAsync().join().release();
    assertFalse(budget.acquireAsync().isDone(), "a rate counts starts, not requests out");
  }

  @Test
  void aBlockingCallerWaitsForTheTimer() throws Exception {
    RequestBudget budget = new RequestBudget(0, 1, timer.nanoTime(), timer, null);
    budget.acquire();
    AtomicReference<RequestBudget.Permit> granted = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        granted.set(budget.acquire());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "waiter");
    waiter.start();
    BudgetWaits.until("the waiter queued", () -> budget.waiting() == 1);
    timer.advance(Duration.ofMillis(999));
    assertEquals(1, budget.waiting());
    timer.advance(Duration.ofMillis(1));
    BudgetWaits.join(waiter);
    assertEquals(2, budget.inFlight());
    assertTrue(granted.get() != null);
  }

  @Test
  void bothLimitsApplyTogether() {
    RequestBudget budget = new RequestBudget(2, 10, timer.nanoTime(), timer, null);
    List<CompletableFuture<RequestBudget.Permit>> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      requests.add(budget.acquireAsync());
    }
    assertEquals(2, granted(requests), "tokens to spare, but two slots");
    requests.get(0).join().release();
    requests.get(1).join().release();
    assertEquals(4, granted(requests));
    requests.get(2).join().release();
    assertEquals(5, granted(requests));
  }

  @Test
  void refusesLimitsThatMeanNothing() {
    assertEquals("maxConcurrent must be 0 (no limit) or more, not -1",
        assertThrows(IllegalArgumentException.class,
            () -> new RequestBudget(-1, 0, timer.nanoTime(), timer, null)).getMessage());
    for (double rate : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals("maxPerSecond must be 0 (no limit) or a positive number, not " + rate,
          assertThrows(IllegalArgumentException.class,
              () -> new RequestBudget(0, rate, timer.nanoTime(), timer, null)).getMessage());
    }
    assertEquals("nanoTime must not be null",
        assertThrows(IllegalArgumentException.class, () -> new RequestBudget(0, 0, null, timer, null)).getMessage());
    assertEquals("timer must not be null",
        assertThrows(IllegalArgumentException.class,
            () -> new RequestBudget(0, 0, timer.nanoTime(), null, null)).getMessage());
  }

  private static long granted(List<CompletableFuture<RequestBudget.Permit>> requests) {
    return requests.stream().filter(CompletableFuture::isDone).count();
  }
}
