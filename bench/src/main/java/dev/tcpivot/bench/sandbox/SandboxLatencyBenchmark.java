package dev.tcpivot.bench.sandbox;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.bench.call.FixedReplyServer;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The sandbox's latency under 8 concurrent clients sharing one SDK client: a GET of a Group by ID
 * and a small PUT (one Indicator linked by ID), each thread on a Group of its own; JMH samples
 * every call, so the percentiles (p50, p99) come from the distribution. The baseline sends the same
 * calls with the same kind of client to a {@link FixedReplyServer}, which answers at once, so the
 * ratio is the sandbox's own cost (routing, checking, storing, rendering) on top of HTTP on loopback.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(8)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class SandboxLatencyBenchmark {
  /** The sandbox, 8 Groups and 8 Indicators in it. */
  @State(Scope.Benchmark)
  public static class OnSandbox {
    SandboxClient client;
    final AtomicInteger threads = new AtomicInteger();
    long[] groupIds = new long[8];
    long[] indicatorIds = new long[8];

    @Setup(Level.Trial)
    public void start() {
      client = new SandboxClient();
      for (int i = 0; i < 8; i++) {
        groupIds[i] = client.createAdversary("Latency " + i);
        indicatorIds[i] = client.createHosts("latency-" + i, 1).get(0).id();
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      client.close();
    }
  }

  /** The server that answers at once, and an SDK client for it. */
  @State(Scope.Benchmark)
  public static class OnFixedServer {
    FixedReplyServer server;
    ThreatConnect tc;

    @Setup(Level.Trial)
    public void start() {
      server = FixedReplyServer.start();
      tc = server.sdk();
    }

    @TearDown(Level.Trial)
    public void stop() {
      server.close();
    }
  }

  /** The Group and Indicator this thread uses. */
  @State(Scope.Thread)
  public static class Mine {
    long groupId;
    long indicatorId;

    @Setup(Level.Trial)
    public void pick(OnSandbox sandbox) {
      int index = sandbox.threads.getAndIncrement() % 8;
      groupId = sandbox.groupIds[index];
      indicatorId = sandbox.indicatorIds[index];
    }
  }

  @Benchmark
  public Group getOnSandbox(OnSandbox sandbox, Mine mine) {
    return sandbox.client.tc.groups().get(mine.groupId);
  }

  @Benchmark
  public Group putOnSandbox(OnSandbox sandbox, Mine mine) {
    return sandbox.client.tc.groups().update(mine.groupId, smallUpdate(mine.indicatorId));
  }

  @Benchmark
  public Group getOnFixedServer(OnFixedServer fixed) {
    return fixed.tc.groups().get(12);
  }

  @Benchmark
  public Group putOnFixedServer(OnFixedServer fixed) {
    return fixed.tc.groups().update(12, smallUpdate(1_000_000L));
  }

  private static GroupUpdate smallUpdate(long indicatorId) {
    return GroupUpdate.builder().associatedIndicators(IndicatorRef.id(indicatorId)).build();
  }
}
