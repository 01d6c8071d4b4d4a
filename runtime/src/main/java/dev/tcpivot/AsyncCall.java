package dev.tcpivot;

import dev.tcpivot.ApiCalls.Envelope;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One asynchronous call, from its first attempt to its outcome: each attempt waits for its share
 * of the request budget without a thread, goes out through Retrofit's {@code enqueue}, and a
 * failure that may pass is retried as the client's {@link RetryPolicy} says after a wait on the
 * timer. The future it hands out completes with what a blocking call would have returned or
 * thrown; cancelling it (or the call's timeout) cancels whatever is pending: the wait for the
 * budget, the request in flight, or the wait for the next attempt.
 *
 * @param <T> the envelope's data
 * @param <R> what the future completes with
 */
final class AsyncCall<T, R> {
  private final Transport transport;
  private final Call<Envelope<T>> first;
  private final boolean bodyRequired;
  private final Function<Envelope<T>, R> result;
  private final Retries.Attempts attempts;
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private final Request request;

  // What is pending now; each is cancelled when the future completes before it does.
  private volatile Call<Envelope<T>> inFlight;
  private volatile CompletableFuture<RequestBudget.Permit> budgetWait;
  private volatile Future<?> retryWait;
  private volatile Future<?> deadline;

  /**
   * @param result the value of a successful envelope; may throw a {@link ThreatConnectException}
   */
  AsyncCall(Transport transport, Call<Envelope<T>> call, boolean bodyRequired, Function<Envelope<T>, R> result) {
    this.transport = transport;
    this.first = call;
    this.bodyRequired = bodyRequired;
    this.result = result;
    this.request = call.request();
    Duration timeout = CallOptions.of(request).timeout().orElse(null);
    this.attempts = transport.retries().attempts(request, timeout);
  }

  /** Sends the first attempt; the future is the call's outcome. */
  CompletableFuture<R> start() {
    future.whenComplete((value, failure) -> stopPending());
    CallOptions.of(request).timeout().ifPresent(timeout -> {
      deadline = transport.waits().after(timeout, this::timedOut);
      if (future.isDone()) {
        deadline.cancel(false);
      }
    });
    attempt(first);
    return future;
  }

  private void attempt(Call<Envelope<T>> call) {
    if (future.isDone()) {
      return;
    }
    CompletableFuture<RequestBudget.Permit> wait = transport.budget().acquireAsync();
    budgetWait = wait;
    if (future.isDone()) {
      wait.cancel(false);
    }
    wait.whenComplete((permit, failure) -> {
      if (failure != null) {
        return; // withdrawn: the future completed while this attempt waited
      }
      if (future.isDone()) {
        permit.release();
        return;
      }
      send(call, permit);
    });
  }

  private void send(Call<Envelope<T>> call, RequestBudget.Permit permit) {
    inFlight = call;
    call.enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<Envelope<T>> done, Response<Envelope<T>> response) {
        permit.release();
        if (response.code() == 429) {
          transport.budget().rateLimited(permit, transport.retries().retryAfter(response.raw()));
        }
        RetryEvent retry = attempts.next(response.raw(), null, done.isCanceled() || future.isDone());
        if (retry != null) {
          close(response.errorBody());
          retryLater(done, retry);
          return;
        }
        try {
          future.complete(result.apply(transport.handle(done.request(), response, attempts.count(), bodyRequired)));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<Envelope<T>> done, Throwable failure) {
        permit.release();
        if (!(failure instanceof IOException)) {
          future.completeExceptionally(failure);
          return;
        }
        IOException e = (IOException) failure;
        RetryEvent retry = attempts.next(null, e, done.isCanceled() || future.isDone());
        if (retry != null) {
          retryLater(done, retry);
          return;
        }
        future.completeExceptionally(transport.noResponse(done.request(), e, attempts.count()));
      }
    });
    if (future.isDone()) {
      call.cancel();
    }
  }

  private void retryLater(Call<Envelope<T>> done, RetryEvent retry) {
    transport.retries().announce(retry);
    Call<Envelope<T>> again = done.clone();
    retryWait = transport.waits().after(retry.delay(), () -> attempt(again));
    if (future.isDone()) {
      retryWait.cancel(false);
    }
  }

  /** The call's own timeout passed: it ends as a blocking call's would, with no response. */
  private void timedOut() {
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    NoResponseException failure = transport.noResponse(request, timeout, attempts.count());
    // Completed on the client's own pool, so that the caller's continuations never run on the timer.
    transport.callbacks().execute(() -> future.completeExceptionally(failure));
  }

  private void stopPending() {
    CompletableFuture<RequestBudget.Permit> wait = budgetWait;
    if (wait != null) {
      wait.cancel(false);
    }
    Future<?> next = retryWait;
    if (next != null) {
      next.cancel(false);
    }
    Future<?> timer = deadline;
    if (timer != null) {
      timer.cancel(false);
    }
    Call<Envelope<T>> call = inFlight;
    if (call != null) {
      call.cancel(); // a no-op once the call has finished; stops it when a cancel or timeout won
    }
  }

  private static void close(ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }
}
