package dev.tcpivot.bench.body;

import dev.tcpivot.RequestBytes;
import dev.tcpivot.v3.GroupUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Building and writing the body of an update with 1 to 1,000 mixed refs ({@link MixedRefs}), three
 * ways: the SDK (generated builders, then its mapper), the floor (a {@link GeneratorBody} writing the
 * same bytes from the same arrays) and the dynamic way a user would otherwise write ({@link TreeBody},
 * {@link MapBody}). Fair because every way starts from the same arrays, ends with a fresh
 * {@code byte[]}, and the setup checks that all of them produce identical bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class SerializationBenchmark {
  @Param({"1", "10", "100", "1000"})
  public int refs;

  private MixedRefs input;
  private GroupUpdate built;

  @Setup(Level.Trial)
  public void sameBytesEveryWay() throws IOException {
    input = MixedRefs.of(refs);
    built = SdkBody.build(input);
    byte[] floor = GeneratorBody.write(input);
    check("SDK", SdkBody.write(input), floor);
    check("ObjectNode tree", TreeBody.write(input), floor);
    check("Map", MapBody.write(input), floor);
  }

  private static void check(String way, byte[] bytes, byte[] floor) {
    if (!Arrays.equals(bytes, floor)) {
      throw new IllegalStateException(way + " writes other bytes than the floor:\n"
          + new String(bytes, StandardCharsets.UTF_8) + "\n" + new String(floor, StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public byte[] sdk() throws IOException {
    return SdkBody.write(input);
  }

  /** The first half of {@link #sdk()}: the typed refs, blocks and update, no bytes. */
  @Benchmark
  public GroupUpdate sdkBuildOnly() {
    return SdkBody.build(input);
  }

  /** The second half of {@link #sdk()}: the SDK's writer writing an update built once. */
  @Benchmark
  public byte[] sdkWriteOnly() throws IOException {
    return RequestBytes.of(built);
  }

  @Benchmark
  public byte[] floorGenerator() throws IOException {
    return GeneratorBody.write(input);
  }

  @Benchmark
  public byte[] dynamicTree() throws IOException {
    return TreeBody.write(input);
  }

  @Benchmark
  public byte[] dynamicMap() throws IOException {
    return MapBody.write(input);
  }
}
