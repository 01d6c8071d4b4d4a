package dev.tcpivot;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Holds each attempt of a blocking call to the client's {@link RequestBudget}: the calling thread
 * waits for a slot and a rate token before the request goes out, and gives the slot back when the
 * response's headers arrive. Placed inside {@link Retries}, so that each attempt takes its own
 * share and a wait between attempts holds none. Asynchronous calls take their share in the
 * transport before they are enqueued, and pass through here untouched.
 */
final class BudgetGate implements Interceptor {
  private final RequestBudget budget;
  private final Retries retries;

  /** @param retries reads a 429's {@code Retry-After} */
  BudgetGate(RequestBudget budget, Retries retries) {
    this.budget = Checks.notNull(budget, "budget");
    this.retries = Checks.notNull(retries, "retries");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (CallOptions.of(request).async()) {
      return chain.proceed(request);
    }
    RequestBudget.Permit permit;
    try {
      permit = budget.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the request budget");
      interrupted.initCause(e);
      throw interrupted;
    }
    try {
      Response response = chain.proceed(request);
      if (response.code() == 429) {
        budget.rateLimited(permit, retries.retryAfter(response));
      }
      return response;
    } finally {
      permit.release();
    }
  }
}
