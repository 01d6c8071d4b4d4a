package dev.tcpivot;

import static dev.tcpivot.FakePages.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The walk of {@link AsyncPaged}: a page is fetched only when the subscriber has asked for more
 * objects than the pages already fetched hold (AsyncPaged's contract), the walk ends on a page
 * without a {@code next} link or without objects (Paged.Page: "empty only for an empty list, which
 * ends the walk"), a failure ends it with the page's exception, and each subscription starts again
 * from the first page.
 */
class PagePublisherTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void fetchesAPageOnlyWhenTheDemandExceedsWhatIsBuffered() {
    FakePages source = FakePages.numbered(3, 10);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(0, source.fetches(), "nothing requested yet");

    subscriber.subscription().request(1);
    assertEquals(1, source.fetches());
    assertEquals(List.of(0), subscriber.items());

    subscriber.subscription().request(9); // ten asked in all: the first page holds them
    assertEquals(1, source.fetches());
    assertEquals(numbers(0, 10), subscriber.items());

    subscriber.subscription().request(1);
    assertEquals(2, source.fetches());
    assertEquals(numbers(0, 11), subscriber.items());
    assertEquals(List.of(), subscriber.terminals());

    subscriber.subscription().request(Long.MAX_VALUE);
    assertEquals(3, source.fetches());
    assertEquals(numbers(0, 30), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
  }

  @Test
  void aRequestAsLargeAsOnePageFetchesOnePage() {
    FakePages source = FakePages.numbered(3, 10);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(10);
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(1, source.fetches());
    assertEquals(numbers(0, 10), subscriber.items());
    assertEquals(List.of(), subscriber.terminals());
  }

  @Test
  void aRequestBeyondTheBufferedItemsFetchesTheNextPage() {
    FakePages source = FakePages.numbered(3, 10);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(1);
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.subscription().request(10); // eleven in all, one more than the first page holds
    assertEquals(2, source.fetches());
    assertEquals(numbers(0, 11), subscriber.items());
  }

  @Test
  void completesRightAfterTheLastItemWithoutFurtherDemand() {
    FakePages source = FakePages.numbered(2, 3);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(6);
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(numbers(0, 6), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(2, source.fetches());
  }

  @Test
  void anEmptyPageEndsTheWalkEvenWithANextLink() {
    FakePages source = FakePages.linked(numbers(0, 2), List.of(), numbers(2, 2));
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(numbers(0, 2), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(2, source.fetches());
  }

  @Test
  void anEmptyFirstPageCompletesAtOnce() {
    FakePages source = FakePages.linked(List.of(), numbers(0, 2));
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(1);
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(List.of("onSubscribe", "onComplete"), subscriber.signals());
    assertEquals(1, source.fetches());
  }

  @Test
  void aPageWithoutANextLinkEndsTheWalk() {
    FakePages source = FakePages.exactly(
        new FakePages.Page(numbers(0, 3), Optional.empty()),
        new FakePages.Page(numbers(3, 3), Optional.empty()));
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
    new PagePublisher<>(source).subscribe(subscriber);
    assertEquals(numbers(0, 3), subscriber.items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(1, source.fetches());
  }

  @Test
  void eachFetchFollowsThePageBefore() {
    FakePages source = FakePages.numbered(3, 2);
    new PagePublisher<>(source).subscribe(new RecordingSubscriber<>(Long.MAX_VALUE));
    List<Optional<String>> links = new ArrayList<>();
    for (Paged.Page<Integer> previous : source.asked()) {
      links.add(previous == null ? null : previous.next());
    }
    assertEquals(List.of(Optional.of("page-1"), Optional.of("page-2")), links.subList(1, 3));
    assertNull(links.get(0), "the first fetch asks for the first page");
  }

  @Test
  void aFailedPageEndsTheWalkWithItsOwnException() throws InterruptedException {
    IllegalStateException failure = new IllegalStateException("page 2 failed");
    FakePages source = FakePages.numbered(3, 4).failing(1, failure);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.awaitTerminal();
    assertEquals(numbers(0, 4), subscriber.items());
    assertEquals(List.of("onError"), subscriber.terminals());
    assertSame(failure, subscriber.error());
    assertEquals(2, source.fetches());
  }

  @Test
  void aFailureOfADependentStageArrivesUnwrapped() throws InterruptedException {
    IllegalStateException failure = new IllegalStateException("page 2 failed");
    // On the executor, the failure reaches the publisher inside a CompletionException.
    FakePages source = FakePages.numbered(3, 4).failing(1, failure).completingOn(pool);
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
    new PagePublisher<>(source).subscribe(subscriber);
    subscriber.awaitTerminal();
    assertEquals(numbers(0, 4), subscriber.items());
    assertSame(failure, subscriber.error());
  }

  @Test
  void eachSubscriptionWalksAgainFromTheFirstPage() {
    FakePages source = FakePages.numbered(3, 2);
    PagePublisher<Integer> publisher = new PagePublisher<>(source);
    RecordingSubscriber<Integer> first = new RecordingSubscriber<>(Long.MAX_VALUE);
    RecordingSubscriber<Integer> second = new RecordingSubscriber<>(Long.MAX_VALUE);
    publisher.subscribe(first);
    publisher.subscribe(second);
    assertEquals(numbers(0, 6), first.items());
    assertEquals(numbers(0, 6), second.items());
    assertEquals(List.of(0, 1, 2, 0, 1, 2), source.indices());
  }

  @Test
  void twoOpenSubscriptionsWalkOnTheirOwn() {
    FakePages source = FakePages.numbered(3, 2);
    PagePublisher<Integer> publisher = new PagePublisher<>(source);
    RecordingSubscriber<Integer> slow = new RecordingSubscriber<>(1);
    RecordingSubscriber<Integer> fast = new RecordingSubscriber<>(Long.MAX_VALUE);
    publisher.subscribe(slow);
    publisher.subscribe(fast);
    assertEquals(List.of(0), slow.items());
    assertEquals(numbers(0, 6), fast.items());
    slow.subscription().request(5);
    assertEquals(numbers(0, 6), slow.items());
    assertEquals(List.of("onComplete"), slow.terminals());
  }

  @Test
  void onSubscribeComesFirstAndOnlyOnce() {
    RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>(2);
    new PagePublisher<>(FakePages.numbered(1, 2)).subscribe(subscriber);
    assertEquals(List.of("onSubscribe", "onNext", "onNext", "onComplete"), subscriber.signals());
  }

  @Test
  void aNullSubscriberIsRefused() {
    PagePublisher<Integer> publisher = new PagePublisher<>(FakePages.numbered(1, 1));
    NullPointerException refused = assertThrows(NullPointerException.class, () -> publisher.subscribe(null));
    assertEquals("subscriber", refused.getMessage());
    assertThrows(NullPointerException.class, () -> publisher.pages().subscribe(null));
  }

  @Test
  void pagesSignalsEachPageWithItsLink() {
    FakePages source = FakePages.numbered(3, 2);
    RecordingSubscriber<Paged.Page<Integer>> subscriber = new RecordingSubscriber<>(1);
    new PagePublisher<>(source).pages().subscribe(subscriber);
    assertEquals(1, source.fetches(), "one page asked for, one fetched");
    subscriber.subscription().request(Long.MAX_VALUE);
    List<Paged.Page<Integer>> pages = subscriber.items();
    assertEquals(3, pages.size());
    assertEquals(List.of(numbers(0, 2), numbers(2, 2), numbers(4, 2)),
        pages.stream().map(Paged.Page::items).toList());
    assertEquals(List.of(Optional.of("page-1"), Optional.of("page-2"), Optional.empty()),
        pages.stream().map(Paged.Page::next).toList());
    assertEquals(List.of("onComplete"), subscriber.terminals());
    assertEquals(3, source.fetches());
  }

  @Test
  void pagesHandsOutTheEmptyPageOfAnEmptyList() {
    FakePages source = FakePages.linked(List.of());
    RecordingSubscriber<Paged.Page<Integer>> subscriber = new RecordingSubscriber<>(5);
    new PagePublisher<>(source).pages().subscribe(subscriber);
    assertEquals(1, subscriber.items().size());
    assertEquals(List.of(), subscriber.items().get(0).items());
    assertEquals(List.of("onComplete"), subscriber.terminals());
  }

  @Test
  void pagesEndsWithTheFailureAfterThePagesBefore() {
    IllegalArgumentException failure = new IllegalArgumentException("page 3 failed");
    FakePages source = FakePages.numbered(4, 1).failing(2, failure);
    RecordingSubscriber<Paged.Page<Integer>> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
    new PagePublisher<>(source).pages().subscribe(subscriber);
    assertEquals(2, subscriber.items().size());
    assertSame(failure, subscriber.error());
  }
}
