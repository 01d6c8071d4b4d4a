package dev.tcpivot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A subscriber that records every signal in order, notices any two signals that overlap, and can
 * act from inside {@code onNext}.
 */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
  private final List<String> signals = new ArrayList<>();
  private final List<T> items = new ArrayList<>();
  private final AtomicBoolean inside = new AtomicBoolean();
  private final AtomicInteger overlaps = new AtomicInteger();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final long initialRequest;
  private volatile BiConsumer<Flow.Subscription, T> onNextAction = (subscription, item) -> {};
  private volatile Flow.Subscription subscription;
  private volatile Throwable error;

  /** Requests nothing until the test does. */
  RecordingSubscriber() {
    this(0);
  }

  /** Requests {@code initialRequest} items from inside onSubscribe, if positive. */
  RecordingSubscriber(long initialRequest) {
    this.initialRequest = initialRequest;
  }

  /** Runs {@code action} at the end of each onNext. */
  RecordingSubscriber<T> onEachItem(BiConsumer<Flow.Subscription, T> action) {
    this.onNextAction = action;
    return this;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    enter();
    try {
      record("onSubscribe");
      this.subscription = subscription;
      if (initialRequest > 0) {
        subscription.request(initialRequest);
      }
    } finally {
      leave();
    }
  }

  @Override
  public void onNext(T item) {
    enter();
    try {
      synchronized (this) {
        signals.add("onNext");
        items.add(item);
      }
      onNextAction.accept(subscription, item);
    } finally {
      leave();
    }
  }

  @Override
  public void onError(Throwable throwable) {
    enter();
    try {
      record("onError");
      error = throwable;
      terminated.countDown();
    } finally {
      leave();
    }
  }

  @Override
  public void onComplete() {
    enter();
    try {
      record("onComplete");
      terminated.countDown();
    } finally {
      leave();
    }
  }

  private void enter() {
    if (!inside.compareAndSet(false, true)) {
      overlaps.incrementAndGet();
    }
  }

  private void leave() {
    inside.set(false);
  }

  private synchronized void record(String signal) {
    signals.add(signal);
  }

  Flow.Subscription subscription() {
    return subscription;
  }

  synchronized List<T> items() {
    return new ArrayList<>(items);
  }

  /** Every signal so far, in order; each onNext as just "onNext". */
  synchronized List<String> signals() {
    return new ArrayList<>(signals);
  }

  /** The signals after onSubscribe and the items, so "onComplete", "onError" or nothing. */
  synchronized List<String> terminals() {
    return signals.stream().filter(s -> s.equals("onComplete") || s.equals("onError")).toList();
  }

  Throwable error() {
    return error;
  }

  /** How many times a signal began while another was still running. */
  int overlaps() {
    return overlaps.get();
  }

  /** Waits for onComplete or onError; a generous bound only so a broken build cannot hang. */
  void awaitTerminal() throws InterruptedException {
    if (!terminated.await(60, TimeUnit.SECONDS)) {
      throw new AssertionError("no onComplete or onError; signals: " + signals().size());
    }
  }
}
