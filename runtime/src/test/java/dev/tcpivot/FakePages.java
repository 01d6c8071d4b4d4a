package dev.tcpivot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A page source for tests: page {@code i} comes from a function, its {@code next} link is
 * {@code "page-" + (i + 1)}, and the source follows that link to find the page after it. It counts
 * its fetches and hands its futures out ready, on an executor, or held for the test to complete.
 */
final class FakePages implements PagePublisher.PageSource<Integer> {
  /** A page as the tests define it. */
  record Page(List<Integer> items, Optional<String> next) implements Paged.Page<Integer> {}

  private final IntFunction<Page> pages;
  private final AtomicInteger fetches = new AtomicInteger();
  private final List<Paged.Page<Integer>> asked = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> indices = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<Paged.Page<Integer>>> handedOut =
      Collections.synchronizedList(new ArrayList<>());
  private final Map<Integer, RuntimeException> failures = new ConcurrentHashMap<>();
  private Executor executor;
  private boolean held;

  private FakePages(IntFunction<Page> pages) {
    this.pages = pages;
  }

  /** {@code count} pages of {@code size} items each, numbered on from 0 across the pages. */
  static FakePages numbered(int count, int size) {
    return new FakePages(
        i -> new Page(
            numbers(i * size, size), i + 1 < count ? Optional.of("page-" + (i + 1)) : Optional.empty()));
  }

  /** Pages as given: each page's items, every page with a link to the next index. */
  @SafeVarargs
  static FakePages linked(List<Integer>... items) {
    return new FakePages(i -> new Page(items[i], Optional.of("page-" + (i + 1))));
  }

  /** Pages exactly as given, links included. */
  static FakePages exactly(Page... pages) {
    return new FakePages(i -> pages[i]);
  }

  static List<Integer> numbers(int from, int count) {
    List<Integer> numbers = new ArrayList<>(count);
    for (int n = from; n < from + count; n++) {
      numbers.add(n);
    }
    return Collections.unmodifiableList(numbers);
  }

  /** Completes each fetch on {@code executor}, a thread other than the one that asked. */
  FakePages completingOn(Executor executor) {
    this.executor = executor;
    return this;
  }

  /** Leaves each fetch pending until the test completes {@link #future(int)}. */
  FakePages held() {
    this.held = true;
    return this;
  }

  /** Fails the fetch of page {@code index} with {@code failure}. */
  FakePages failing(int index, RuntimeException failure) {
    failures.put(index, failure);
    return this;
  }

  @Override
  public CompletableFuture<Paged.Page<Integer>> fetch(Paged.Page<Integer> previous) {
    fetches.incrementAndGet();
    asked.add(previous); // this list takes nulls: a null asks for the first page
    int index = previous == null ? 0 : indexOf(previous.next().orElseThrow(
        () -> new AssertionError("asked for the page after one without a next link")));
    indices.add(index);
    CompletableFuture<Paged.Page<Integer>> future;
    RuntimeException failure = failures.get(index);
    if (held) {
      future = new CompletableFuture<>();
    } else if (executor != null) {
      future = CompletableFuture.supplyAsync(
          () -> {
            if (failure != null) {
              throw failure; // reaches the caller wrapped in a CompletionException
            }
            return pages.apply(index);
          },
          executor);
    } else {
      future = failure != null
          ? CompletableFuture.failedFuture(failure)
          : CompletableFuture.completedFuture(pages.apply(index));
    }
    handedOut.add(future);
    return future;
  }

  private static int indexOf(String link) {
    if (!link.startsWith("page-")) {
      throw new AssertionError("not a link of these pages: " + link);
    }
    return Integer.parseInt(link.substring("page-".length()));
  }

  /** Completes held fetch {@code fetch} (0 for the first) with its page, or its failure. */
  void complete(int fetch) {
    CompletableFuture<Paged.Page<Integer>> future = handedOut.get(fetch);
    int index = indices.get(fetch);
    RuntimeException failure = failures.get(index);
    if (failure != null) {
      future.completeExceptionally(failure);
    } else {
      future.complete(pages.apply(index));
    }
  }

  /** The future fetch {@code fetch} handed out. */
  CompletableFuture<Paged.Page<Integer>> future(int fetch) {
    return handedOut.get(fetch);
  }

  int fetches() {
    return fetches.get();
  }

  /** The {@code previous} argument of each fetch: null where it asked for the first page. */
  List<Paged.Page<Integer>> asked() {
    synchronized (asked) {
      return new ArrayList<>(asked);
    }
  }

  /** The index of the page each fetch asked for. */
  List<Integer> indices() {
    synchronized (indices) {
      return new ArrayList<>(indices);
    }
  }
}
