package dev.tcpivot.sandbox;

/**
 * Lets the workers of {@link BatchJobs} through, unit by unit: always, or while paused only as many
 * units as {@link #step} allows. Counts the jobs not yet completed and the workers running (from a
 * job's start to its next wait for a unit, or to its end), so that tests can wait for a quiet
 * moment instead of a time.
 */
final class BatchGate {
  private boolean paused;
  private long allowance;
  private int running;
  private int active;

  synchronized void submitted() {
    active++;
  }

  /** A job's worker is done with it; {@code started} if {@link #awaitOpen} had let it in. */
  synchronized void finished(boolean started) {
    active--;
    if (started) {
      running--;
    }
    notifyAll();
  }

  /** Waits until a job may start (taking no unit of the allowance); the worker then runs. */
  synchronized void awaitOpen() throws InterruptedException {
    while (paused && allowance == 0) {
      wait();
    }
    running++;
  }

  /**
   * Waits until one more unit may run. While it waits the worker does not count as running, so a
   * step returns only once each worker is waiting here for more units or has finished its job: a
   * job whose last unit ran is Completed by then.
   */
  synchronized void enter() throws InterruptedException {
    running--;
    notifyAll();
    try {
      while (paused && allowance == 0) {
        wait();
      }
    } finally {
      running++;
    }
    if (paused) {
      allowance--;
    }
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
    while (running > 0 || (allowance > 0 && active > 0)) {
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
