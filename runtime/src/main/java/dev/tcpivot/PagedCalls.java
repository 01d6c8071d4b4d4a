package dev.tcpivot;

import dev.tcpivot.ApiCalls.Envelope;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
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
    return new Items(new Pages());
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public Iterable<Page<T>> pages() {
    return Pages::new;
  }

  /** A page as the walk saw it. */
  private record PageOf<T>(List<T> items, Optional<String> next) implements Page<T> {}

  /** The pages, each requested when the one before has been handed out and another is asked for. */
  private final class Pages implements Iterator<Page<T>> {
    private Call<Envelope<List<T>>> pending = first.clone();
    private Call<Envelope<List<T>>> previous;
    private String link;

    @Override
    public boolean hasNext() {
      if (pending == null && link != null) {
        // Checked only now, so that the page that carries a bad link is still handed out.
        pending = next.apply(transport.nextLink(link, previous.request()));
        link = null;
      }
      return pending != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Call<Envelope<List<T>>> current = pending;
      pending = null;
      Envelope<List<T>> envelope = transport.execute(current);
      List<T> items = Transport.items(envelope);
      link = Transport.nextOf(envelope, items);
      previous = current;
      return new PageOf<>(items, Optional.ofNullable(link));
    }
  }

  /** The objects of the pages, one after another. */
  private final class Items implements Iterator<T> {
    private final Pages pages;
    private Iterator<T> page = List.<T>of().iterator();

    Items(Pages pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && pages.hasNext()) {
        page = pages.next().items().iterator();
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
