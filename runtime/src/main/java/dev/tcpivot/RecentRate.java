package dev.tcpivot;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The rate at which requests started over the last few seconds, so that a budget with no rate of
 * its own knows where to start lowering when the server first answers 429. Counts per second in a
 * small ring, without a lock: two threads crossing into a new second together may lose a count,
 * which an estimate can afford.
 */
final class RecentRate {
  /** Whole seconds looked back, besides the current part of a second. */
  static final int SECONDS = 4;

  private static final long SECOND = 1_000_000_000L;

  private final long start;
  private final AtomicLongArray stamps = new AtomicLongArray(SECONDS + 1);
  private final AtomicLongArray counts = new AtomicLongArray(SECONDS + 1);

  /** @param start the time the counting starts, in the nanoseconds of the budget's clock */
  RecentRate(long start) {
    this.start = start;
    for (int slot = 0; slot <= SECONDS; slot++) {
      stamps.set(slot, Long.MIN_VALUE);
    }
  }

  /** One request started at {@code now}. */
  void record(long now) {
    long second = Math.floorDiv(now - start, SECOND);
    int slot = (int) Math.floorMod(second, (long) SECONDS + 1);
    long stamp = stamps.get(slot);
    if (stamp != second && stamps.compareAndSet(slot, stamp, second)) {
      counts.set(slot, 0);
    }
    counts.incrementAndGet(slot);
  }

  /**
   * The requests started per second from {@link #SECONDS} whole seconds before the current one (or
   * from the start, if later) until {@code now}, over at least one second.
   */
  double perSecond(long now) {
    long elapsed = now - start;
    long second = Math.floorDiv(elapsed, SECOND);
    long total = 0;
    for (int slot = 0; slot <= SECONDS; slot++) {
      long stamp = stamps.get(slot);
      if (stamp >= second - SECONDS && stamp <= second) {
        total += counts.get(slot);
      }
    }
    long span = elapsed - Math.max(0, (second - SECONDS) * SECOND);
    return total * (double) SECOND / Math.max(span, SECOND);
  }
}
