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
}
