package dev.tcpivot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * An {@link AsyncPaged} over a {@link PageSource}: the first page, then the page after each one,
 * until a page without a {@code next} link or without objects.
 *
 * <p>Each subscription is a {@link Walk}: a drain loop guarded by a work-in-progress counter, so
 * whichever thread calls {@code request}, {@code cancel} or completes a page fetch, exactly one
 * thread at a time signals the subscriber, and a {@code request} made from inside {@code onNext}
 * only bumps the counter instead of recursing. The walk fetches a page only when its buffer is
 * empty and the subscriber still wants more, so at most one fetch is in flight and at most one page
 * is held. The subscriber is called with no lock held.
 *
 * <p>A subscriber method that throws breaks rule 2.13 of the Reactive Streams specification: the
 * subscription is then cancelled (its fetch in flight too) and the exception goes to the current
 * thread's uncaught exception handler; the subscriber that threw is not signalled again, not even
 * with {@code onError}.
 *
 * @param <T> the response model
 */
final class PagePublisher<T> implements AsyncPaged<T> {
  /**
   * Fetches the pages of one list.
   *
   * @param <T> the response model
   */
  @FunctionalInterface
  interface PageSource<T> {
    /**
     * The first page when {@code previous} is null, otherwise the page its {@code next} link names.
     * Cancelling the future cancels the request in flight.
     */
    CompletableFuture<Paged.Page<T>> fetch(Paged.Page<T> previous);
  }

  private final PageSource<T> source;

  PagePublisher(PageSource<T> source) {
    this.source = Checks.notNull(source, "source");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber"); // rule 1.9 asks for exactly this exception
    new Walk<T, T>(source, Paged.Page::items, subscriber).start();
  }

  @Override
  public Flow.Publisher<Paged.Page<T>> pages() {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      new Walk<T, Paged.Page<T>>(source, List::of, subscriber).start();
    };
  }

  @Override
  public CompletableFuture<List<T>> toList() {
    return new Collect<>(source).start();
  }

  /** Whether the walk stops after {@code page}: it has no link, or no objects to follow one from. */
  static boolean isLast(Paged.Page<?> page) {
    return page.next().isEmpty() || page.items().isEmpty();
  }

  /** The failure a page future completed with, without the wrapper of a dependent stage. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Asks the source for a page; a source that throws or gives no future gives a failed one. */
  static <T> CompletableFuture<Paged.Page<T>> fetch(PageSource<T> source, Paged.Page<T> previous) {
    try {
      CompletableFuture<Paged.Page<T>> future = source.fetch(previous);
      return future != null
          ? future
          : CompletableFuture.failedFuture(new IllegalStateException("the page source gave no future"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Hands a subscriber's exception, which rule 2.13 forbids, to where uncaught exceptions go. */
  static void reportBroken(Throwable thrown) {
    Thread thread = Thread.currentThread();
    thread.getUncaughtExceptionHandler().uncaughtException(thread, thrown);
  }

  /**
   * One subscription: walks the pages and signals the elements each page holds ({@code elements}
   * picks them: its objects, or the page itself).
   */
  private static final class Walk<T, E> implements Flow.Subscription {
    /** What a fetch ended with; handed from the completing thread to the drain loop. */
    private record Arrival<T>(Paged.Page<T> page, Throwable failure) {}

    private final PageSource<T> source;
    private final Function<Paged.Page<T>, List<E>> elements;
    /** Held from onSubscribe until onSubscribe returns, so that no signal overlaps it. */
    private final java.util.concurrent.atomic.AtomicInteger wip =
        new java.util.concurrent.atomic.AtomicInteger(1);
    private final java.util.concurrent.atomic.AtomicLong requested =
        new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean cancelled;
    private volatile IllegalArgumentException badRequest;
    private volatile Arrival<T> arrival;
    private volatile CompletableFuture<Paged.Page<T>> inFlight;

    // Touched only by the thread inside the drain loop.
    private Flow.Subscriber<? super E> subscriber;
    private Iterator<E> buffer = Collections.emptyIterator();
    private Paged.Page<T> previous;
    private boolean fetching;
    private boolean lastFetched;

    Walk(
        PageSource<T> source,
        Function<Paged.Page<T>, List<E>> elements,
        Flow.Subscriber<? super E> subscriber) {
      this.source = source;
      this.elements = elements;
      this.subscriber = subscriber;
    }

    void start() {
      try {
        subscriber.onSubscribe(this);
      } catch (Throwable thrown) {
        cancelled = true;
        reportBroken(thrown);
      }
      loop(1);
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badRequest = new IllegalArgumentException(
            "request(" + n + "): a subscriber must request a positive number of items (rule 3.9)");
      } else {
        long current;
        long next;
        do {
          current = requested.get();
          next = current + n < 0 ? Long.MAX_VALUE : current + n; // saturates (rule 3.17)
        } while (!requested.compareAndSet(current, next));
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      // drain() publishes inFlight before it reads cancelled, so one of the two sees the other.
      CompletableFuture<Paged.Page<T>> fetch = inFlight;
      if (fetch != null) {
        fetch.cancel(true);
      }
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() == 0) {
        loop(1);
      }
    }

    private void loop(int missed) {
      int pending = missed;
      do {
        emit();
        pending = wip.addAndGet(-pending);
      } while (pending != 0);
    }

    /** Signals what the demand and the buffer allow, and starts a fetch when both call for one. */
    private void emit() {
      while (true) {
        if (cancelled) {
          dropAll();
          return;
        }
        IllegalArgumentException bad = badRequest;
        if (bad != null) {
          fail(bad);
          return;
        }
        long wanted = requested.get();
        long sent = 0;
        while (sent != wanted && buffer.hasNext()) {
          E element = buffer.next();
          try {
            subscriber.onNext(element);
          } catch (Throwable thrown) {
            cancel();
            reportBroken(thrown);
            return;
          }
          sent++;
          if (cancelled) {
            dropAll();
            return;
          }
        }
        if (sent != 0 && wanted != Long.MAX_VALUE) {
          requested.addAndGet(-sent);
        }
        if (buffer.hasNext()) {
          if (requested.get() == 0) {
            return; // nothing more asked for; the next request() drains again
          }
          continue; // more was asked for while the subscriber ran
        }
        if (fetching) {
          Arrival<T> arrived = arrival;
          if (arrived == null) {
            return; // the fetch's completion drains again
          }
          arrival = null;
          inFlight = null;
          fetching = false;
          if (arrived.failure() != null) {
            fail(unwrap(arrived.failure()));
            return;
          }
          previous = arrived.page();
          lastFetched = isLast(previous);
          buffer = elements.apply(previous).iterator();
          continue;
        }
        if (lastFetched) {
          Flow.Subscriber<? super E> done = finish();
          try {
            done.onComplete();
          } catch (Throwable thrown) {
            reportBroken(thrown);
          }
          return;
        }
        if (requested.get() == 0) {
          return;
        }
        startFetch();
      }
    }

    private void startFetch() {
      fetching = true;
      CompletableFuture<Paged.Page<T>> fetch = fetch(source, previous);
      inFlight = fetch;
      if (cancelled) {
        fetch.cancel(true);
      }
      fetch.whenComplete(
          (page, failure) -> {
            arrival = new Arrival<>(page, page == null && failure == null
                ? new IllegalStateException("the page source gave no page")
                : failure);
            drain();
          });
    }

    private void fail(Throwable failure) {
      CompletableFuture<Paged.Page<T>> fetch = inFlight;
      if (fetch != null) {
        fetch.cancel(true);
      }
      Flow.Subscriber<? super E> done = finish();
      try {
        done.onError(failure);
      } catch (Throwable thrown) {
        reportBroken(thrown);
      }
    }

    /** Ends the walk after its last signal: later calls of the subscription do nothing (rule 3.6). */
    private Flow.Subscriber<? super E> finish() {
      Flow.Subscriber<? super E> done = subscriber;
      cancelled = true;
      dropAll();
      return done;
    }

    private void dropAll() {
      buffer = Collections.emptyIterator();
      previous = null;
      arrival = null;
      subscriber = null; // rule 3.13: a cancelled subscription lets go of its subscriber
    }
  }

  /** {@link #toList()}: fetches page after page into one list. */
  private static final class Collect<T> {
    private final PageSource<T> source;
    private final CompletableFuture<List<T>> result = new CompletableFuture<>();
    private final List<T> items = new ArrayList<>();
    private volatile CompletableFuture<Paged.Page<T>> inFlight;

    Collect(PageSource<T> source) {
      this.source = source;
    }

    CompletableFuture<List<T>> start() {
      result.whenComplete(
          (list, failure) -> {
            CompletableFuture<Paged.Page<T>> fetch = inFlight;
            if (fetch != null && failure instanceof CancellationException) {
              fetch.cancel(true);
            }
          });
      walk(null);
      return result;
    }

    /** Loops over pages that are already there, so that a source of ready pages cannot recurse. */
    private void walk(Paged.Page<T> after) {
      Paged.Page<T> previous = after;
      while (!result.isDone()) {
        CompletableFuture<Paged.Page<T>> fetch = fetch(source, previous);
        inFlight = fetch;
        if (result.isDone()) {
          fetch.cancel(true);
          return;
        }
        if (!fetch.isDone()) {
          fetch.whenComplete(
              (page, failure) -> {
                if (take(page, failure)) {
                  walk(page);
                }
              });
          return;
        }
        Paged.Page<T> page;
        try {
          page = fetch.join();
        } catch (CompletionException | CancellationException e) {
          take(null, e);
          return;
        }
        if (!take(page, null)) {
          return;
        }
        previous = page;
      }
    }

    /** Adds a page's objects; whether the walk goes on. */
    private boolean take(Paged.Page<T> page, Throwable failure) {
      if (result.isDone()) {
        return false;
      }
      if (failure != null || page == null) {
        result.completeExceptionally(
            failure != null ? unwrap(failure) : new IllegalStateException("the page source gave no page"));
        return false;
      }
      items.addAll(page.items());
      if (isLast(page)) {
        inFlight = null;
        result.complete(Collections.unmodifiableList(new ArrayList<>(items)));
        return false;
      }
      return true;
    }
  }
}
