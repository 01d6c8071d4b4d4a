package dev.tcpivot;

import dev.tcpivot.ApiCalls.Envelope;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Runs the generated Retrofit calls: executes them, unwraps the response envelope, and turns every
 * refusal into a {@link ThreatConnectException} with the status, the request line and the server's
 * words.
 */
final class Transport {
  private final Retrofit retrofit;
  private final RetryPolicy policy;
  private final Retries retries;
  private final RequestBudget budget;
  private final Waits waits;
  private final Executor callbacks;

  /**
   * Over a Retrofit whose client runs {@code retries} and {@code budget} for blocking calls; this
   * transport runs them for asynchronous ones.
   *
   * @param waits the timer asynchronous calls wait on
   * @param callbacks where a future that the timer ends (a timeout) is completed: the client's own
   *     pool, never the timer thread
   */
  Transport(Retrofit retrofit, RetryPolicy policy, Retries retries, RequestBudget budget, Waits waits, Executor callbacks) {
    this.retrofit = Checks.notNull(retrofit, "retrofit");
    this.policy = Checks.notNull(policy, "policy");
    this.retries = Checks.notNull(retries, "retries");
    this.budget = Checks.notNull(budget, "budget");
    this.waits = Checks.notNull(waits, "waits");
    this.callbacks = Checks.notNull(callbacks, "callbacks");
  }

  Retries retries() {
    return retries;
  }

  RequestBudget budget() {
    return budget;
  }

  Waits waits() {
    return waits;
  }

  Executor callbacks() {
    return callbacks;
  }

  /** The implementation of a generated Retrofit interface. */
  <S> S service(Class<S> api) {
    return retrofit.create(api);
  }

  /** Executes the call and returns the envelope's {@code data}. */
  <T> T data(Call<Envelope<T>> call) {
    return dataOf(execute(call), call.request());
  }

  /** The envelope's {@code data}, which a successful response to {@code request} must carry. */
  private static <T> T dataOf(Envelope<T> envelope, Request request) {
    if (envelope.data() == null) {
      throw new ThreatConnectException(
          200, request.method(), request.url().encodedPath(), "the response carries no data", null, null);
    }
    return envelope.data();
  }

  /** The envelope's {@code count}, which a response to a request with {@code count=true} must carry. */
  private static long countOf(Envelope<Object> envelope, Request request) {
    if (envelope.count() == null) {
      throw new ThreatConnectException(
          200, request.method(), request.url().encodedPath(), "the response carries no count", null, null);
    }
    return envelope.count();
  }

  /** The objects of a page: none when it carries no data. */
  static <T> List<T> items(Envelope<List<T>> page) {
    return page.data() == null ? List.of() : Collections.unmodifiableList(page.data());
  }

  /**
   * The link to the page after this one, or null on the last. An empty page ends the walk even if
   * a link is present, so a server bug cannot loop a walk.
   */
  static String nextOf(Envelope<?> page, List<?> items) {
    String found = page.next();
    return found == null || found.isEmpty() || items.isEmpty() ? null : found;
  }

  /** Executes a call whose response carries no data, such as a DELETE; an empty body is fine. */
  void noData(Call<Envelope<Object>> call) {
    execute(call, false);
  }

  /** The objects of a list call, following {@code next} links lazily. */
  <T> Paged<T> paged(
      Call<Envelope<List<T>>> first, Function<String, Call<Envelope<List<T>>>> next) {
    return new PagedCalls<>(this, first, next);
  }

  <T> Envelope<T> execute(Call<Envelope<T>> call) {
    return execute(call, true);
  }

  /** {@link #data} without blocking: see {@link AsyncCall}. */
  <T> CompletableFuture<T> dataAsync(Call<Envelope<T>> call) {
    Request request = call.request();
    return new AsyncCall<T, T>(this, call, true, envelope -> dataOf(envelope, request)).start();
  }

  /** {@link #noData} without blocking. */
  CompletableFuture<Void> noDataAsync(Call<Envelope<Object>> call) {
    return new AsyncCall<Object, Void>(this, call, false, envelope -> null).start();
  }

  /** {@link #count} without blocking. */
  CompletableFuture<Long> countAsync(Call<Envelope<Object>> call) {
    Request request = call.request();
    return new AsyncCall<Object, Long>(this, call, true, envelope -> countOf(envelope, request)).start();
  }

  /** The objects of a list call as a publisher, fetching a page when its subscriber asks. */
  <T> AsyncPaged<T> pagedAsync(
      Call<Envelope<List<T>>> first, Function<String, Call<Envelope<List<T>>>> next) {
    return new PagePublisher<>(previous -> {
      Call<Envelope<List<T>>> call;
      if (previous == null) {
        call = first.clone();
      } else {
        AsyncPage<T> page = (AsyncPage<T>) previous;
        try {
          call = next.apply(nextLink(page.next().orElseThrow(), page.request()));
        } catch (ThreatConnectException e) {
          return CompletableFuture.failedFuture(e);
        }
      }
      Request request = call.request();
      return new AsyncCall<List<T>, Paged.Page<T>>(this, call, true, envelope -> {
        List<T> items = items(envelope);
        return new AsyncPage<>(items, Optional.ofNullable(nextOf(envelope, items)), request);
      }).start();
    });
  }

  /** A page as an asynchronous walk saw it, with the request that fetched it (for messages). */
  private record AsyncPage<T>(List<T> items, Optional<String> next, Request request) implements Paged.Page<T> {}

  /** Executes a call made with {@code count=true} and returns the envelope's {@code count}. */
  long count(Call<Envelope<Object>> call) {
    return countOf(execute(call), call.request());
  }

  /**
   * A saved {@code next} link to go on listing from, checked before anything is sent: an absolute
   * URL of the API this client talks to (a link elsewhere would get the credentials), and of the
   * list at {@code path} (e.g. {@code v3/indicators}), whose objects the caller reads.
   */
  String resumeLink(String link, String path, String name) {
    Checks.notBlank(link, name);
    HttpUrl url = HttpUrl.parse(link);
    HttpUrl base = retrofit.baseUrl();
    if (url == null) {
      throw new IllegalArgumentException(name + " is not an absolute http or https URL");
    }
    if (!sameOrigin(url, base)) {
      throw new IllegalArgumentException(
          name + " points outside " + origin(base) + "; it was not followed, so no credentials were sent there");
    }
    String list = base.encodedPath() + path;
    if (!url.encodedPath().equals(list)) {
      throw new IllegalArgumentException(
          name + " is a link to " + url.encodedPath() + ", not to " + list + ", the list of this endpoint");
    }
    return link;
  }

  /**
   * The {@code next} link of a page, if it points at the API this client talks to. A link to any
   * other origin is refused: following it would send the credentials there.
   */
  String nextLink(String link, Request previous) {
    HttpUrl next = HttpUrl.parse(link);
    HttpUrl base = retrofit.baseUrl();
    if (next == null || !sameOrigin(next, base)) {
      throw new ThreatConnectException(
          200, previous.method(), previous.url().encodedPath(),
          "the next page link " + (next == null ? "is not a URL" : "points outside " + origin(base))
              + "; it was not followed, so no credentials were sent there",
          null, null);
    }
    return link;
  }

  private static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  private <T> Envelope<T> execute(Call<Envelope<T>> call, boolean bodyRequired) {
    Request request = call.request();
    CallOptions.of(request).timeout()
        .ifPresent(timeout -> call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS));
    Response<Envelope<T>> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw noResponse(request, e, 1);
    }
    return handle(request, response, attempts(response.raw()), bodyRequired);
  }

  /**
   * The failure of a request that got no complete response.
   *
   * @param attempts the attempts made, unless {@code e} says (a request that the blocking retries
   *     gave up on carries its count)
   */
  NoResponseException noResponse(Request request, IOException e, int attempts) {
    if (e instanceof Retries.GaveUp) {
      attempts = ((Retries.GaveUp) e).attempts;
    }
    String advice =
        attempts == 1 && Retries.retryable(e) && !Retries.notSent(e) ? notRetried(request) : null;
    String description = describe(e) + (advice == null ? "" : "; " + advice);
    return new NoResponseException(
        request.method(), request.url().encodedPath(), description, timedOut(e), attempts, e);
  }

  /** The envelope of a response, or the exception that reports its refusal. */
  <T> Envelope<T> handle(Request request, Response<Envelope<T>> response, int attempts, boolean bodyRequired) {
    String method = request.method();
    String path = request.url().encodedPath();
    if (!response.isSuccessful()) {
      throw refusal(request, response.raw(), response.errorBody(), attempts, policy);
    }
    Envelope<T> envelope = response.body();
    if (envelope == null && !bodyRequired) {
      return new Envelope<>("Success", null, null, null, null, null, null);
    }
    if (envelope == null) {
      throw new ThreatConnectException(
          response.code(), method, path, "empty response body", null, null, attempts, null);
    }
    if (!envelope.readable()) {
      throw new ThreatConnectException(
          response.code(), method, path, envelope.message(), null, null, attempts, null);
    }
    if ("Error".equals(envelope.status())) {
      throw Refusals.of(
          response.code(), method, path, envelope.message(), envelope.errCode(),
          advice(response.code(), envelope.message(), null), attempts, null, null);
    }
    return envelope;
  }

  /**
   * Executes a call whose body is not the v3 envelope (the V2 Batch API's) and returns its text;
   * a refusal is the same exception as a v3 one, its message taken from {@code message} or
   * {@code description} ({@code {status: "Invalid", description: "..."}}).
   */
  String text(Call<ResponseBody> call) {
    Request request = call.request();
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw noResponse(request, e, 1);
    }
    int attempts = attempts(response.raw());
    if (!response.isSuccessful()) {
      String text = "";
      try (ResponseBody body = response.errorBody()) {
        text = body == null ? "" : body.string();
      } catch (IOException e) {
        text = "";
      }
      String message = text.isBlank() ? "no message" : abbreviate(text);
      try {
        com.fasterxml.jackson.databind.JsonNode node = Json.mapper().readTree(text);
        String said = node.path("message").asText(node.path("description").asText(""));
        message = said.isEmpty() ? message : said;
      } catch (IOException | RuntimeException notJson) {
        // the text as it came
      }
      throw Refusals.of(response.code(), request.method(), request.url().encodedPath(), message, null,
          null, attempts, RetryAfter.of(response.raw()), null);
    }
    try (ResponseBody body = response.body()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      throw noResponse(request, e, attempts);
    }
  }

  private static ThreatConnectException refusal(
      Request request, okhttp3.Response raw, ResponseBody body, int attempts, RetryPolicy policy) {
    String text = "";
    try (ResponseBody closing = body) {
      if (closing != null) {
        text = closing.string();
      }
    } catch (IOException e) {
      text = "";
    }
    String message = null;
    String errCode = null;
    try {
      Envelope<?> envelope = Json.mapper().readValue(text, Envelope.class);
      message = envelope.message();
      errCode = envelope.errCode();
    } catch (IOException | RuntimeException notJson) {
      message = null;
    }
    if (message == null) {
      message = text.isBlank() ? "no message" : "unexpected response: " + abbreviate(text);
    }
    int code = raw.code();
    String advice = advice(code, message, raw.header("Retry-After"));
    if (attempts == 1 && Retries.retryable(code)) {
      String notRetried = notRetried(request, policy);
      advice = notRetried == null ? advice : advice == null ? notRetried : advice + "; " + notRetried;
    }
    return Refusals.of(code, request.method(), request.url().encodedPath(), message, errCode, advice, attempts,
        RetryAfter.of(raw), null);
  }

  /** What a caller can do about a refusal, when the response says. */
  private static String advice(int code, String message, String retryAfter) {
    if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("timestamp out of acceptable time range")) {
      return "check the local clock: an HMAC Timestamp must be within 5 minutes of the server's time"
          + " (quick_start.rst, Timestamp; common_errors.rst)";
    }
    if (retryAfter != null && (code == 429 || code == 503)) {
      return "the server asks to retry after " + retryAfter.trim()
          + (retryAfter.trim().matches("[0-9]+") ? " s" : "");
    }
    return null;
  }

  /**
   * Why a failure that could pass was not retried, when the request is one that could take effect
   * twice; null otherwise (the policy allowed no retry, or the request was retried).
   */
  private String notRetried(Request request) {
    return notRetried(request, policy);
  }

  private static String notRetried(Request request, RetryPolicy policy) {
    if (policy.maxAttempts() == 1 || policy.retryNonIdempotent() || CallOptions.of(request).noRetries()) {
      return null;
    }
    String why = Repeatable.whyNot(request);
    return why == null ? null : "not retried because " + why
        + " (RetryPolicy.builder().retryNonIdempotent(true) allows it)";
  }

  private static int attempts(okhttp3.Response raw) {
    String header = raw.header(Retries.ATTEMPTS_HEADER);
    return header == null ? 1 : Integer.parseInt(header);
  }

  private static boolean timedOut(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException
          || (t instanceof InterruptedIOException && "timeout".equals(t.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  /** A failure in a line: its kind and message, e.g. {@code SocketTimeoutException: timeout}. */
  static String describe(IOException e) {
    if (e instanceof Retries.GaveUp) {
      return describe((IOException) e.getCause());
    }
    if (e instanceof Retries.BodyLost) {
      return e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  static String abbreviate(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
  }
}
