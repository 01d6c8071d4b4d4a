package dev.tcpivot.sandbox;

/**
 * Lets the workers of {@link BatchJobs} through, unit by unit: always, or while paused only as many
 * units as {@link #step} allows. Counts the jobs not yet completed and the units in progress, so
 * that tests can wait for a quiet moment instead of a time.
 */
final class BatchGate {
  private boolean paused;
  private long allowance;
  private int busy;
  private int active;

  synchronized void submitted() {
    active++;
  }

  synchronized void finished() {
    active--;
    notifyAll();
  }

  /** Waits until a job may start (taking no unit of the allowance). */
  synchronized void awaitOpen() throws InterruptedException {
    while (paused && allowance == 0) {
      wait();
    }
  }

  /** Waits until one more unit may run, then counts it as in progress. */
  synchronized void enter() throws InterruptedException {
    awaitOpen();
    if (paused) {
      allowance--;
    }
    busy++;
  }

  synchronized void leave() {
    busy--;
    notifyAll();
  }

  synchronized void pause() {
    paused = true;
  }

  synchronized void resume() {
    paused = false;
    allowance = 0;
    notifyAll();
  }

  /** Lets {@code units} more units through and waits until they ran or no job is left. */
  synchronized boolean step(int units, long millis) throws InterruptedException {
    allowance += units;
    notifyAll();
    long end = System.nanoTime() + millis * 1_000_000L;
    while (busy > 0 || (allowance > 0 && active > 0)) {
      long left = (end - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    if (active == 0) {
      allowance = 0;
    }
    return true;
  }

  synchronized boolean awaitIdle(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000L;
    while (active > 0) {
      long left = (end - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }
}
