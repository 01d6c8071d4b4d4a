package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ListOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorCreate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client's request budget, seen from the server: asynchronous updates, blocking reads on two
 * threads and a paged list, all at once, never have more requests at the sandbox than {@code
 * maxConcurrentRequests}. Every request is held a few milliseconds so that callers pile up at the
 * budget; without one, the same load reaches the sandbox wider.
 */
@SandboxPerMethod
class RequestBudgetEndToEndTest {
  private static final int LIMIT = 3;
  private static final int UPDATES = 100;
  private static final int GETS_PER_THREAD = 20;
  private static final int HOSTS = 12;
  private static final int PAGE_SIZE = 5;
  /** 12 Hosts in pages of 5: two full pages and one of 2. */
  private static final int PAGES = 3;

  private Group group;

  @BeforeEach
  void objects(ThreatConnect tc) {
    group = tc.groups().create(GroupCreate.campaign(Unique.name("Spring")).build());
    for (int i = 0; i < HOSTS; i++) {
      tc.indicators().create(IndicatorCreate.host(Unique.host()).build());
    }
  }

  @Test
  void everyCallerTogetherStaysWithinTheLimitAndReachesIt(Sandbox sandbox) throws Exception {
    ThreatConnect limited = client(sandbox, b -> b.maxConcurrentRequests(LIMIT));

    int requests = runLoad(limited, sandbox);

    assertEquals(UPDATES + 2 * GETS_PER_THREAD + PAGES, requests);
    int peak = sandbox.journal().peakConcurrency();
    assertTrue(peak <= LIMIT, "the sandbox answered " + peak + " requests at once");
    assertEquals(LIMIT, peak, "the limit was never reached, so the load proved nothing");
  }

  @Test
  void withoutALimitTheSameLoadGoesWider(Sandbox sandbox) throws Exception {
    ThreatConnect unlimited = client(sandbox, UnaryOperator.identity());

    runLoad(unlimited, sandbox);

    int peak = sandbox.journal().peakConcurrency();
    assertTrue(peak > LIMIT, "without a limit the sandbox saw only " + peak + " requests at once");
  }

  private static ThreatConnect client(Sandbox sandbox, UnaryOperator<ThreatConnect.Builder> budget) {
    return budget.apply(ThreatConnect.builder().baseUrl(sandbox.baseUrl()).hmac(sandbox.accessId(), sandbox.secretKey()))
        .build();
  }

  /** Sends the whole load at once, every request held a little; returns how many the sandbox got. */
  private int runLoad(ThreatConnect tc, Sandbox sandbox) throws Exception {
    sandbox.faults().next(10_000).anyRequest().delay(Duration.ofMillis(4));
    sandbox.journal().clear();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<CompletableFuture<?>> updates = new ArrayList<>();
      for (int i = 0; i < UPDATES; i++) {
        updates.add(tc.async().groups().update(group.id(), GroupUpdate.builder().name("Spring " + i).build()));
      }
      List<Future<?>> blocking = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        blocking.add(threads.submit(() -> {
          for (int i = 0; i < GETS_PER_THREAD; i++) {
            assertEquals(group.id(), tc.groups().get(group.id()).id());
          }
        }));
      }
      Future<Long> listed =
          threads.submit(() -> tc.indicators().list(ListOptions.builder().pageSize(PAGE_SIZE).build()).stream().count());
      for (CompletableFuture<?> update : updates) {
        update.get(60, TimeUnit.SECONDS);
      }
      for (Future<?> reads : blocking) {
        reads.get(60, TimeUnit.SECONDS);
      }
      assertEquals(HOSTS, listed.get(60, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
      sandbox.faults().clear();
    }
    assertEquals(0, sandbox.journal().inProgress());
    return sandbox.journal().size();
  }
}
