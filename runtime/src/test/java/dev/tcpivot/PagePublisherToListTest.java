package dev.tcpivot;

import static dev.tcpivot.FakePages.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncPaged#toList()}: every object of every page, fetched one page after another; the
 * future fails with the failure of the page that failed, and cancelling it cancels the fetch in
 * flight.
 */
class PagePublisherToListTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void collectsEveryPage() throws Exception {
    FakePages source = FakePages.numbered(4, 3).completingOn(pool);
    List<Integer> all = new PagePublisher<>(source).toList().get(60, TimeUnit.SECONDS);
    assertEquals(numbers(0, 12), all);
    assertEquals(List.of(0, 1, 2, 3), source.indices());
  }

  @Test
  void fetchesOnePageAtATime() {
    FakePages source = FakePages.numbered(3, 2).held();
    CompletableFuture<List<Integer>> list = new PagePublisher<>(source).toList();
    assertEquals(1, source.fetches());
    source.complete(0);
    assertEquals(2, source.fetches());
    source.complete(1);
    assertEquals(3, source.fetches());
    assertFalse(list.isDone());
    source.complete(2);
    assertEquals(numbers(0, 6), list.join());
  }

  @Test
  void stopsAtAnEmptyPage() {
    FakePages source = FakePages.linked(numbers(0, 2), List.of(), numbers(2, 2));
    assertEquals(numbers(0, 2), new PagePublisher<>(source).toList().join());
    assertEquals(2, source.fetches());
  }

  @Test
  void manyReadyPagesDoNotRecurse() {
    FakePages source = FakePages.numbered(100_000, 1);
    assertEquals(100_000, new PagePublisher<>(source).toList().join().size());
  }

  @Test
  void failsWithTheFailureOfThePage() {
    IllegalStateException failure = new IllegalStateException("page 2 failed");
    FakePages source = FakePages.numbered(3, 2).failing(1, failure).completingOn(pool);
    CompletableFuture<List<Integer>> list = new PagePublisher<>(source).toList();
    ExecutionException thrown = assertThrows(ExecutionException.class, () -> list.get(60, TimeUnit.SECONDS));
    assertSame(failure, thrown.getCause());
    assertEquals(2, source.fetches());
  }

  @Test
  void cancellingCancelsTheFetchInFlight() {
    FakePages source = FakePages.numbered(3, 2).held();
    CompletableFuture<List<Integer>> list = new PagePublisher<>(source).toList();
    source.complete(0);
    assertTrue(list.cancel(true));
    assertTrue(source.future(1).isCancelled());
    assertEquals(2, source.fetches());
  }

  @Test
  void theListCannotBeChanged() {
    List<Integer> list = new PagePublisher<>(FakePages.numbered(1, 2)).toList().join();
    assertThrows(UnsupportedOperationException.class, () -> list.add(3));
  }
}
