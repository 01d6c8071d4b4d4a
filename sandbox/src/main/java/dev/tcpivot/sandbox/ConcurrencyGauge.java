package dev.tcpivot.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests the sandbox is answering now, and the most it has answered at once since the
 * gauge was last reset. The {@link Journal} shows both.
 */
final class ConcurrencyGauge {
  private final AtomicInteger now = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  /** A request has arrived. */
  void enter() {
    int current = now.incrementAndGet();
    peak.accumulateAndGet(current, Math::max);
  }

  /** A request's answer is about to be written (or its connection dropped). */
  void leave() {
    now.decrementAndGet();
  }

  int now() {
    return now.get();
  }

  int peak() {
    return peak.get();
  }

  /** Starts over from the requests in progress: they still count. */
  void reset() {
    peak.set(now.get());
  }
}
