package dev.tcpivot;

import dev.tcpivot.ApiCalls.Envelope;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import retrofit2.Call;

/** A {@link Paged} over Retrofit calls: the first call, then one per {@code next} link. */
final class PagedCalls<T> implements Paged<T> {
  private final Transport transport;
  private final Call<Envelope<List<T>>> first;
  private final Function<String, Call<Envelope<List<T>>>> next;

  PagedCalls(
      Transport transport,
      Call<Envelope<List<T>>> first,
      Function<String, Call<Envelope<List<T>>>> next) {
    this.transport = transport;
    this.first = first;
    this.next = next;
  }

  @Override
  public Iterator<T> iterator() {
    return new Pages();
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private final class Pages implements Iterator<T> {
    private Call<Envelope<List<T>>> pending = first.clone();
    private Iterator<T> page = List.<T>of().iterator();

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && pending != null) {
        Call<Envelope<List<T>>> current = pending;
        Envelope<List<T>> envelope = transport.execute(current);
        List<T> data = envelope.data() == null ? List.of() : envelope.data();
        page = data.iterator();
        String link = envelope.next();
        // An empty page ends the walk even if a link is present, so a server bug cannot loop us.
        pending =
            link == null || link.isEmpty() || data.isEmpty()
                ? null
                : next.apply(transport.nextLink(link, current.request()));
      }
      return page.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
