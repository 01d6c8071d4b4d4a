package dev.tcpivot;

import java.util.stream.Stream;

/**
 * The objects of a list request, fetched a page at a time as they are consumed: the next page is
 * requested (and signed) only when the previous one is used up, by following the absolute
 * {@code next} link the API returns. Each iteration starts again from the first page.
 *
 * @param <T> the response model
 */
public interface Paged<T> extends Iterable<T> {
  /** The objects as a sequential stream that fetches pages lazily. */
  Stream<T> stream();
}
