package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.BulkLinks;
import dev.tcpivot.IdRef;
import dev.tcpivot.RateChange;
import dev.tcpivot.RetryEvent;
import dev.tcpivot.RetryListener;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One request budget per client, shared by every caller: blocking calls on several threads,
 * asynchronous calls, pages and bulk links together never have more requests at the server than
 * {@code maxConcurrentRequests}, and a 429 lowers the rate for all of them.
 */
class RequestBudgetUnderLoadTest {
  private static final String GROUP = "{\"data\": {\"id\": 12, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();

  /** Counts the requests the server is answering at once; each takes a little while. */
  private void countConcurrency() {
    api.dispatch(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
          Thread.sleep(3); // long enough for callers to pile up at the server if the budget let them
          String body = request.getPath().startsWith("/api/v3/indicators")
              ? "{\"data\": [{\"id\": 1, \"type\": \"Host\"}], \"status\": \"Success\"}"
              : GROUP;
          served.incrementAndGet();
          return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
        } finally {
          inFlight.decrementAndGet();
        }
      }
    });
  }

  @Test
  void everyCallerTogetherStaysWithinTheConcurrencyLimit() throws Exception {
    countConcurrency();
    ThreatConnect tc = ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)
        .maxConcurrentRequests(4).build();
    List<CompletableFuture<?>> async = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      async.add(tc.async().groups().get(12));
    }
    ExecutorService threads = Executors.newFixedThreadPool(6);
    List<Future<?>> blocking = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      blocking.add(threads.submit(() -> {
        for (int i = 0; i < 25; i++) {
          tc.groups().get(12);
        }
      }));
    }
    blocking.add(threads.submit(() -> tc.indicators().list().stream().count()));
    List<IdRef<Indicator>> refs = LongStream.rangeClosed(1, 40).mapToObj(IndicatorRef::id).toList();
    blocking.add(threads.submit(() -> BulkLinks.of(refs).chunkSize(2)
        .run(chunk -> tc.groups().update(12, GroupUpdate.builder().associatedIndicators(chunk).build()))));

    for (CompletableFuture<?> future : async) {
      future.get(60, TimeUnit.SECONDS);
    }
    for (Future<?> future : blocking) {
      future.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertEquals(200 + 100 + 1 + 20, served.get());
    assertTrue(peak.get() <= 4, "the server saw " + peak.get() + " requests at once");
    assertEquals(4, peak.get(), "the limit was never reached, so the test proved nothing");
  }

  @Test
  void withoutALimitTheSameLoadGoesWider() throws Exception {
    countConcurrency();
    ThreatConnect tc = ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY).build();
    List<CompletableFuture<?>> async = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      async.add(tc.async().groups().get(12));
    }
    for (CompletableFuture<?> future : async) {
      future.get(60, TimeUnit.SECONDS);
    }

    assertTrue(peak.get() > 4, "the unlimited client reached only " + peak.get() + " at once");
  }

  @Test
  void aTooManyRequestsLowersTheRateAndTheListenerHearsIt() throws Exception {
    List<RateChange> changes = new CopyOnWriteArrayList<>();
    RetryListener listener = new RetryListener() {
      @Override
      public void onRetry(RetryEvent event) {}

      @Override
      public void onRateChange(RateChange change) {
        changes.add(change);
      }
    };
    ThreatConnect tc = ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)
        .maxRequestsPerSecond(50).retryListener(listener).build();
    api.respond(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
        .setBody("{\"message\": \"Slow down\", \"status\": \"Error\"}"));
    api.respond(200, GROUP);

    assertEquals(12L, tc.groups().get(12).id());

    assertEquals(1, changes.size(), changes.toString());
    assertEquals(RateChange.Reason.LOWERED, changes.get(0).reason());
    assertTrue(changes.get(0).currentPerSecond() < 50, changes.toString());
  }
}
