package dev.tcpivot.bench.compile;

import dev.tcpivot.processor.sdk.SdkGenerator;
import dev.tcpivot.spec.SpecLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating the whole SDK in memory: loading the built-in rule table, building every file with
 * {@link SdkGenerator} and rendering it to Java source text. No baseline exists; it is reported
 * beside {@link CompileBenchmark} to show how much of the processor's share it is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SdkGenerationBenchmark {
  @Benchmark
  public int loadTableAndGenerate() {
    int chars = 0;
    for (Object file : SdkGenerator.generate(SpecLoader.builtIn(), "dev.tcpivot.v3", b -> b)) {
      chars += file.toString().length();
    }
    return chars;
  }
}
