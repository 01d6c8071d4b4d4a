package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/**
 * Waits of the budget's tests for a state that other threads bring about, e.g. a thread queued in
 * the budget. The limit only keeps a broken build from hanging; no test measures time with it.
 */
final class BudgetWaits {
  private static final long GUARD_NANOS = 60_000_000_000L;

  private BudgetWaits() {}

  /** Returns once {@code state} holds; fails the test, naming {@code what}, if it never does. */
  static void until(String what, BooleanSupplier state) {
    long start = System.nanoTime();
    while (!state.getAsBoolean()) {
      if (System.nanoTime() - start > GUARD_NANOS) {
        fail("never reached: " + what);
      }
      Thread.yield();
    }
  }

  /** {@link Thread#join()}, failing the test if the thread never ends. */
  static void join(Thread thread) throws InterruptedException {
    thread.join(GUARD_NANOS / 1_000_000);
    if (thread.isAlive()) {
      fail("thread never ended: " + thread.getName());
    }
  }
}
