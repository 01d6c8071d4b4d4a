package dev.tcpivot.bench.call;

import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.bench.body.MixedRefs;
import dev.tcpivot.bench.body.SdkBody;
import dev.tcpivot.v3.Group;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One PUT of an update with 10 mixed refs to {@code /v3/groups/12} on a {@link FixedReplyServer}:
 * through the SDK ({@code tc.groups().update}, body built and serialized per call, HMAC signed by
 * its interceptor, the reply parsed into a {@link Group}) against a {@link RawHmacClient} sending
 * the same bytes, serialized beforehand, with a signature computed by hand. Fair because both talk
 * to the same server instance, which answers both identically; the setup checks that the server
 * received the same request line and body from each; the SDK does not retry
 * ({@link RetryPolicy#none()}). Measured as the time of one call from one thread, and as
 * throughput with 8 callers sharing one client, where every microsecond of CPU either client spends
 * shows, as client and server share the 2 cores.
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class WholeCallBenchmark {
  private static final long GROUP_ID = 12;
  private static final String PATH = "v3/groups/" + GROUP_ID;

  private FixedReplyServer server;
  private ThreatConnect tc;
  private RawHmacClient raw;
  private MixedRefs refs;
  private byte[] serialized;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = FixedReplyServer.start();
    tc = server.sdk();
    raw = server.raw();
    refs = MixedRefs.of(10);
    serialized = SdkBody.write(refs);
    sdkPut();
    String bySdk = server.lastRequest();
    rawPut();
    String byRaw = server.lastRequest();
    if (!bySdk.equals(byRaw)) {
      throw new IllegalStateException("the clients send different requests:\n" + bySdk + "\n" + byRaw);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Group sdkPut() {
    return tc.groups().update(GROUP_ID, SdkBody.build(refs));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] rawPut() throws IOException {
    return raw.put(PATH, serialized);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  @Warmup(iterations = 10, time = 4) // 8 busy callers on 2 cores leave the JIT little time
  public Group sdkPut8Callers() {
    return sdkPut();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  @Warmup(iterations = 10, time = 4) // 8 busy callers on 2 cores leave the JIT little time
  public byte[] rawPut8Callers() throws IOException {
    return rawPut();
  }
}
