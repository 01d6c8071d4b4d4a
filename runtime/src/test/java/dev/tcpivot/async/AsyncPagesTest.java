package dev.tcpivot.async;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.AsyncPaged;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An asynchronous list follows the same absolute {@code next} links as a blocking one
 * (v3/enable_pagination.rst), and fetches a page only when its subscriber asks for more objects than
 * it has been given.
 */
class AsyncPagesTest {
  @RegisterExtension final MockApi api = new MockApi();

  private String page(String next, long... ids) {
    StringBuilder data = new StringBuilder();
    for (long id : ids) {
      data.append(data.length() == 0 ? "" : ", ").append("{\"id\": ").append(id).append(", \"type\": \"Host\"}");
    }
    return "{" + (next == null ? "" : "\"next\": \"" + api.absolute(next) + "\", ")
        + "\"data\": [" + data + "], \"status\": \"Success\"}";
  }

  /** Records every signal, so a test can wait for the next one. */
  private static final class Recorder implements Flow.Subscriber<Indicator> {
    final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      signals.add("subscribed");
    }

    @Override
    public void onNext(Indicator item) {
      signals.add(item.id());
    }

    @Override
    public void onError(Throwable t) {
      signals.add(t);
    }

    @Override
    public void onComplete() {
      signals.add("complete");
    }

    Object next() throws InterruptedException {
      Object signal = signals.poll(10, TimeUnit.SECONDS);
      if (signal == null) {
        throw new AssertionError("no signal arrived");
      }
      return signal;
    }
  }

  @Test
  void aPageIsRequestedOnlyWhenTheSubscriberAsksForMore() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?resultStart=2&resultLimit=2", 1, 2));
    api.respond(200, page(null, 3));
    Recorder recorder = new Recorder();

    tc.async().indicators().list(ListOptions.builder().pageSize(2).build()).subscribe(recorder);
    assertEquals("subscribed", recorder.next());
    assertEquals(0, api.requestCount());

    recorder.subscription.request(2);
    assertEquals(1L, recorder.next());
    assertEquals(2L, recorder.next());
    assertEquals(1, api.requestCount());

    recorder.subscription.request(5);
    assertEquals(3L, recorder.next());
    assertEquals("complete", recorder.next());
    assertEquals(2, api.requestCount());
    assertEquals("/api/v3/indicators?resultLimit=2", api.take().getPath());
    var second = api.take();
    assertEquals("/api/v3/indicators?resultStart=2&resultLimit=2", second.getPath());
    assertSigned(second);
  }

  @Test
  void toListReadsEveryPageAndPagesShowTheLinks() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?fields=tags&resultStart=1&resultLimit=1", 1));
    api.respond(200, page(null, 2));
    api.respond(200, page("/api/v3/indicators?fields=tags&resultStart=1&resultLimit=1", 1));
    api.respond(200, page(null, 2));
    AsyncPaged<Indicator> list = tc.async().indicators().list(IndicatorField.TAGS);

    List<Indicator> all = list.toList().get(10, TimeUnit.SECONDS);
    BlockingQueue<Paged.Page<Indicator>> pages = new LinkedBlockingQueue<>();
    list.pages().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(Paged.Page<Indicator> page) {
        pages.add(page);
      }

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onComplete() {}
    });

    assertEquals(List.of(1L, 2L), all.stream().map(Indicator::id).toList());
    Paged.Page<Indicator> first = pages.poll(10, TimeUnit.SECONDS);
    Paged.Page<Indicator> second = pages.poll(10, TimeUnit.SECONDS);
    assertEquals(api.absolute("/api/v3/indicators?fields=tags&resultStart=1&resultLimit=1"), first.next().orElseThrow());
    assertTrue(second.next().isEmpty());
  }

  @Test
  void aFailedPageEndsTheStreamWithItsRefusal() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?resultStart=1&resultLimit=1", 1));
    api.respond(500, "{\"status\": \"Error\", \"message\": \"boom\"}");
    Recorder recorder = new Recorder();

    tc.async().indicators().list().subscribe(recorder);
    recorder.next();
    recorder.subscription.request(10);

    assertEquals(1L, recorder.next());
    ThreatConnectException failure = assertInstanceOf(ThreatConnectException.class, recorder.next());
    assertEquals(500, failure.status());
    assertEquals("GET /api/v3/indicators: HTTP 500: boom", failure.getMessage());
  }

  /** A next link to another origin would get the credentials: it is not followed (as in PagingTest). */
  @Test
  void aNextLinkElsewhereIsNotFollowed() throws Exception {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"next\": \"https://elsewhere.example/api/v3/indicators?resultStart=1\", "
        + "\"data\": [{\"id\": 1, \"type\": \"Host\"}], \"status\": \"Success\"}");

    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> tc.async().indicators().list().toList().get(10, TimeUnit.SECONDS));

    assertTrue(failed.getCause().getMessage().contains("no credentials were sent there"), failed.getCause().getMessage());
    assertEquals(1, api.requestCount());
  }
}
