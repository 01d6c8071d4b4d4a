package dev.tcpivot;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay without a thread waiting for it: how asynchronous calls wait out a
 * retry's backoff, a {@code Retry-After}, a rate limit or a timeout. Tasks only hand work on (they
 * enqueue a call or complete a future), so one timer thread serves every client. A seam, so that
 * tests can make the waits virtual.
 */
@FunctionalInterface
interface Waits {
  /** One daemon thread for the whole JVM; cancelled tasks leave its queue at once. */
  Waits SHARED = new Shared();

  /** Runs {@code task} once {@code delay} has passed; cancelling the future drops it. */
  Future<?> after(Duration delay, Runnable task);

  /** The timer thread behind {@link #SHARED}. */
  final class Shared implements Waits {
    private static final ScheduledThreadPoolExecutor TIMER = start();

    private final ScheduledThreadPoolExecutor timer = TIMER;

    private Shared() {}

    private static ScheduledThreadPoolExecutor start() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "tcpivot-waits");
        thread.setDaemon(true);
        return thread;
      });
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }


    @Override
    public Future<?> after(Duration delay, Runnable task) {
      return timer.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
  }
}
