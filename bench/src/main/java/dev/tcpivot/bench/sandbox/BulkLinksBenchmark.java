package dev.tcpivot.bench.sandbox;

import dev.tcpivot.BulkLinks;
import dev.tcpivot.IdRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.bench.call.FixedReplyServer;
import dev.tcpivot.bench.call.RawHmacClient;
import dev.tcpivot.RequestBytes;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linking 10,000 existing Indicators (by ID, created beforehand) to one Group in chunks of 500 with
 * {@link BulkLinks}: 20 PUTs in order. Reported as links per second (one operation is one link).
 * Ours is the SDK against the sandbox, which stores every link; each run goes to a Group created
 * for it, so no run finds its links already there. The baselines send the same 20 PUTs to a
 * {@link FixedReplyServer} that stores nothing: the SDK with {@code BulkLinks}, and plain OkHttp
 * with bodies serialized beforehand and a signature computed by hand. The gap between the two SDK
 * rows is the sandbox's own cost; the gap between the baselines is the SDK's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BulkLinksBenchmark.LINKS)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class BulkLinksBenchmark {
  static final int LINKS = 10_000;
  static final int CHUNK = 500;

  /** The sandbox with 10,000 Host Indicators, and a fresh Group for every run. */
  @State(Scope.Benchmark)
  public static class OnSandbox {
    SandboxClient client;
    List<IdRef<Indicator>> indicators;
    long groupId;
    int runs;

    @Setup(Level.Trial)
    public void start() {
      client = new SandboxClient();
      indicators = client.createHosts("bulk", LINKS);
    }

    @Setup(Level.Invocation)
    public void freshGroup() {
      if (groupId != 0) {
        client.tc.groups().delete(groupId);
      }
      groupId = client.createAdversary("Bulk target " + ++runs);
    }

    @TearDown(Level.Trial)
    public void stop() {
      client.close();
    }
  }

  /** A server that answers every PUT alike, the SDK and a plain client for it, and the chunk bodies. */
  @State(Scope.Benchmark)
  public static class OnFixedServer {
    FixedReplyServer server;
    ThreatConnect tc;
    RawHmacClient raw;
    List<IdRef<Indicator>> indicators;
    List<byte[]> chunkBodies;

    @Setup(Level.Trial)
    public void start() throws IOException {
      server = FixedReplyServer.start();
      tc = server.sdk();
      raw = server.raw();
      indicators = new ArrayList<>();
      for (int i = 0; i < LINKS; i++) {
        indicators.add(dev.tcpivot.v3.IndicatorRef.id(1_000_000L + i));
      }
      chunkBodies = new ArrayList<>();
      for (int start = 0; start < LINKS; start += CHUNK) {
        chunkBodies.add(RequestBytes.of(
            GroupUpdate.builder().associatedIndicators(indicators.subList(start, start + CHUNK)).build()));
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      server.close();
    }
  }

  @Benchmark
  public BulkLinks.Result<IdRef<Indicator>> sdkToSandbox(OnSandbox state) {
    return linkAll(state.client.tc, state.indicators, state.groupId);
  }

  @Benchmark
  public BulkLinks.Result<IdRef<Indicator>> sdkToFixedServer(OnFixedServer state) {
    return linkAll(state.tc, state.indicators, 12);
  }

  @Benchmark
  public int rawToFixedServer(OnFixedServer state) throws IOException {
    int bytes = 0;
    for (byte[] body : state.chunkBodies) {
      bytes += state.raw.put("v3/groups/12", body).length;
    }
    return bytes;
  }

  private static BulkLinks.Result<IdRef<Indicator>> linkAll(
      ThreatConnect tc, List<IdRef<Indicator>> indicators, long groupId) {
    BulkLinks.Result<IdRef<Indicator>> result = BulkLinks.of(indicators)
        .chunkSize(CHUNK)
        .run(chunk -> tc.groups().update(groupId, GroupUpdate.builder().associatedIndicators(chunk).build()));
    if (!result.complete()) {
      throw new IllegalStateException(result.toString(), result.failure().orElse(null));
    }
    return result;
  }
}
