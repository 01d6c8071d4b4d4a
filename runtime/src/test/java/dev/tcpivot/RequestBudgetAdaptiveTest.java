package dev.tcpivot;

import static dev.tcpivot.RateChange.Reason.LOWERED;
import static dev.tcpivot.RateChange.Reason.RECOVERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.testing.CapturedLogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * How the request budget answers HTTP 429 Too Many Requests, as its class comment sets out: a 429
 * halves the rate (from the observed rate when none was set, never below 1/s by halving), holds new
 * requests for the Retry-After, counts the 429s of requests sent before a drop once (2 s window),
 * and after each 5 quiet seconds raises the rate by a tenth of the rate it recovers to.
 */
class RequestBudgetAdaptiveTest {
  private static final double DELTA = 1e-9;

  private final DeterministicScheduler timer = new DeterministicScheduler();
  private final List<RateChange> changes = Collections.synchronizedList(new ArrayList<>());

  private RequestBudget budget(int maxConcurrent, double maxPerSecond) {
    return new RequestBudget(maxConcurrent, maxPerSecond, timer.nanoTime(), timer, changes::add);
  }

  @Test
  void a429HalvesTheRateAndHoldsNewRequestsForItsRetryAfter() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(Duration.ofSeconds(3));

    assertEquals(List.of(new RateChange(8, 4, Optional.of(Duration.ofSeconds(3)), LOWERED)), changes);
    assertEquals(4, budget.currentRate(), DELTA);
    CompletableFuture<RequestBudget.Permit> first = budget.acquireAsync();
    timer.advance(Duration.ofMillis(2999));
    assertFalse(first.isDone(), "held for the Retry-After");
    timer.advance(Duration.ofMillis(1));
    assertTrue(first.isDone());
    CompletableFuture<RequestBudget.Permit> second = budget.acquireAsync();
    timer.advance(Duration.ofMillis(249));
    assertFalse(second.isDone(), "4 per second after the hold");
    timer.advance(Duration.ofMillis(1));
    assertTrue(second.isDone());
  }

  @Test
  void a429WithoutRetryAfterLetsOneRequestGoThenTheLowerRate() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(null);

    assertEquals(List.of(new RateChange(8, 4, Optional.empty(), LOWERED)), changes);
    assertTrue(budget.acquireAsync().isDone(), "the bucket keeps one token");
    CompletableFuture<RequestBudget.Permit> next = budget.acquireAsync();
    timer.advance(Duration.ofMillis(249));
    assertFalse(next.isDone());
    timer.advance(Duration.ofMillis(1));
    assertTrue(next.isDone());
  }

  @Test
  void aBlockingCallerIsHeldForTheRetryAfterToo() throws Exception {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(Duration.ofSeconds(1));
    Thread waiter = new Thread(() -> {
      try {
        budget.acquire();
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
    assertEquals(1, budget.inFlight());
  }

  @Test
  void aBurstOf429sLowersOnce() {
    RequestBudget budget = budget(0, 8);
    for (int i = 0; i < 10; i++) {
      budget.rateLimited(null);
      timer.advance(Duration.ofMillis(190));
    }
    assertEquals(1, changes.size(), "429s within 2 s of a drop: " + changes);
    assertEquals(4, budget.currentRate(), DELTA);

    timer.advance(Duration.ofMillis(200));
    budget.rateLimited(null);
    assertEquals(new RateChange(4, 2, Optional.empty(), LOWERED), changes.get(1));
  }

  @Test
  void theWindowLastsAsLongAsTheRetryAfter() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(Duration.ofSeconds(10));
    timer.advance(Duration.ofSeconds(9));
    budget.rateLimited(Duration.ofSeconds(1));
    assertEquals(1, changes.size(), "no request started since the drop: " + changes);
    timer.advance(Duration.ofSeconds(1));
    budget.rateLimited(null);
    assertEquals(new RateChange(4, 2, Optional.empty(), LOWERED), changes.get(1));
  }

  @Test
  void aLongerRetryAfterInTheBurstHoldsLongerWithoutLowering() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(Duration.ofSeconds(5));
    timer.advance(Duration.ofSeconds(1));
    budget.rateLimited(Duration.ofSeconds(20));

    assertEquals(List.of(new RateChange(8, 4, Optional.of(Duration.ofSeconds(5)), LOWERED),
        new RateChange(4, 4, Optional.of(Duration.ofSeconds(20)), LOWERED)), changes);
    CompletableFuture<RequestBudget.Permit> request = budget.acquireAsync();
    timer.advance(Duration.ofMillis(19_999));
    assertFalse(request.isDone());
    timer.advance(Duration.ofMillis(1));
    assertTrue(request.isDone());
  }

  @Test
  void withItsPermitOnlyA429OfARequestSentAfterTheDropCounts() {
    RequestBudget budget = budget(0, 8);
    RequestBudget.Permit before1 = budget.acquireAsync().join();
    RequestBudget.Permit before2 = budget.acquireAsync().join();
    budget.rateLimited(before1, null);
    assertEquals(1, changes.size());

    timer.advance(Duration.ofSeconds(3));
    budget.rateLimited(before2, null);
    assertEquals(1, changes.size(), "sent before the drop, whenever its 429 arrives");

    RequestBudget.Permit after1 = budget.acquireAsync().join();
    RequestBudget.Permit after2 = budget.acquireAsync().join();
    budget.rateLimited(after1, null);
    budget.rateLimited(after2, null);
    assertEquals(List.of(new RateChange(8, 4, Optional.empty(), LOWERED),
        new RateChange(4, 2, Optional.empty(), LOWERED)), changes);
  }

  @Test
  void theRateRecoversStepByStepToTheConfiguredRate() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(null);
    timer.advance(Duration.ofMillis(4999));
    assertEquals(1, changes.size(), "5 quiet seconds before the first step");

    timer.advance(Duration.ofMillis(1));
    timer.advance(Duration.ofSeconds(20));
    assertRates(List.of(4.0, 4.8, 5.6, 6.4, 7.2), List.of(4.8, 5.6, 6.4, 7.2, 8.0), changes.subList(1, 6));
    changes.subList(1, 6).forEach(change -> assertEquals(RECOVERED, change.reason()));
    assertEquals(8, budget.currentRate(), DELTA);

    timer.advance(Duration.ofSeconds(100));
    assertEquals(6, changes.size(), "no step past the configured rate");
    assertEquals(0, timer.pending());
  }

  @Test
  void recoveryWaitsForTheEndOfTheHold() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(Duration.ofSeconds(3));
    timer.advance(Duration.ofMillis(7999));
    assertEquals(1, changes.size());
    timer.advance(Duration.ofMillis(1));
    assertEquals(new RateChange(4, 4.8, Optional.empty(), RECOVERED), rounded(changes.get(1)));
  }

  @Test
  void a429DuringRecoveryHalvesFromTheCurrentRateAndRestartsTheWait() {
    RequestBudget budget = budget(0, 8);
    budget.rateLimited(null);
    timer.advance(Duration.ofSeconds(5));
    timer.advance(Duration.ofSeconds(2));
    budget.rateLimited(null);
    assertEquals(new RateChange(4.8, 2.4, Optional.empty(), LOWERED), rounded(changes.get(2)));

    timer.advance(Duration.ofMillis(4999));
    assertEquals(3, changes.size());
    timer.advance(Duration.ofMillis(1));
    assertEquals(new RateChange(2.4, 3.2, Optional.empty(), RECOVERED), rounded(changes.get(3)));
  }

  @Test
  void withoutARateTheBudgetStartsFromTheObservedRateAndRecoversToNoLimit() {
    RequestBudget budget = budget(0, 0);
    for (int i = 0; i < 40; i++) { // 10 requests per second for 4 seconds
      budget.acquireAsync().join().release();
      timer.advance(Duration.ofMillis(100));
    }
    budget.rateLimited(null);
    assertEquals(new RateChange(Double.POSITIVE_INFINITY, 5, Optional.empty(), LOWERED), rounded(changes.get(0)));

    timer.advance(Duration.ofSeconds(25));
    assertRates(List.of(5.0, 6.0, 7.0, 8.0, 9.0), List.of(6.0, 7.0, 8.0, 9.0, Double.POSITIVE_INFINITY),
        changes.subList(1, 6));
    assertTrue(changes.get(5).unlimited());
    assertEquals(Double.POSITIVE_INFINITY, budget.currentRate());

    int timerTasks = timer.scheduled();
    List<CompletableFuture<RequestBudget.Permit>> requests = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      requests.add(budget.acquireAsync());
    }
    assertTrue(requests.stream().allMatch(CompletableFuture::isDone), "no limit again");
    assertEquals(timerTasks, timer.scheduled());
  }

  @Test
  void lowersNoFurtherThanOneRequestPerSecond() {
    RequestBudget budget = budget(0, 0);
    budget.acquireAsync().join().release();
    budget.rateLimited(null);
    assertEquals(new RateChange(Double.POSITIVE_INFINITY, 1, Optional.empty(), LOWERED), changes.get(0));

    RequestBudget slow = budget(0, 1.5);
    slow.rateLimited(null);
    assertEquals(new RateChange(1.5, 1, Optional.empty(), LOWERED), changes.get(1));
  }

  @Test
  void aFailingListenerIsLoggedAndIgnored() {
    CapturedLogs.clear();
    RequestBudget budget = new RequestBudget(0, 8, timer.nanoTime(), timer, change -> {
      throw new IllegalStateException("listener broke");
    });
    budget.rateLimited(Duration.ofSeconds(3));
    assertEquals(4, budget.currentRate(), DELTA);
    timer.advance(Duration.ofSeconds(8));
    assertEquals(4.8, budget.currentRate(), DELTA);

    List<String> lines = CapturedLogs.lines();
    assertTrue(lines.contains("INFO dev.tcpivot.retry: rate lowered from 8 to 4 requests/s, "
        + "new requests held for 3000 ms (Retry-After)"), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith(
        "WARN dev.tcpivot.retry: the rate listener failed on rate lowered from 8 to 4 requests/s")
        && line.contains("IllegalStateException: listener broke")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith(
        "WARN dev.tcpivot.retry: the rate listener failed on rate recovered from 4 to 4.8 requests/s")),
        String.join("\n", lines));
  }

  @Test
  void aRetryListenerHearsOfRateChangesOnlyWhenItAsks() {
    List<RetryEvent> retries = new ArrayList<>();
    RetryListener onlyRetries = retries::add;
    onlyRetries.onRateChange(new RateChange(8, 4, Optional.empty(), LOWERED));
    assertEquals(List.of(), retries, "the default ignores rate changes");

    List<RateChange> heard = new ArrayList<>();
    RetryListener both = new RetryListener() {
      @Override
      public void onRetry(RetryEvent event) {}

      @Override
      public void onRateChange(RateChange event) {
        heard.add(event);
      }
    };
    RequestBudget budget = new RequestBudget(0, 8, timer.nanoTime(), timer, both::onRateChange);
    budget.rateLimited(null);
    assertEquals(List.of(new RateChange(8, 4, Optional.empty(), LOWERED)), heard);
  }

  @Test
  void rateChangesReadAsSentences() {
    assertEquals("rate lowered from no limit to 5 requests/s",
        new RateChange(Double.POSITIVE_INFINITY, 5, Optional.empty(), LOWERED).toString());
    assertEquals("rate recovered from 6.4 to 7.25 requests/s",
        new RateChange(6.4, 7.25, Optional.empty(), RECOVERED).toString());
    assertEquals("rate recovered from 9 requests/s to no limit",
        new RateChange(9, Double.POSITIVE_INFINITY, Optional.empty(), RECOVERED).toString());
  }

  @Test
  void aRateChangeRefusesRatesThatMeanNothing() {
    assertEquals("currentPerSecond must be positive, or infinite for no limit, not 0.0",
        assertThrows(IllegalArgumentException.class,
            () -> new RateChange(8, 0, Optional.empty(), LOWERED)).getMessage());
    assertEquals("previousPerSecond must be positive, or infinite for no limit, not NaN",
        assertThrows(IllegalArgumentException.class,
            () -> new RateChange(Double.NaN, 4, Optional.empty(), LOWERED)).getMessage());
    assertEquals("retryAfter must not be null",
        assertThrows(IllegalArgumentException.class, () -> new RateChange(8, 4, null, LOWERED)).getMessage());
    assertEquals("reason must not be null",
        assertThrows(IllegalArgumentException.class,
            () -> new RateChange(8, 4, Optional.empty(), null)).getMessage());
  }

  private static void assertRates(List<Double> previous, List<Double> current, List<RateChange> changes) {
    assertEquals(previous.size(), changes.size(), changes.toString());
    for (int i = 0; i < changes.size(); i++) {
      assertEquals(previous.get(i), changes.get(i).previousPerSecond(), DELTA, "step " + i);
      assertEquals(current.get(i), changes.get(i).currentPerSecond(), DELTA, "step " + i);
    }
  }

  /** The change with its rates rounded to 1e-6, to compare rates summed from steps. */
  private static RateChange rounded(RateChange change) {
    return new RateChange(round(change.previousPerSecond()), round(change.currentPerSecond()),
        change.retryAfter(), change.reason());
  }

  private static double round(double rate) {
    return Double.isInfinite(rate) ? rate : Math.rint(rate * 1e6) / 1e6;
  }
}
