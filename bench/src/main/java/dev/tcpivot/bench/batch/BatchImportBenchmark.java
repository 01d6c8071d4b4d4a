package dev.tcpivot.bench.batch;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Importing the same data into an empty sandbox in two ways, as the time of one whole import: 25,000
 * Indicators (Hosts and Addresses), 1,000 Adversaries, and 50,000 associations (each Indicator to
 * two Groups, so 50 Indicators per Group). {@link ImportData} makes both from the same indices.
 *
 * <ul>
 *   <li>{@code batch}: builds the {@link BatchFile} (users pay for it) and runs it with
 *       {@code tc.batch().run}; the file is split into as many jobs as the upload limit of 2,000,000
 *       bytes asks for (3 here, not the one job that 25,000 Indicators alone would fit), each
 *       polled as the SDK polls (at once, then after 1 s, each wait 1.5 times
 *       the one before), and those waits are part of what a user waits for: a job that ends
 *       just after a poll costs the whole next wait, so the times of this way cluster a wait apart.
 *   <li>{@code perObject}: 1,000 + 25,000 creates and 1,000 {@link dev.tcpivot.BulkLinks} PUTs
 *       (chunks of 500, one per Group here), from 8 caller threads blocking on one client with
 *       {@code maxConcurrentRequests(8)} ({@link PerObjectImport}). Blocking calls from 8 threads
 *       rather than {@code tc.async()} under the same budget, because the async-calls measure
 *       found those faster against the sandbox (the asynchronous calls reached 0.67× of their
 *       throughput).
 *   <li>{@code buildFileOnly}: the batch way's first half alone, to show its share.
 * </ul>
 *
 * <p>{@code roundTripMillis}: the sandbox answers over loopback in a fraction of a millisecond,
 * where an instance across a network takes milliseconds a request; 5 adds that much to every
 * request, as an interceptor of the client's OkHttp that waits before passing the request on
 * (holding its caller, as a round trip does, but no CPU), so that both ways pay a network's cost
 * per request.
 *
 * <p>Each iteration is one import into a sandbox started for it; after it (not timed) the sandbox
 * must hold 25,000 Indicators, 1,000 Groups and 50 Indicators associated with each Group, counted
 * through the API ({@link SandboxCounts}), or the benchmark fails, so that both ways did the same
 * work. The sandbox runs in the benchmark's JVM, on the same 2 cores as the client.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 4) // the per-object way is still getting faster after 2
@Measurement(iterations = 5)
public class BatchImportBenchmark {
  static final ImportData DATA = new ImportData(25_000, 1_000);
  static final int CALLERS = 8;

  /** A fresh sandbox per iteration, a client for it, and the per-object way's 8 caller threads. */
  @State(Scope.Benchmark)
  public static class OnSandbox {
    @Param({"0", "5"})
    public int roundTripMillis;

    ExecutorService callers;
    Sandbox sandbox;
    ThreatConnect tc;
    BatchOptions options;

    @Setup(Level.Trial)
    public void startCallers() {
      callers = Executors.newFixedThreadPool(CALLERS);
    }

    @Setup(Level.Iteration)
    public void startSandbox() {
      sandbox = Sandbox.start();
      ThreatConnect.Builder builder = ThreatConnect.builder()
          .baseUrl(sandbox.baseUrl())
          .hmac(sandbox.accessId(), sandbox.secretKey())
          .retries(RetryPolicy.none())
          .maxConcurrentRequests(CALLERS);
      if (roundTripMillis > 0) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(CALLERS);
        dispatcher.setMaxRequestsPerHost(CALLERS);
        long wait = roundTripMillis;
        builder.httpClient(new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(CALLERS, 5, TimeUnit.MINUTES))
            .addNetworkInterceptor(chain -> {
              try {
                Thread.sleep(wait);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted in the simulated round trip");
              }
              return chain.proceed(chain.request());
            })
            .build());
      }
      tc = builder.build();
      options = BatchOptions.builder().owner(sandbox.organization().name()).haltOnError(false)
          .action(BatchAction.CREATE).attributeWriteType(AttributeWriteType.APPEND).build();
    }

    @TearDown(Level.Iteration)
    public void checkAndStop(BenchmarkParams params) {
      try {
        SandboxCounts.check(tc, DATA, params.getBenchmark());
      } finally {
        sandbox.close();
      }
    }

    @TearDown(Level.Trial)
    public void stopCallers() {
      callers.shutdownNow();
    }
  }

  @Benchmark
  public BatchResult batch(OnSandbox state) {
    try (BatchFile file = DATA.batchFile()) {
      BatchResult result = state.tc.batch().run(file, state.options);
      if (result.errorCount() > 0 || result.halted()) {
        throw new IllegalStateException("the batch had errors: " + result.errors());
      }
      return result;
    }
  }

  @Benchmark
  public int perObject(OnSandbox state) {
    return PerObjectImport.run(state.tc, DATA, state.callers, CALLERS);
  }

  @Benchmark
  public int buildFileOnly() {
    try (BatchFile file = DATA.batchFile()) {
      return file.parts().size();
    }
  }
}
