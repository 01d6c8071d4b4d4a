package dev.tcpivot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when the client waits: the waits between attempts are recorded and
 * advance the clock at once, so retry tests take no real time and see exact delays. The jitter of
 * the backoff is a fixed fraction. Applied through the builder's package-private hooks.
 */
public final class VirtualTime extends Clock {
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now;
  private double jitter = 0.5;

  public VirtualTime(Instant start) {
    this.now = start;
  }

  /** The builder, with this clock, a sleeper that advances it, and the fixed jitter. */
  public ThreatConnect.Builder applyTo(ThreatConnect.Builder builder) {
    return builder.clock(this).random(() -> jitter).sleeper(this::pass).waits((delay, task) -> {
      // An asynchronous call's wait passes like a blocking one's, and its task runs at once. (The
      // request budget keeps the real timer: its recovery steps are not waits of a call.)
      pass(delay);
      task.run();
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    });
  }

  private synchronized void pass(Duration delay) {
    sleeps.add(delay);
    now = now.plus(delay);
  }

  /** The fraction of the backoff's cap that the jitter picks, 0.5 unless set. */
  public VirtualTime jitter(double jitter) {
    this.jitter = jitter;
    return this;
  }

  /** Every wait so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
