package dev.tcpivot.bench.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap in use after a full collection, and the largest such sample taken since {@link
 * #reset}, with where it was taken. Meant for a JVM run with {@code -XX:+UseSerialGC}, where
 * {@link System#gc()} is a full, stop-the-world collection, so that a sample is the heap that is
 * reachable at that moment. A sample reads each heap pool's usage as the collection left it, not
 * its usage when read: a thread that resumes after the collection takes a fresh allocation buffer
 * of up to megabytes at once, which the current usage would count. Safe to sample from several
 * threads at once.
 */
final class HeapSampler {
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
      .toList();
  private long peak;
  private String peakAt = "";
  private int samples;

  /**
   * The used heap once repeated collections no longer lower it: what is reachable now. Between
   * collections the finalizers run and a moment passes, because an object that awaits its
   * finalizer keeps what it references alive through one more collection.
   */
  long settled() {
    long used = afterGc();
    for (int i = 0; i < 10; i++) {
      System.runFinalization();
      pause();
      long again = afterGc();
      if (again >= used) {
        return Math.min(used, again);
      }
      used = again;
    }
    return used;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring the heap", e);
    }
  }

  /** Takes one sample, named {@code where} should it be the largest. */
  void sample(String where) {
    long used = afterGc();
    synchronized (this) {
      samples++;
      if (used > peak) {
        peak = used;
        peakAt = where;
      }
    }
  }

  synchronized void reset() {
    peak = 0;
    peakAt = "";
    samples = 0;
  }

  synchronized long peak() {
    return peak;
  }

  synchronized String peakAt() {
    return peakAt;
  }

  synchronized int samples() {
    return samples;
  }

  private long afterGc() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      used += pool.getCollectionUsage().getUsed();
    }
    return used;
  }
}
