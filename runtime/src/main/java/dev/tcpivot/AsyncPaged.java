package dev.tcpivot;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The objects of a list request, published as they arrive: a {@link Flow.Publisher} that requests
 * a page only when its subscriber has asked for more objects than the pages already fetched hold,
 * so a slow subscriber never has more than one page in memory and none in flight. Each
 * subscription walks the list again from the first page; cancelling one cancels its request in
 * flight. A failure ends the subscription with the {@link ThreatConnectException} of the page that
 * failed, after the objects of the pages before it. Nothing is requested before the subscriber
 * asks for objects, so a failure shows only once it has.
 *
 * <p>No reactive library is needed; adapt it with your own ({@code JdkFlowAdapter.flowPublisherToFlux}
 * in Reactor, {@code FlowAdapters.toPublisher} for Reactive Streams, {@code Multi.createFrom().publisher}
 * in Mutiny).
 *
 * @param <T> the response model
 */
public interface AsyncPaged<T> extends Flow.Publisher<T> {
  /** The same walk a page at a time, each page with its {@code next} link (see {@link Paged#pages()}). */
  Flow.Publisher<Paged.Page<T>> pages();

  /**
   * Every object of every page, fetched one page after another; for lists known to be short. The
   * future fails with the failure of the page that failed; cancelling it cancels the request in
   * flight.
   */
  CompletableFuture<List<T>> toList();
}
