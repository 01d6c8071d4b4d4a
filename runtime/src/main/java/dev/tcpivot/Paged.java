package dev.tcpivot;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The objects of a list request, fetched a page at a time as they are consumed: the next page is
 * requested (and signed) only when the previous one is used up, by following the absolute
 * {@code next} link the API returns. Each iteration starts again from the first page.
 *
 * <p>{@link #pages()} shows the same walk a page at a time, with each page's {@code next} link. A
 * job that saves that link can go on after a restart where it stopped, with the endpoint's
 * {@code resume(nextLink)}:
 *
 * <pre>{@code
 * for (Paged.Page<Indicator> page : tc.indicators().list(query).pages()) {
 *   process(page.items());
 *   checkpoint.save(page.next().orElse(null));   // later: tc.indicators().resume(saved)
 * }
 * }</pre>
 *
 * @param <T> the response model
 */
public interface Paged<T> extends Iterable<T> {
  /** The objects as a sequential stream that fetches pages lazily. */
  Stream<T> stream();

  /**
   * The pages, each fetched only when the iteration reaches it. Each iteration starts again from
   * the first page.
   */
  Iterable<Page<T>> pages();

  /**
   * One page of a list: its objects, in the order the API sent them, and the link to the page after
   * it.
   *
   * @param <T> the response model
   */
  interface Page<T> {
    /** The objects of this page; empty only for an empty list, which ends the walk. */
    List<T> items();

    /**
     * The absolute {@code next} link of this page, which the walk follows next; empty on the last
     * page. Pass it to the endpoint's {@code resume(nextLink)} to go on from there later.
     */
    Optional<String> next();
  }
}
