package dev.tcpivot.bench.sandbox;

import dev.tcpivot.sandbox.NestedQueryData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sandbox answering {@code GET /v3/indicators?tql=hasGroup(id = N)} over 10,000 and 100,000
 * Indicators with 100 matches each, in process: its evaluator, which starts from Group N's
 * associations, against a scan of every Indicator's associations in the same run. The target is
 * the evaluator at 100,000 Indicators within 2× of the evaluator at 10,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class NestedQueryBenchmark {
  /** Matches per query: the Indicators of one Group. */
  static final int MATCHES = 100;

  @Param({"10000", "100000"})
  public int indicators;

  private NestedQueryData data;

  @Setup(Level.Trial)
  public void build() {
    data = new NestedQueryData(indicators, MATCHES);
    if (data.evaluate() != MATCHES || data.scan() != MATCHES) {
      throw new IllegalStateException("both ways must find the " + MATCHES + " Indicators");
    }
    // Building 100,000 objects leaves the collector a concurrent cycle to run; without this it
    // runs during the first measured seconds, on one of the two cores, and slows either way 10×.
    System.gc();
  }

  @Benchmark
  public int evaluator() {
    return data.evaluate();
  }

  @Benchmark
  public int fullScan() {
    return data.scan();
  }
}
