package dev.tcpivot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A timer and clock that a test steps by hand: what asynchronous calls and the request budget
 * schedule (a retry's wait, a budget wait, a call's timeout) stays pending until the test runs it,
 * and running a task moves this clock to the task's time. So a test sees every wait and can check
 * what holds a thread meanwhile. Applied through the builder's package-private hooks.
 */
public final class ManualWaits {
  private final List<Pending> pending = new ArrayList<>();
  private long now;

  /** The builder, with this timer for its asynchronous waits and this clock for its budget. */
  public ThreatConnect.Builder applyTo(ThreatConnect.Builder builder) {
    return builder.waits(this::schedule).budgetWaits(this::schedule).nanoTime(this::nanoTime);
  }

  private synchronized long nanoTime() {
    return now;
  }

  private synchronized Future<?> schedule(Duration delay, Runnable task) {
    Pending wait = new Pending(delay, now + Math.max(0, delay.toNanos()), task);
    pending.add(wait);
    notifyAll();
    return wait;
  }

  /** Waits (for real, up to 10 s) until {@code count} tasks are pending, and returns their delays. */
  public synchronized List<Duration> awaitPending(int count) throws InterruptedException, TimeoutException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (live().size() < count) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException(live().size() + " of " + count + " waits scheduled");
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return pendingDelays();
  }

  /** The delays of the tasks neither run nor cancelled, in the order they were scheduled. */
  public synchronized List<Duration> pendingDelays() {
    return live().stream().map(p -> p.delay).toList();
  }

  /** Waits (for real, up to 10 s) until no task is pending: a cancel may still be on its way. */
  public synchronized void awaitNonePending() throws InterruptedException, TimeoutException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!live().isEmpty()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException(live().size() + " waits still pending");
      }
      TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)));
    }
  }

  /** How many scheduled tasks were cancelled. */
  public synchronized long cancelled() {
    return pending.stream().filter(Pending::isCancelled).count();
  }

  /**
   * Runs every pending task (not those they schedule) in the order they are due, on the calling
   * thread, moving the clock to each one's time; returns how many ran.
   */
  public int runPending() {
    List<Pending> due;
    synchronized (this) {
      due = new ArrayList<>(live());
      due.sort(Comparator.comparingLong(p -> p.at));
      pending.removeAll(due);
    }
    for (Pending wait : due) {
      synchronized (this) {
        now = Math.max(now, wait.at);
      }
      wait.run();
    }
    return due.size();
  }

  private List<Pending> live() {
    return pending.stream().filter(p -> !p.isDone()).toList();
  }

  private static final class Pending extends CompletableFuture<Void> {
    final Duration delay;
    final long at;
    final Runnable task;

    Pending(Duration delay, long at, Runnable task) {
      this.delay = delay;
      this.at = at;
      this.task = task;
    }

    void run() {
      if (complete(null)) {
        task.run();
      }
    }
  }
}
