package dev.tcpivot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;

/**
 * The Reactive Streams TCK (the rules that {@link Flow} refers to) over a {@link PagePublisher} of
 * pages of three numbers, each page completed on another thread.
 *
 * <p>It has no failed publisher to check: a walk learns of a failure only from a page it fetched,
 * and it fetches nothing until asked, while the TCK's failed publisher must signal onError without
 * a request (rule 1.4 and 1.9 tests are skipped for that reason).
 */
public class PagePublisherTckTest extends FlowPublisherVerification<Long> {
  private static final int PAGE_SIZE = 3;
  /** A page of the numbers. */
  private record NumberPage(List<Long> items, Optional<String> next) implements Paged.Page<Long> {}

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public PagePublisherTckTest() {
    // Timeouts bound how long the TCK waits for a signal, or for the absence of one.
    super(new TestEnvironment(2_000, 200), 2_000);
  }

  @AfterClass
  public void stopPool() {
    pool.shutdownNow();
  }

  @Override
  public Flow.Publisher<Long> createFlowPublisher(long elements) {
    return new PagePublisher<>(previous -> {
      long from = previous == null ? 0 : Long.parseLong(previous.next().orElseThrow());
      return CompletableFuture.supplyAsync(() -> page(from, elements), pool);
    });
  }

  /** The numbers from {@code from}, up to a page of them, linked to the rest if there is one. */
  private static Paged.Page<Long> page(long from, long elements) {
    long to = Math.min(elements, from + PAGE_SIZE);
    List<Long> items = new ArrayList<>();
    for (long n = from; n < to; n++) {
      items.add(n);
    }
    Optional<String> next = to < elements ? Optional.of(Long.toString(to)) : Optional.empty();
    return new NumberPage(items, next);
  }

  @Override
  public Flow.Publisher<Long> createFailedFlowPublisher() {
    return null; // see the class comment
  }
}
