package dev.tcpivot.bench.batch;

import dev.tcpivot.BulkLinks;
import dev.tcpivot.IdRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Imports {@link ImportData} one object per request, as a user without the Batch API would, in
 * parallel: every Group ({@code POST /v3/groups}), then every Indicator ({@code POST
 * /v3/indicators}), then, per Group, its Indicators by ID with {@link BulkLinks} in chunks of 500
 * ({@code PUT /v3/groups/{id}}). Each step is spread over the given callers, each taking the next
 * index until none is left, and ends when all have finished, because the next one needs its IDs.
 */
final class PerObjectImport {
  static final int CHUNK = 500;

  private PerObjectImport() {}

  /** Runs the three steps; returns the number of requests sent. */
  static int run(ThreatConnect tc, ImportData data, ExecutorService callers, int callerCount) {
    long[] groupIds = new long[data.groups()];
    inParallel(callers, callerCount, data.groups(), g -> groupIds[g] = tc.groups().create(data.groupCreate(g)).id());
    long[] indicatorIds = new long[data.indicators()];
    inParallel(callers, callerCount, data.indicators(),
        i -> indicatorIds[i] = tc.indicators().create(data.indicatorCreate(i)).id());
    AtomicInteger puts = new AtomicInteger();
    inParallel(callers, callerCount, data.groups(), g -> {
      List<IdRef<Indicator>> refs = new ArrayList<>();
      for (int i : data.indicatorsOf(g)) {
        refs.add(IndicatorRef.id(indicatorIds[i]));
      }
      BulkLinks.Result<IdRef<Indicator>> result = BulkLinks.of(refs).chunkSize(CHUNK).run(chunk -> {
        tc.groups().update(groupIds[g], GroupUpdate.builder().associatedIndicators(chunk).build());
        puts.incrementAndGet();
      });
      if (!result.complete()) {
        throw new IllegalStateException("linking Group " + groupIds[g] + ": " + result, result.failure().orElse(null));
      }
    });
    return data.groups() + data.indicators() + puts.get();
  }

  /** Runs {@code step} for every index below {@code count} on {@code callerCount} callers; rethrows a failure. */
  private static void inParallel(ExecutorService callers, int callerCount, int count, IntConsumer step) {
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int c = 0; c < callerCount; c++) {
      tasks.add(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          step.accept(i);
        }
        return null;
      });
    }
    try {
      for (Future<Void> done : callers.invokeAll(tasks)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a request of the import failed", e.getCause());
    }
  }
}
