package dev.tcpivot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many requests of one client may run at once, and how many may start per second. One budget
 * is shared by everything the client sends: blocking and asynchronous calls, bulk links, paging.
 *
 * <p><b>Concurrency.</b> At most {@code maxConcurrent} permits are out at a time. A released slot
 * goes straight to the longest waiting caller, blocking or asynchronous alike: waiters are served
 * in the order they arrived, so that neither kind starves the other.
 *
 * <p><b>Rate.</b> A token bucket: one token per request, refilled at the current rate, holding at
 * most {@code max(1, rate)} tokens. A budget that has waited a second may thus start one second's
 * worth of requests at once (and always at least one), then one every {@code 1 / rate} seconds.
 * A rate wait holds no thread for asynchronous callers: it is scheduled on the timer.
 *
 * <p><b>Adapting to HTTP 429.</b> ThreatConnect publishes no limit, so the server's 429 Too Many
 * Requests is the only measure of what it accepts. The budget reacts the way TCP reacts to loss
 * (additive increase, multiplicative decrease), which is known to settle fairly and stably near what
 * the server allows:
 * <ul>
 *   <li>A 429 halves the rate, but halving never takes it below 1 request/s. A budget with no rate
 *       starts from the rate observed over the last four to five seconds. Halving backs off fast
 *       enough to end a storm of 429s within a few rounds, whatever the gap between the rate and
 *       what the server accepts.
 *   <li>With a {@code Retry-After}, no request starts until it has passed.
 *   <li>The 429s of requests sent before a drop say nothing about the new rate, so they count once:
 *       given the permit, only a 429 of a request granted after the last drop lowers the rate again;
 *       without it, 429s within 2 seconds of a drop (or before its {@code Retry-After} has passed,
 *       if later) are ignored, save that a longer Retry-After still holds new requests longer.
 *   <li>After 5 seconds without a counted 429 (counted from the end of the hold), the rate rises by
 *       a tenth of the rate it recovers to, and again after each further 5 quiet seconds, until it
 *       is back at {@code maxPerSecond} (or back to no limit, which for a budget without a rate is
 *       reached at the observed rate it started from). Rising in small steps probes the server's
 *       limit without a new storm: from one halving, recovery takes five steps, 25 quiet seconds.
 * </ul>
 * The numbers are the constants of {@link AdaptiveRate}, which keeps the bucket and its rate. Every
 * change is reported to the listener as a {@link RateChange} and logged at INFO on
 * {@code dev.tcpivot.retry}.
 *
 * <p>A budget with neither limit that was never lowered takes no lock at all: an acquire counts
 * the request and returns. Futures are completed and the listener called outside the budget's
 * lock, on the thread that freed the permit (or the timer's, or the caller's).
 */
final class RequestBudget {
  private static final Logger LOG = LoggerFactory.getLogger("dev.tcpivot.retry");

  private final int maxConcurrent;
  private final LongSupplier nanoTime;
  private final Waits timer;
  private final Consumer<RateChange> listener;

  private final AtomicInteger inFlight = new AtomicInteger();
  // Whether acquires go through the lock: false only with neither limit and no lowered rate.
  private volatile boolean limited;

  private final ReentrantLock lock = new ReentrantLock();
  // Everything below is guarded by lock.
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
  private final AdaptiveRate rate;
  private Future<?> wake;
  private long wakeAt;
  private Future<?> recovery;

  /**
   * @param maxConcurrent the most permits out at a time, 0 for no limit
   * @param maxPerSecond the most permits granted per second, 0 for no limit
   * @param nanoTime the clock, in nanoseconds like {@link System#nanoTime()}
   * @param timer runs the rate waits of asynchronous callers and the recovery steps
   * @param listener told of every rate change, or null
   */
  RequestBudget(int maxConcurrent, double maxPerSecond, LongSupplier nanoTime, Waits timer,
      Consumer<RateChange> listener) {
    if (maxConcurrent < 0) {
      throw new IllegalArgumentException("maxConcurrent must be 0 (no limit) or more, not " + maxConcurrent);
    }
    if (!(maxPerSecond >= 0) || Double.isInfinite(maxPerSecond)) {
      throw new IllegalArgumentException("maxPerSecond must be 0 (no limit) or a positive number, not " + maxPerSecond);
    }
    this.maxConcurrent = maxConcurrent;
    this.nanoTime = Checks.notNull(nanoTime, "nanoTime");
    this.timer = Checks.notNull(timer, "timer");
    this.listener = listener;
    this.rate = new AdaptiveRate(maxPerSecond, nanoTime.getAsLong());
    this.limited = maxConcurrent > 0 || maxPerSecond > 0;
  }

  /** A budget with neither limit, on the system clock; a shared daemon timer serves it once lowered. */
  static RequestBudget unlimited() {
    return new RequestBudget(0, 0, System::nanoTime, Waits.SHARED, null);
  }

  /**
   * Waits until a request may start, then takes a permit for it.
   *
   * @throws InterruptedException when the thread is interrupted while it waits; no permit is taken
   */
  Permit acquire() throws InterruptedException {
    if (!limited) {
      return unlimitedPermit();
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted before taking a request permit");
    }
    Outbox out = new Outbox();
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      if (queue.isEmpty() && grantable(now)) {
        return grant(now);
      }
      Waiter waiter = new Waiter(lock.newCondition(), null);
      queue.addLast(waiter);
      dispatch(now, out);
      try {
        while (waiter.permit == null) {
          waiter.signal.await();
        }
      } catch (InterruptedException e) {
        if (waiter.permit != null) {
          giveBack(waiter.permit, out);
        } else {
          queue.remove(waiter);
        }
        throw e;
      }
      return waiter.permit;
    } finally {
      lock.unlock();
      out.deliver();
    }
  }

  /**
   * A permit as soon as a request may start, holding no thread meanwhile. Cancelling the future
   * withdraws from the queue; a permit granted while the future was being cancelled is returned.
   * The future completes on the thread that frees the permit, on the timer's, or at once.
   */
  CompletableFuture<Permit> acquireAsync() {
    if (!limited) {
      return CompletableFuture.completedFuture(unlimitedPermit());
    }
    Outbox out = new Outbox();
    Waiter waiter;
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      if (queue.isEmpty() && grantable(now)) {
        return CompletableFuture.completedFuture(grant(now));
      }
      waiter = new Waiter(null, new CompletableFuture<>());
      queue.addLast(waiter);
      dispatch(now, out);
    } finally {
      lock.unlock();
      out.deliver();
    }
    waiter.future.whenComplete((permit, failure) -> {
      if (failure != null) {
        withdraw(waiter);
      }
    });
    return waiter.future;
  }

  /** {@link #rateLimited(Permit, Duration)} without knowing which request was refused. */
  void rateLimited(Duration retryAfter) {
    rateLimited(null, retryAfter);
  }

  /**
   * The server answered HTTP 429 Too Many Requests to the request of {@code permit}: lowers the rate
   * unless the 429 counts with an earlier one (see the class comment).
   *
   * @param permit the refused request's permit, or null when not known
   * @param retryAfter the server's {@code Retry-After}, or null
   */
  void rateLimited(Permit permit, Duration retryAfter) {
    Outbox out = new Outbox();
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      RateChange change = rate.tooManyRequests(now, permit == null ? -1 : permit.drops, retryAfter);
      if (change != null) {
        out.events.add(change);
        limited = true;
        scheduleRecovery(now);
        dispatch(now, out);
      }
    } finally {
      lock.unlock();
      out.deliver();
    }
  }

  /** Permits out now. */
  int inFlight() {
    return inFlight.get();
  }

  /** Callers waiting for a permit now. */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** The permits allowed per second now, {@link Double#POSITIVE_INFINITY} for no limit. */
  double currentRate() {
    lock.lock();
    try {
      return rate.perSecond();
    } finally {
      lock.unlock();
    }
  }

  private Permit unlimitedPermit() {
    inFlight.incrementAndGet();
    rate.started(nanoTime.getAsLong());
    return new Permit(rate.drops());
  }

  private boolean grantable(long now) {
    return (maxConcurrent == 0 || inFlight.get() < maxConcurrent) && rate.ready(now);
  }

  private Permit grant(long now) {
    inFlight.incrementAndGet();
    rate.take();
    rate.started(now);
    return new Permit(rate.drops());
  }

  /** Grants permits to the waiters in order while it can; arms the timer when the rate holds them. */
  private void dispatch(long now, Outbox out) {
    while (!queue.isEmpty()) {
      Waiter next = queue.peekFirst();
      if (next.future != null && next.future.isDone()) {
        queue.pollFirst();
        continue;
      }
      if (maxConcurrent > 0 && inFlight.get() >= maxConcurrent) {
        return; // a release dispatches again
      }
      if (!rate.ready(now)) {
        wakeAt(rate.nextToken(now), now);
        return;
      }
      queue.pollFirst();
      next.permit = grant(now);
      if (next.signal != null) {
        next.signal.signal();
      } else {
        out.granted.add(next);
      }
    }
  }

  private void wakeAt(long at, long now) {
    if (wake != null && wakeAt - at <= 0) {
      return;
    }
    if (wake != null) {
      wake.cancel(false);
    }
    wakeAt = at;
    wake = timer.after(Duration.ofNanos(at - now), this::onWake);
  }

  private void onWake() {
    Outbox out = new Outbox();
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      if (wake != null && now - wakeAt >= 0) {
        wake = null;
      }
      dispatch(now, out);
    } finally {
      lock.unlock();
      out.deliver();
    }
  }

  private void scheduleRecovery(long now) {
    if (recovery != null) {
      recovery.cancel(false);
      recovery = null;
    }
    if (rate.recovering()) {
      recovery = timer.after(Duration.ofNanos(rate.recoverAt() - now), this::recover);
    }
  }

  private void recover() {
    Outbox out = new Outbox();
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      recovery = null; // this very task: running, nothing to cancel
      RateChange change = rate.recover(now);
      if (change != null) {
        out.events.add(change);
        limited = maxConcurrent > 0 || rate.limits();
        dispatch(now, out);
      }
      scheduleRecovery(now);
    } finally {
      lock.unlock();
      out.deliver();
    }
  }

  private void withdraw(Waiter waiter) {
    lock.lock();
    try {
      queue.remove(waiter);
    } finally {
      lock.unlock();
    }
  }

  private void released(Permit permit, boolean unused) {
    if (maxConcurrent == 0 && !unused) {
      inFlight.decrementAndGet();
      return;
    }
    Outbox out = new Outbox();
    lock.lock();
    try {
      returned(permit, unused);
      dispatch(nanoTime.getAsLong(), out);
    } finally {
      lock.unlock();
      out.deliver();
    }
  }

  /** A permit granted to a caller that left meanwhile: its slot and its token go to the next. */
  private void giveBack(Permit permit, Outbox out) {
    if (permit.markReleased()) {
      returned(permit, true);
      dispatch(nanoTime.getAsLong(), out);
    }
  }

  private void returned(Permit permit, boolean unused) {
    inFlight.decrementAndGet();
    if (unused) {
      rate.refund(permit.drops);
    }
  }

  /** Leave to start one request. Release it when the request is done (its response read or failed). */
  final class Permit implements AutoCloseable {
    private static final AtomicIntegerFieldUpdater<Permit> RELEASED =
        AtomicIntegerFieldUpdater.newUpdater(Permit.class, "released");

    private final long drops;
    private volatile int released;

    private Permit(long drops) {
      this.drops = drops;
    }

    /** Frees the permit's slot for the next request; does nothing the second time. */
    void release() {
      if (markReleased()) {
        released(this, false);
      }
    }

    /** {@link #release()}, for try-with-resources. */
    @Override
    public void close() {
      release();
    }

    private boolean markReleased() {
      return RELEASED.compareAndSet(this, 0, 1);
    }

    /** A permit granted to a future that was cancelled meanwhile: returned unused. */
    private void giveBack() {
      if (markReleased()) {
        released(this, true);
      }
    }
  }

  /** A caller in the queue: a blocking thread (signal) or an asynchronous one (future). */
  private final class Waiter {
    final Condition signal;
    final CompletableFuture<Permit> future;
    Permit permit;

    Waiter(Condition signal, CompletableFuture<Permit> future) {
      this.signal = signal;
      this.future = future;
    }
  }

  /** What to do once the lock is released: complete futures and tell the listener. */
  private final class Outbox {
    final List<Waiter> granted = new ArrayList<>(0);
    final List<RateChange> events = new ArrayList<>(0);

    void deliver() {
      for (Waiter waiter : granted) {
        if (!waiter.future.complete(waiter.permit)) {
          waiter.permit.giveBack();
        }
      }
      for (RateChange event : events) {
        LOG.info("{}", event);
        if (listener == null) {
          continue;
        }
        try {
          listener.accept(event);
        } catch (RuntimeException e) {
          LOG.warn("the rate listener failed on {}", event, e);
        }
      }
    }
  }
}
