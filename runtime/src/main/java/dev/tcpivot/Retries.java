package dev.tcpivot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again when its failure may pass and repeating it is safe ({@link Repeatable}),
 * as the {@link RetryPolicy} says. An OkHttp application interceptor: each attempt goes through the
 * network interceptors again, so it is signed anew. It reads each response body whole, so that a
 * connection dropped in the middle of a body counts as a failed attempt too.
 */
final class Retries implements Interceptor {
  /** Put on a response that took more than one attempt, for {@link Transport}'s messages. */
  static final String ATTEMPTS_HEADER = "Tcpivot-Attempts";

  private static final Logger LOG = LoggerFactory.getLogger("dev.tcpivot.retry");

  private final RetryPolicy policy;
  private final RetryListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  /**
   * @param listener told of each retry, or null
   * @param clock times the policy's maxElapsed and reads Retry-After dates
   * @param sleeper waits between attempts
   * @param random the jitter, uniform in [0, 1)
   */
  Retries(RetryPolicy policy, RetryListener listener, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.policy = Checks.notNull(policy, "policy");
    this.listener = listener;
    this.clock = Checks.notNull(clock, "clock");
    this.sleeper = Checks.notNull(sleeper, "sleeper");
    this.random = Checks.notNull(random, "random");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallOptions options = CallOptions.of(request);
    if (options.async()) {
      // The transport runs an asynchronous call's retries itself, waiting on a timer.
      return readWhole(chain.proceed(request));
    }
    long timeout = chain.call().timeout().timeoutNanos();
    Attempts attempts = attempts(request, timeout == 0 ? null : Duration.ofNanos(timeout));
    for (;;) {
      Response response = null;
      IOException failure = null;
      try {
        response = readWhole(chain.proceed(request));
      } catch (IOException e) {
        failure = e;
      }
      RetryEvent retry = attempts.next(response, failure, chain.call().isCanceled());
      if (retry == null) {
        return finish(response, failure, attempts.count());
      }
      if (response != null) {
        response.close();
      }
      announce(retry);
      try {
        sleeper.sleep(retry.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
        interrupted.initCause(e);
        throw interrupted;
      }
    }
  }

  /**
   * The attempts of one request, starting now.
   *
   * @param timeout how long the whole call may take (no retry waits past it), or null for no limit
   */
  Attempts attempts(Request request, Duration timeout) {
    return new Attempts(request, CallOptions.of(request).noRetries(), timeout);
  }

  /**
   * The attempts of one request: after each one, whether and when to send it again. Shared by the
   * blocking loop above and the transport's asynchronous calls, so both follow the same policy.
   */
  final class Attempts {
    private final Request request;
    private final boolean noRetries;
    private final long start;
    private final long limit;
    // Why the request could take effect twice: worked out (it inspects the body) only once an
    // attempt fails in a way that a retry could mend, so a request that succeeds never pays for it.
    private String unsafe;
    private boolean judged;
    private int attempt = 1;

    private Attempts(Request request, boolean noRetries, Duration timeout) {
      this.request = request;
      this.noRetries = noRetries;
      this.start = clock.millis();
      long elapsed = policy.maxElapsed().toMillis();
      this.limit = timeout == null ? elapsed : Math.min(elapsed, timeout.toMillis());
    }

    /** How many attempts have been made, the current one included. */
    int count() {
      return attempt;
    }

    /**
     * After the current attempt ended with {@code response} or {@code failure}: the retry to make,
     * with its wait, or null to stop and report this attempt's outcome.
     */
    RetryEvent next(Response response, IOException failure, boolean canceled) {
      boolean retryable = failure != null ? retryable(failure) : retryable(response.code());
      if (!retryable || canceled) {
        return null;
      }
      if (noRetries) {
        LOG.debug("{} {} not retried: the call's options say no retries", request.method(), request.url().encodedPath());
        return null;
      }
      if (!judged) {
        unsafe = policy.retryNonIdempotent() ? null : Repeatable.whyNot(request);
        judged = true;
      }
      boolean allowed = unsafe == null || (failure != null && notSent(failure));
      if (!allowed) {
        LOG.debug("{} {} not retried: {}", request.method(), request.url().encodedPath(), unsafe);
        return null;
      }
      if (attempt >= policy.maxAttempts()) {
        return null;
      }
      Duration retryAfter = response == null ? null : retryAfter(response);
      Duration delay = retryAfter != null ? retryAfter : backoff(attempt);
      if (clock.millis() - start + delay.toMillis() > limit) {
        LOG.debug("{} {} not retried: waiting {} ms would pass the {} ms the call may take",
            request.method(), request.url().encodedPath(), delay.toMillis(), limit);
        return null;
      }
      RetryEvent event =
          new RetryEvent(
              request.method(), request.url().encodedPath(), attempt, policy.maxAttempts(),
              response == null ? 0 : response.code(),
              response == null ? Transport.describe(failure) : "HTTP " + response.code(),
              delay, retryAfter != null);
      attempt++;
      return event;
    }
  }

  /** Logs the retry and tells the listener. */
  void announce(RetryEvent event) {
    LOG.info("{}", event);
    if (listener == null) {
      return;
    }
    try {
      listener.onRetry(event);
    } catch (RuntimeException e) {
      LOG.warn("the retry listener failed on {}", event, e);
    }
  }

  static Response finish(Response response, IOException failure, int attempts) throws IOException {
    if (failure != null) {
      throw attempts > 1 ? new GaveUp(attempts, failure) : failure;
    }
    return attempts > 1 ? response.newBuilder().header(ATTEMPTS_HEADER, Integer.toString(attempts)).build() : response;
  }

  /** The response with its body read into memory; a failure while reading is a failed attempt. */
  static Response readWhole(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    Buffer buffer = new Buffer();
    try (ResponseBody closing = body) {
      closing.source().readAll(buffer);
    } catch (IOException e) {
      throw new BodyLost(response.code(), e);
    }
    return response.newBuilder().body(ResponseBody.create(buffer, body.contentType(), buffer.size())).build();
  }

  /** 429 and 5xx, except 501 and 505, which a repeat would not change. */
  static boolean retryable(int code) {
    return code == 429 || (code >= 500 && code <= 599 && code != 501 && code != 505);
  }

  static boolean retryable(IOException failure) {
    Throwable e = failure instanceof BodyLost ? failure.getCause() : failure;
    if (e instanceof UnknownHostException || e instanceof SSLPeerUnverifiedException
        || e instanceof SSLHandshakeException) {
      return false; // a misconfiguration, not a passing fault
    }
    // Other interruptions are a cancel, an interrupt or the whole call's timeout: stop there.
    return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
  }

  /** Whether the request certainly never reached the server: it could not connect. */
  static boolean notSent(IOException failure) {
    return failure instanceof ConnectException || failure instanceof NoRouteToHostException;
  }

  /** The wait of a 429 or 503's {@code Retry-After}: delay-seconds or an HTTP date; else null. */
  Duration retryAfter(Response response) {
    return retryAfter(response, clock);
  }

  /** {@link #retryAfter(Response)} with an HTTP date counted from {@code clock}'s now. */
  static Duration retryAfter(Response response, Clock clock) {
    if (response.code() != 429 && response.code() != 503) {
      return null;
    }
    String value = response.header("Retry-After");
    if (value == null) {
      return null;
    }
    if (value.trim().matches("[0-9]{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    }
    Date date = response.headers().getDate("Retry-After");
    if (date == null) {
      return null;
    }
    long millis = date.getTime() - clock.millis();
    return Duration.ofMillis(Math.max(0, millis));
  }

  /** Full jitter: uniformly random below {@code initialBackoff * 2^(attempt - 1)}, capped. */
  Duration backoff(int attempt) {
    long cap = policy.maxBackoff().toMillis();
    long base = policy.initialBackoff().toMillis();
    long ceiling = attempt > 30 ? cap : Math.min(cap, base << Math.min(attempt - 1, 30));
    double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
    return Duration.ofMillis((long) (ceiling * r));
  }

  /** The last failure of a request that was sent more than once. */
  static final class GaveUp extends IOException {
    private static final long serialVersionUID = 1L;
    final int attempts;

    GaveUp(int attempts, IOException last) {
      super(last.getMessage(), last);
      this.attempts = attempts;
    }
  }

  /** A connection that failed while a response body was read: the status is known, not the body. */
  static final class BodyLost extends IOException {
    private static final long serialVersionUID = 1L;

    BodyLost(int code, IOException cause) {
      super("the connection failed while the body of an HTTP " + code + " response was read, so the"
          + " request may have been applied: " + Transport.describe(cause), cause);
    }
  }
}
