package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue of the request budget: who gets the next permit, and what a cancelled wait leaves. */
class RequestBudgetQueueTest {
  private final DeterministicScheduler timer = new DeterministicScheduler();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();
  private final List<String> order = Collections.synchronizedList(new ArrayList<>());
  private final BlockingQueue<RequestBudget.Permit> blockingPermits = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    for (Thread thread : threads) {
      thread.interrupt();
      BudgetWaits.join(thread);
    }
  }

  @Test
  void aFreedSlotGoesToTheLongestWaiterBlockingOrNot() throws Exception {
    RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
    RequestBudget.Permit held = budget.acquire();
    CompletableFuture<RequestBudget.Permit> a1 = queueAsync(budget, "A1", 1);
    queueBlocking(budget, "B1", 2);
    CompletableFuture<RequestBudget.Permit> a2 = queueAsync(budget, "A2", 3);
    queueBlocking(budget, "B2", 4);

    held.release();
    assertEquals(List.of("A1"), order);
    assertEquals(3, budget.waiting());
    a1.join().release();
    BudgetWaits.until("B1 granted", () -> order.size() == 2);
    assertEquals(2, budget.waiting());
    blockingPermits.take().release();
    assertEquals(List.of("A1", "B1", "A2"), order);
    a2.join().release();
    BudgetWaits.until("B2 granted", () -> order.size() == 4);
    assertEquals(List.of("A1", "B1", "A2", "B2"), order);
    blockingPermits.take().release();
    assertEquals(0, budget.inFlight());
  }

  @Test
  void rateWaitsAreServedInArrivalOrderToo() throws Exception {
    RequestBudget budget = new RequestBudget(0, 2, timer.nanoTime(), timer, null);
    budget.acquire();
    budget.acquire(); // the bucket (2 tokens) is empty now
    queueBlocking(budget, "B1", 1);
    queueAsync(budget, "A1", 2);
    queueBlocking(budget, "B2", 3);
    queueAsync(budget, "A2", 4);

    List<String> expected = List.of("B1", "A1", "B2", "A2");
    for (int granted = 1; granted <= 4; granted++) {
      timer.advance(Duration.ofMillis(500));
      assertEquals(4 - granted, budget.waiting(), "one token per half second");
      int done = granted;
      BudgetWaits.until(done + " granted", () -> order.size() == done);
      assertEquals(expected.subList(0, granted), order);
    }
  }

  @Test
  void aLateTimerLetsNoNewcomerPastTheWaiters() throws Exception {
    RequestBudget budget = new RequestBudget(0, 1, timer.nanoTime(), timer, null);
    budget.acquire();
    CompletableFuture<RequestBudget.Permit> first = queueAsync(budget, "A1", 1);
    timer.skip(Duration.ofSeconds(1)); // a token is there, but the timer has not run yet

    CompletableFuture<RequestBudget.Permit> newcomer = budget.acquireAsync();
    assertFalse(newcomer.isDone(), "the token is A1's");
    assertTrue(first.isDone(), "served as the newcomer queued");
    queueBlocking(budget, "B1", 2);
    timer.runDue();
    assertFalse(newcomer.isDone());
    assertEquals(2, budget.waiting());
    timer.advance(Duration.ofSeconds(1));
    assertTrue(newcomer.isDone(), "then the newcomer, in its turn");
    assertEquals(List.of("A1"), order);
    timer.advance(Duration.ofSeconds(1));
    BudgetWaits.until("B1 granted", () -> order.size() == 2);
  }

  @Test
  void aPermitGrantedToAWaitCancelledMeanwhileIsReturned() {
    RequestBudget budget = new RequestBudget(0, 4, timer.nanoTime(), timer, null);
    for (int i = 0; i < 4; i++) {
      budget.acquireAsync().join();
    }
    CompletableFuture<RequestBudget.Permit> first = budget.acquireAsync();
    CompletableFuture<RequestBudget.Permit> second = budget.acquireAsync();
    CompletableFuture<RequestBudget.Permit> third = budget.acquireAsync();
    // Both are granted in one go; the first one's completion cancels the second before its own.
    first.thenRun(() -> second.cancel(false));
    timer.skip(Duration.ofMillis(500));
    timer.runDue();

    assertTrue(first.isDone());
    assertTrue(second.isCancelled());
    assertTrue(third.isDone(), "the cancelled wait's permit went to the next in line");
    assertEquals(6, budget.inFlight(), "four, the first and the third");
  }

  @Test
  void aCancelledWaitFreesNothingAndTakesNothing() throws Exception {
    RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
    RequestBudget.Permit held = budget.acquire();
    CompletableFuture<RequestBudget.Permit> first = budget.acquireAsync();
    CompletableFuture<RequestBudget.Permit> second = budget.acquireAsync();

    assertTrue(first.cancel(true));
    assertEquals(1, budget.waiting());
    assertEquals(1, budget.inFlight(), "cancelling a wait frees no slot");

    held.release();
    assertTrue(second.isDone(), "the slot went past the cancelled wait");
    assertEquals(1, budget.inFlight());
    second.join().release();
    assertEquals(0, budget.inFlight());
    assertTrue(budget.acquireAsync().isDone());
  }

  @Test
  void aCancelledRateWaitLeavesItsTokenForTheNext() {
    RequestBudget budget = new RequestBudget(0, 1, timer.nanoTime(), timer, null);
    budget.acquireAsync().join();
    CompletableFuture<RequestBudget.Permit> cancelled = budget.acquireAsync();
    assertTrue(cancelled.cancel(false));
    assertEquals(0, budget.waiting());

    timer.advance(Duration.ofSeconds(1));
    assertEquals(1, budget.inFlight(), "nothing granted to the cancelled wait");
    assertTrue(budget.acquireAsync().isDone(), "the token that came meanwhile is still there");
  }

  @Test
  void aCancelRacingAReleaseLeaksNoPermit() throws Exception {
    int cancelled = 0;
    for (int round = 0; round < 2000; round++) {
      RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
      RequestBudget.Permit held = budget.acquire();
      CompletableFuture<RequestBudget.Permit> waiting = budget.acquireAsync();
      CyclicBarrier together = new CyclicBarrier(2);
      Future<?> releasing = pool.submit(() -> {
        together.await();
        held.release();
        return null;
      });
      together.await();
      waiting.cancel(false);
      releasing.get(60, TimeUnit.SECONDS);

      if (waiting.isCancelled()) {
        cancelled++;
      } else {
        waiting.join().release();
      }
      assertEquals(0, budget.inFlight(), "round " + round);
      assertEquals(0, budget.waiting(), "round " + round);
      assertTrue(budget.acquireAsync().isDone(), "round " + round);
    }
    assertTrue(cancelled > 0, "no cancel came before the grant in 2000 rounds");
  }

  @Test
  void aCancelRacingTheRateTimerLeaksNoPermit() throws Exception {
    for (int round = 0; round < 1000; round++) {
      DeterministicScheduler clock = new DeterministicScheduler();
      RequestBudget budget = new RequestBudget(0, 1, clock.nanoTime(), clock, null);
      budget.acquireAsync().join().release();
      CompletableFuture<RequestBudget.Permit> waiting = budget.acquireAsync();
      CyclicBarrier together = new CyclicBarrier(2);
      Future<?> ticking = pool.submit(() -> {
        together.await();
        clock.advance(Duration.ofSeconds(1));
        return null;
      });
      together.await();
      waiting.cancel(false);
      ticking.get(60, TimeUnit.SECONDS);

      if (!waiting.isCancelled()) {
        waiting.join().release();
      }
      assertEquals(0, budget.inFlight(), "round " + round);
      assertEquals(0, budget.waiting(), "round " + round);
    }
  }

  private CompletableFuture<RequestBudget.Permit> queueAsync(RequestBudget budget, String name, int queued) {
    CompletableFuture<RequestBudget.Permit> permit = budget.acquireAsync();
    assertFalse(permit.isDone(), name + " waits");
    permit.thenRun(() -> order.add(name));
    assertEquals(queued, budget.waiting());
    return permit;
  }

  private void queueBlocking(RequestBudget budget, String name, int queued) {
    Thread thread = new Thread(() -> {
      try {
        RequestBudget.Permit permit = budget.acquire();
        order.add(name);
        blockingPermits.add(permit);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    threads.add(thread);
    thread.start();
    BudgetWaits.until(name + " queued", () -> budget.waiting() == queued);
  }
}
