package dev.tcpivot;

import static dev.tcpivot.FakePages.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Reactive Streams rules that {@link java.util.concurrent.Flow} documents, as the walk of pages
 * keeps them: serial signals (1.3), no unbounded recursion between request and onNext (3.3),
 * cancellation (3.5, 3.6, 3.7, 1.8), non-positive requests (3.9), demand up to
 * {@code Long.MAX_VALUE} (3.17), and a subscriber that throws (2.13).
 */
class PagePublisherRulesTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void cancellingDuringAFetchCancelsItAndStopsTheSignals() {
    FakePages source = FakePages.numbered(3, 2).held();
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(3);
    new PagePublisher<>(source).subscribe(subscriber);
    source.complete(0);
    assertEquals(numbers(0, 2), subscriber.items());
    assertEquals(2, source.fetches(), "the third item asked for needs the second page");

    subscriber.subscription().cancel();
    assertTrue(source.future(1).isCancelled());
    subscriber.subscription().request(10);
    subscriber.subscription().cancel();
    assertEquals(2, source.fetches(), "nothing fetched after cancel (3.6)");
    assertEquals(List.of("onSubscribe", "onNext", "onNext"), subscriber.signals());
  }

  @Test
  void cancellingInsideOnNextStopsAtThatItem() {
    FakePages source = FakePages.numbered(3, 10);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<Integer>(Long.MAX_VALUE)
        .onEachItem((subscription, item) -> {
          if (item == 2) {
            subscription.cancel();
          }
        });
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(numbers(0, 3), subscriber.items());
    assertEquals(List.of(), subscriber.terminals());
    assertEquals(1, source.fetches());
  }

  @Test
  void requestingOneInsideEachOnNextDoesNotRecurse() {
    int count = 100_000;
    FakePages source = FakePages.numbered(count, 1); // one page per item: a fetch per request
    AtomicInteger depth = new AtomicInteger();
    AtomicInteger deepest = new AtomicInteger();
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<Integer>(1)
        .onEachItem((subscription, item) -> {
          deepest.accumulateAndGet(depth.incrementAndGet(), Math::max);
          subscription.request(1);
          depth.decrementAndGet();
        });
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(count, subscriber.items().size());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(1, deepest.get(), "onNext never runs inside onNext (3.3)");
    assertEquals(count, source.fetches());
  }

  @Test
  void requestsFromSeveralThreadsGetItemsOneAtATime() throws Exception {
    int threads = 3;
    int perThread = 2_000;
    FakePages source = FakePages.numbered(60, 100).completingOn(pool);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
    new PagePublisher<>(source).subscribe(subscriber);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> requesters = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread requester = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < perThread; i++) {
          subscriber.subscription().request(1);
        }
      });
      requesters.add(requester);
      requester.start();
    }
    go.countDown();
    for (Thread requester : requesters) {
      requester.join(TimeUnit.SECONDS.toMillis(60));
    }
    subscriber.awaitTerminal();
    assertEquals(0, subscriber.overlaps(), "two signals ran at once (1.3)");
    assertEquals(numbers(0, 6_000), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(60, source.fetches());
  }

  @Test
  void pagesFromOtherThreadsAndRequestsFromOnNextStaySerial() throws Exception {
    FakePages source = FakePages.numbered(50, 20).completingOn(pool);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<Integer>(3)
        .onEachItem((subscription, item) -> pool.execute(() -> subscription.request(1)));
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.awaitTerminal();
    assertEquals(0, subscriber.overlaps());
    assertEquals(numbers(0, 1_000), subscriber.items());
  }

  @Test
  void requestZeroIsAnError() {
    assertNonPositiveRequestFails(0);
  }

  @Test
  void aNegativeRequestIsAnError() {
    assertNonPositiveRequestFails(-1);
  }

  private static void assertNonPositiveRequestFails(long n) {
    FakePages source = FakePages.numbered(2, 2);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.subscription().request(n);
    subscriber.subscription().request(5);
    assertEquals(List.of("onSubscribe", "onError"), subscriber.signals());
    IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, subscriber.error());
    assertTrue(error.getMessage().startsWith("request(" + n + ")"), error.getMessage());
    assertEquals(0, source.fetches());
  }

  @Test
  void aNonPositiveRequestDuringAFetchCancelsIt() {
    FakePages source = FakePages.numbered(2, 2).held();
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(1);
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.subscription().request(-5);
    assertTrue(source.future(0).isCancelled());
    assertEquals(List.of("onSubscribe", "onError"), subscriber.signals());
  }

  @Test
  void demandAddsUpToLongMaxValue() {
    FakePages source = FakePages.numbered(4, 5);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.subscription().request(Long.MAX_VALUE - 1);
    subscriber.subscription().request(Long.MAX_VALUE);
    subscriber.subscription().request(Long.MAX_VALUE);
    assertEquals(numbers(0, 20), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
  }

  @Test
  void aSubscriberThatThrowsIsCancelledAndNotSignalledAgain() {
    RuntimeException thrown = new RuntimeException("onNext broke");
    FakePages source = FakePages.numbered(3, 2).held();
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<Integer>(Long.MAX_VALUE)
        .onEachItem((subscription, item) -> {
          if (item == 1) {
            throw thrown;
          }
        });
    new PagePublisher<>(source).subscribe(subscriber);
    List<Throwable> reported = new ArrayList<>();
    Thread current = Thread.currentThread();
    Thread.UncaughtExceptionHandler before = current.getUncaughtExceptionHandler();
    current.setUncaughtExceptionHandler((thread, error) -> reported.add(error));
    try {
      source.complete(0);
    } finally {
      current.setUncaughtExceptionHandler(before);
    }
    assertEquals(List.of(thrown), reported, "the exception goes where uncaught exceptions go");
    assertEquals(numbers(0, 2), subscriber.items());
    assertEquals(List.of(), subscriber.terminals(), "no onError for the subscriber that threw");
    assertEquals(1, source.fetches(), "the walk stops: no second page");
  }

  @Test
  void aSubscriberThatThrowsDuringAFetchedPageLeavesNoFetchInFlight() {
    FakePages source = FakePages.numbered(3, 2).held();
    List<Throwable> reported = new ArrayList<>();
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<Integer>(Long.MAX_VALUE)
        .onEachItem((subscription, item) -> {
          throw new IllegalStateException("item " + item);
        });
    Thread current = Thread.currentThread();
    Thread.UncaughtExceptionHandler before = current.getUncaughtExceptionHandler();
    current.setUncaughtExceptionHandler((thread, error) -> reported.add(error));
    try {
      new PagePublisher<>(source).subscribe(subscriber);
      source.complete(0);
    } finally {
      current.setUncaughtExceptionHandler(before);
    }
    assertEquals(1, reported.size());
    assertEquals("item 0", reported.get(0).getMessage());
    assertEquals(1, source.fetches());
    assertEquals(List.of(), subscriber.terminals());
  }
}
