package dev.tcpivot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A timer that a test steps by hand: what asynchronous calls schedule (a retry's wait, a budget
 * wait, a call's timeout) stays pending until the test runs it, so a test sees every wait and can
 * check what holds a thread meanwhile. Applied through the builder's package-private hook.
 */
public final class ManualWaits {
  private final List<Pending> pending = new ArrayList<>();

  /** The builder, with this timer for its asynchronous waits. */
  public ThreatConnect.Builder applyTo(ThreatConnect.Builder builder) {
    return builder.waits(this::schedule);
  }

  private synchronized Future<?> schedule(Duration delay, Runnable task) {
    Pending wait = new Pending(delay, task);
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
    return live().stream().map(p -> p.delay).toList();
  }

  /** The delays of the tasks neither run nor cancelled. */
  public synchronized List<Duration> pendingDelays() {
    return live().stream().map(p -> p.delay).toList();
  }

  /** How many scheduled tasks were cancelled. */
  public synchronized long cancelled() {
    return pending.stream().filter(Pending::isCancelled).count();
  }

  /** Runs every pending task (not those they schedule), on the calling thread; returns how many ran. */
  public int runPending() {
    List<Pending> due;
    synchronized (this) {
      due = live();
      pending.removeAll(due);
    }
    for (Pending wait : due) {
      wait.run();
    }
    return due.size();
  }

  private List<Pending> live() {
    return pending.stream().filter(p -> !p.isDone()).toList();
  }

  private static final class Pending extends CompletableFuture<Void> {
    final Duration delay;
    final Runnable task;

    Pending(Duration delay, Runnable task) {
      this.delay = delay;
      this.task = task;
    }

    void run() {
      if (complete(null)) {
        task.run();
      }
    }
  }
}
