package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The concurrency limit of the request budget: how many permits may be out at once. */
class RequestBudgetConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ACQUIRES = 200;
  private static final int LIMIT = 4;

  private final DeterministicScheduler timer = new DeterministicScheduler();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void blockingCallersNeverHoldMoreThanTheLimit() throws Exception {
    RequestBudget budget = new RequestBudget(LIMIT, 0, timer.nanoTime(), timer, null);
    AtomicInteger held = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // The first grantees keep their permits until the limit is reached once, so "reached" cannot
    // depend on how the threads happen to be scheduled.
    CountDownLatch limitReached = new CountDownLatch(LIMIT);
    List<Future<?>> runs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      runs.add(pool.submit(() -> {
        for (int i = 0; i < ACQUIRES; i++) {
          RequestBudget.Permit permit = budget.acquire();
          try {
            most.accumulateAndGet(held.incrementAndGet(), Math::max);
            if (i == 0) {
              limitReached.countDown();
              limitReached.await();
            }
            Thread.yield();
          } finally {
            held.decrementAndGet();
            permit.release();
          }
        }
        return null;
      }));
    }
    for (Future<?> run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }

    assertEquals(LIMIT, most.get(), "the most permits held at once");
    assertEquals(0, budget.inFlight());
    assertEquals(0, budget.waiting());
    assertEquals(0, timer.scheduled(), "a concurrency limit alone needs no timer");
  }

  @Test
  void asynchronousCallersNeverHoldMoreThanTheLimit() throws Exception {
    RequestBudget budget = new RequestBudget(LIMIT, 0, timer.nanoTime(), timer, null);
    ExecutorService workers = Executors.newFixedThreadPool(8);
    try {
      AtomicInteger held = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      AtomicInteger started = new AtomicInteger();
      CountDownLatch limitReached = new CountDownLatch(LIMIT);
      List<CompletableFuture<Void>> requests = new ArrayList<>();
      List<Future<?>> submitters = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        submitters.add(pool.submit(() -> {
          for (int i = 0; i < ACQUIRES; i++) {
            CompletableFuture<Void> request = budget.acquireAsync().thenAcceptAsync(permit -> {
              try {
                most.accumulateAndGet(held.incrementAndGet(), Math::max);
                if (started.getAndIncrement() < LIMIT) {
                  limitReached.countDown();
                  limitReached.await();
                }
                Thread.yield();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                held.decrementAndGet();
                permit.release();
              }
            }, workers);
            synchronized (requests) {
              requests.add(request);
            }
          }
        }));
      }
      for (Future<?> submitter : submitters) {
        submitter.get(60, TimeUnit.SECONDS);
      }
      CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

      assertEquals(THREADS * ACQUIRES, started.get());
      assertEquals(LIMIT, most.get(), "the most permits held at once");
      assertEquals(0, budget.inFlight());
      assertEquals(0, budget.waiting());
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void releasingTwiceFreesOneSlot() throws Exception {
    RequestBudget budget = new RequestBudget(2, 0, timer.nanoTime(), timer, null);
    RequestBudget.Permit permit = budget.acquire();
    permit.release();
    permit.release();
    permit.close();
    assertEquals(0, budget.inFlight());

    budget.acquire();
    budget.acquire();
    CompletableFuture<RequestBudget.Permit> third = budget.acquireAsync();
    assertFalse(third.isDone(), "a third permit while two of two are out");
    assertEquals(2, budget.inFlight());
  }

  @Test
  void releasingTwiceWithoutLimitsCountsOnce() {
    RequestBudget budget = new RequestBudget(0, 0, timer.nanoTime(), timer, null);
    RequestBudget.Permit first = budget.acquireAsync().join();
    budget.acquireAsync().join();
    first.release();
    first.release();
    assertEquals(1, budget.inFlight());
  }

  @Test
  void anUnlimitedBudgetGrantsAtOnceAndCountsWhatIsOut() throws Exception {
    RequestBudget budget = RequestBudget.unlimited();
    List<RequestBudget.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      permits.add(budget.acquire());
      CompletableFuture<RequestBudget.Permit> async = budget.acquireAsync();
      assertTrue(async.isDone(), "no limit, no wait");
      permits.add(async.join());
    }
    assertEquals(2000, budget.inFlight());
    assertEquals(0, budget.waiting());
    assertEquals(Double.POSITIVE_INFINITY, budget.currentRate());
    permits.forEach(RequestBudget.Permit::release);
    assertEquals(0, budget.inFlight());
  }

  @Test
  void anUnlimitedBudgetTakesNoLock() throws Exception {
    // The thread that reports a 429 holds the budget's lock while it reads the clock; the clock
    // keeps that one thread there until the acquires below are done. They must not wait for it.
    CountDownLatch reporterInside = new CountDownLatch(1);
    CountDownLatch acquiresDone = new CountDownLatch(1);
    AtomicReference<Thread> reporter = new AtomicReference<>();
    RequestBudget budget = new RequestBudget(0, 0, () -> {
      if (Thread.currentThread() == reporter.get()) {
        reporterInside.countDown();
        try {
          acquiresDone.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return 0;
    }, timer, null);
    Thread reporting = new Thread(() -> budget.rateLimited(null), "reporter");
    reporter.set(reporting);
    reporting.start();
    reporterInside.await();

    Future<Integer> acquires = pool.submit(() -> {
      budget.acquire();
      budget.acquireAsync().join();
      return budget.inFlight();
    });
    assertEquals(2, acquires.get(60, TimeUnit.SECONDS));
    acquiresDone.countDown();
    BudgetWaits.join(reporting);
    assertEquals(1.0, budget.currentRate(), "lowered once the reporter went on");
  }

  @Test
  void anInterruptedWaitThrowsAndTakesNoSlot() throws Exception {
    RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
    RequestBudget.Permit held = budget.acquire();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        budget.acquire();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "waiter");
    waiter.start();
    BudgetWaits.until("the waiter queued", () -> budget.waiting() == 1);
    waiter.interrupt();
    BudgetWaits.join(waiter);

    assertTrue(thrown.get() instanceof InterruptedException, "thrown: " + thrown.get());
    assertEquals(0, budget.waiting());
    assertEquals(1, budget.inFlight());
    held.release();
    assertEquals(0, budget.inFlight(), "the slot went to nobody");
    assertTrue(budget.acquireAsync().isDone());
  }

  @Test
  void anInterruptedThreadTakesNoPermit() {
    RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, budget::acquire);
    assertEquals(0, budget.inFlight());
  }

  @Test
  void anInterruptRacingAGrantLeavesNoSlotTaken() throws Exception {
    int granted = 0;
    int interrupted = 0;
    for (int round = 0; round < 300; round++) {
      RequestBudget budget = new RequestBudget(1, 0, timer.nanoTime(), timer, null);
      RequestBudget.Permit held = budget.acquire();
      AtomicReference<String> outcome = new AtomicReference<>();
      Thread waiter = new Thread(() -> {
        try {
          budget.acquire().release();
          outcome.set("granted");
        } catch (InterruptedException e) {
          outcome.set("interrupted");
        }
      });
      waiter.start();
      BudgetWaits.until("the waiter queued", () -> budget.waiting() == 1);
      CyclicBarrier together = new CyclicBarrier(2);
      Future<?> releasing = pool.submit(() -> {
        together.await();
        held.release();
        return null;
      });
      together.await();
      waiter.interrupt();
      releasing.get(60, TimeUnit.SECONDS);
      BudgetWaits.join(waiter);

      assertEquals(0, budget.inFlight(), "round " + round + ", " + outcome.get());
      assertEquals(0, budget.waiting(), "round " + round);
      granted += "granted".equals(outcome.get()) ? 1 : 0;
      interrupted += "interrupted".equals(outcome.get()) ? 1 : 0;
    }
    assertEquals(300, granted + interrupted);
  }
}
