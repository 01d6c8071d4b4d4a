package dev.tcpivot;

/**
 * Hears of every retry before its wait starts, e.g. to count them or to show progress in a long
 * job. Called on the thread that runs the request; an exception it throws is logged and ignored.
 * Every retry is also logged at INFO on the logger {@code dev.tcpivot.retry}.
 */
@FunctionalInterface
public interface RetryListener {
  /** A request failed and will be sent again after {@link RetryEvent#delay()}. */
  void onRetry(RetryEvent event);

  /**
   * The rate at which the client starts requests changed: lowered after an HTTP 429 Too Many
   * Requests, or raised one step after a quiet period. Called on the thread that saw the 429, or on
   * the client's timer for a recovery, never while the client holds a lock; an exception it throws
   * is logged and ignored. Every change is also logged at INFO on the logger {@code dev.tcpivot.retry}.
   * Does nothing unless overridden.
   *
   * @param event the old and the new rate, and the server's {@code Retry-After} if any
   */
  default void onRateChange(RateChange event) {}
}
