package dev.tcpivot;

import java.time.Duration;

/** Waits between attempts; a seam so that tests can make the waits virtual. */
@FunctionalInterface
interface Sleeper {
  /** The real one: the calling thread sleeps. */
  Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);

  /** Returns after the delay, or throws when the thread is interrupted. */
  void sleep(Duration delay) throws InterruptedException;
}
