package dev.tcpivot.bench.call;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The most threads alive at once in the benchmark's JVM during each iteration, reported as JMH
 * secondary results whose score is the largest over all measured iterations and forks
 * ({@code -prof dev.tcpivot.bench.call.ThreadPeaksProfiler}):
 *
 * <ul>
 *   <li>{@code threads.jvm}: every live thread, from the JVM's own peak count (reset as each
 *       iteration starts), so it misses nothing; it includes this profiler's sampling thread;
 *   <li>{@code threads.server}: the in-process server's threads ({@link FixedReplyServer}, the
 *       sandbox), {@code threads.okhttp}: OkHttp's, {@code threads.callers}: JMH's benchmark
 *       threads; these three by name, sampled every millisecond, so a thread living less than that
 *       may be missed (the pools keep theirs for a minute).
 * </ul>
 *
 * <p>A profiler rather than {@code @AuxCounters}: JMH sums event counters over threads and
 * iterations, which suits counts but not a peak.
 */
public final class ThreadPeaksProfiler implements InternalProfiler {
  private static final long SAMPLE_NANOS = 1_000_000;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private volatile boolean sampling;
  private volatile int serverPeak;
  private volatile int okHttpPeak;
  private volatile int callerPeak;
  private Thread sampler;

  /** As JMH creates a profiler named by {@code -prof}. */
  public ThreadPeaksProfiler() {}

  @Override
  public String getDescription() {
    return "Peak live threads per iteration: all, the server's, OkHttp's, the benchmark's";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    threads.resetPeakThreadCount();
    serverPeak = 0;
    okHttpPeak = 0;
    callerPeak = 0;
    sampling = true;
    sampler = new Thread(this::sample, "thread-peaks-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    sampling = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.of(
        peak("threads.jvm", threads.getPeakThreadCount()),
        peak("threads.server", serverPeak),
        peak("threads.okhttp", okHttpPeak),
        peak("threads.callers", callerPeak));
  }

  private static ScalarResult peak(String label, int count) {
    return new ScalarResult(label, count, "threads", AggregationPolicy.MAX);
  }

  private void sample() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] seen = new Thread[256];
    while (sampling) {
      int count = root.enumerate(seen, true);
      if (count == seen.length) {
        seen = new Thread[seen.length * 2]; // some were left out: count again with more room
        continue;
      }
      int server = 0;
      int okHttp = 0;
      int callers = 0;
      for (int i = 0; i < count; i++) {
        String name = seen[i].getName();
        if (name.startsWith("fixed-reply-server") || name.startsWith("tcpivot-sandbox-")) {
          server++;
        } else if (name.startsWith("OkHttp") || name.startsWith("Okio")) {
          okHttp++;
        } else if (name.contains("-jmh-worker-")) {
          callers++;
        }
      }
      serverPeak = Math.max(serverPeak, server);
      okHttpPeak = Math.max(okHttpPeak, okHttp);
      callerPeak = Math.max(callerPeak, callers);
      Arrays.fill(seen, 0, count, null);
      LockSupport.parkNanos(SAMPLE_NANOS);
    }
  }
}
