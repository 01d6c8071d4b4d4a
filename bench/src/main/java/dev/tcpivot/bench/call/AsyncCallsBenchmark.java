package dev.tcpivot.bench.call;

import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.RecordedRequest;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupUpdate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Asynchronous calls against blocking ones, as calls per second: a PUT renaming Group 12
 * ({@code tc.async().groups().update(12, body)}), 1,000 started at once from one thread and all
 * waited for ({@code CompletableFuture.allOf(...).join()}, which fails the benchmark if one call
 * failed), against the blocking {@code tc.groups().update(12, body)} from 8 threads sharing one
 * client, one call each at a time. Both clients are built alike (HMAC, no retries, no request
 * budget), so the asynchronous one runs at most 64 requests at once on OkHttp's dispatcher threads
 * and keeps the other calls queued without a thread. Against a {@link FixedReplyServer}, which
 * answers at once, and against the sandbox, which checks and stores each update; both run in the
 * benchmark's JVM, on the same 2 cores as the client.
 *
 * <p>How many threads each way needs is measured by {@link ThreadPeaksProfiler}, which
 * {@code bench/run} adds. Before the asynchronous measures the setup checks that an asynchronous
 * and a blocking update reach the server as the same request line and body, and that 1,000 updates
 * at once all reach it and answer Group 12; the blocking measures send no asynchronous call, so that
 * no thread of OkHttp's dispatcher is alive in their JVM.
 *
 * <p>The SDK client has no close, and OkHttp's dispatcher threads are not daemons: they would keep
 * each forked JVM alive for their minute of idleness, so JMH is told not to wait for them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = "-Djmh.shutdownTimeout=0")
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class AsyncCallsBenchmark {
  /** Calls started at once in one asynchronous operation. */
  static final int AT_ONCE = 1_000;

  private static final long GROUP_ID = 12;

  /** The request budget of the third way: as many in flight as the blocking callers. */
  static final int BUDGET = 8;

  /** The fixed-reply server and an SDK client for it. */
  @State(Scope.Benchmark)
  public static class OnFixedServer {
    FixedReplyServer server;
    ThreatConnect tc;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
      server = FixedReplyServer.start();
      tc = isBudgeted(params) ? server.sdk(BUDGET) : server.sdk();
      if (!isAsync(params)) {
        checkGroup(tc.groups().update(GROUP_ID, rename()));
        return;
      }
      checkGroup(tc.async().groups().update(GROUP_ID, rename()).join());
      String byAsync = server.lastRequest();
      checkGroup(tc.groups().update(GROUP_ID, rename()));
      sameRequest(byAsync, server.lastRequest());
      long before = server.answered();
      updateAllAtOnce(tc, true);
      answeredAll(server.answered() - before);
    }

    @TearDown(Level.Trial)
    public void stop() {
      server.close();
    }
  }

  /** The sandbox with Group 12 in it, and an SDK client for it. */
  @State(Scope.Benchmark)
  public static class OnSandbox {
    Sandbox sandbox;
    ThreatConnect tc;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
      sandbox = Sandbox.start();
      ThreatConnect.Builder builder = ThreatConnect.builder()
          .baseUrl(sandbox.baseUrl())
          .hmac(sandbox.accessId(), sandbox.secretKey())
          .retries(RetryPolicy.none());
      tc = (isBudgeted(params) ? builder.maxConcurrentRequests(BUDGET) : builder).build();
      // The sandbox numbers its objects from 1, so the twelfth one created is Group 12.
      long id = 0;
      for (int i = 1; id < GROUP_ID; i++) {
        id = tc.groups().create(GroupCreate.adversary("Async target " + i).build()).id();
      }
      if (id != GROUP_ID) {
        throw new IllegalStateException("the sandbox numbered the Group " + id + ", not " + GROUP_ID);
      }
      if (!isAsync(params)) {
        checkGroup(tc.groups().update(GROUP_ID, rename()));
        return;
      }
      checkGroup(tc.async().groups().update(GROUP_ID, rename()).join());
      String byAsync = lastPut();
      checkGroup(tc.groups().update(GROUP_ID, rename()));
      sameRequest(byAsync, lastPut());
      sandbox.journal().clear();
      updateAllAtOnce(tc, true);
      answeredAll(sandbox.journal().requests("PUT", "/v3/groups/*").size());
    }

    private String lastPut() {
      List<RecordedRequest> puts = sandbox.journal().requests("PUT", "/v3/groups/*");
      RecordedRequest last = puts.get(puts.size() - 1);
      return last.method() + " " + last.path() + "?" + last.query() + " " + last.body();
    }

    @TearDown(Level.Trial)
    public void stop() {
      sandbox.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(AT_ONCE)
  public Group asyncToFixedServer(OnFixedServer fixed) {
    return updateAllAtOnce(fixed.tc, false);
  }

  @Benchmark
  @Threads(8)
  @Warmup(iterations = 10, time = 4) // 8 busy callers on 2 cores leave the JIT little time
  public Group blockingToFixedServer(OnFixedServer fixed) {
    return fixed.tc.groups().update(GROUP_ID, rename());
  }

  @Benchmark
  @OperationsPerInvocation(AT_ONCE)
  public Group asyncToSandbox(OnSandbox sandbox) {
    return updateAllAtOnce(sandbox.tc, false);
  }

  @Benchmark
  @Threads(8)
  @Warmup(iterations = 10, time = 4) // 8 busy callers on 2 cores leave the JIT little time
  public Group blockingToSandbox(OnSandbox sandbox) {
    return sandbox.tc.groups().update(GROUP_ID, rename());
  }

  /** The 1,000 at once under {@code maxConcurrentRequests(8)}: as many in flight as the 8 callers. */
  @Benchmark
  @OperationsPerInvocation(AT_ONCE)
  public Group asyncBudget8ToFixedServer(OnFixedServer fixed) {
    return updateAllAtOnce(fixed.tc, false);
  }

  /** The same against the sandbox. */
  @Benchmark
  @OperationsPerInvocation(AT_ONCE)
  public Group asyncBudget8ToSandbox(OnSandbox sandbox) {
    return updateAllAtOnce(sandbox.tc, false);
  }

  private static boolean isAsync(BenchmarkParams params) {
    return params.getBenchmark().contains(".async");
  }

  private static boolean isBudgeted(BenchmarkParams params) {
    return params.getBenchmark().contains(".asyncBudget");
  }

  /** A small update the sandbox accepts for an Adversary, built per call as a caller builds it. */
  private static GroupUpdate rename() {
    return GroupUpdate.builder().name("Renamed by the benchmark").build();
  }

  /** Starts {@link #AT_ONCE} updates, then waits for all; fails if one failed. */
  private static Group updateAllAtOnce(ThreatConnect tc, boolean checkEach) {
    @SuppressWarnings("unchecked")
    CompletableFuture<Group>[] calls = new CompletableFuture[AT_ONCE];
    for (int i = 0; i < AT_ONCE; i++) {
      calls[i] = tc.async().groups().update(GROUP_ID, rename());
    }
    CompletableFuture.allOf(calls).join();
    if (checkEach) {
      for (CompletableFuture<Group> call : calls) {
        checkGroup(call.join());
      }
    }
    return calls[AT_ONCE - 1].join();
  }

  private static void checkGroup(Group group) {
    if (group.id() == null || group.id() != GROUP_ID) {
      throw new IllegalStateException("the update answered Group " + group.id() + ", not " + GROUP_ID);
    }
  }

  private static void sameRequest(String byAsync, String byBlocking) {
    if (!byAsync.equals(byBlocking)) {
      throw new IllegalStateException(
          "the clients send different requests:\n" + byAsync + "\n" + byBlocking);
    }
  }

  private static void answeredAll(long answered) {
    if (answered != AT_ONCE) {
      throw new IllegalStateException(AT_ONCE + " updates at once reached the server " + answered + " times");
    }
  }
}
