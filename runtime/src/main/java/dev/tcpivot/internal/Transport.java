package dev.tcpivot.internal;

import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnectException;
import java.io.IOException;
import java.util.List;
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
public final class Transport {
  private final Retrofit retrofit;

  public Transport(Retrofit retrofit) {
    this.retrofit = Checks.notNull(retrofit, "retrofit");
  }

  /** The implementation of a generated Retrofit interface. */
  public <S> S service(Class<S> api) {
    return retrofit.create(api);
  }

  /** Executes the call and returns the envelope's {@code data}. */
  public <T> T data(Call<Envelope<T>> call) {
    Envelope<T> envelope = execute(call);
    if (envelope.data() == null) {
      Request request = call.request();
      throw new ThreatConnectException(
          200, request.method(), request.url().encodedPath(), "the response carries no data", null, null);
    }
    return envelope.data();
  }

  /** Executes a call whose response carries no data, such as a DELETE; an empty body is fine. */
  public void noData(Call<Envelope<Object>> call) {
    execute(call, false);
  }

  /** The objects of a list call, following {@code next} links lazily. */
  public <T> Paged<T> paged(
      Call<Envelope<List<T>>> first, Function<String, Call<Envelope<List<T>>>> next) {
    return new PagedCalls<>(this, first, next);
  }

  <T> Envelope<T> execute(Call<Envelope<T>> call) {
    return execute(call, true);
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
          "the next page link " + (next == null ? "is not a URL" : "points outside " + base.scheme() + "://"
              + base.host() + ":" + base.port()) + "; it was not followed, so no credentials were sent there",
          null, null);
    }
    return link;
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  private <T> Envelope<T> execute(Call<Envelope<T>> call, boolean bodyRequired) {
    Request request = call.request();
    Response<Envelope<T>> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new ThreatConnectException(
          0, request.method(), request.url().encodedPath(), describe(e), null, e);
    }
    if (!response.isSuccessful()) {
      throw refusal(request, response.code(), response.errorBody());
    }
    Envelope<T> envelope = response.body();
    if (envelope == null && !bodyRequired) {
      return new Envelope<>("Success", null, null, null, null, null, null);
    }
    if (envelope == null) {
      throw new ThreatConnectException(
          response.code(), request.method(), request.url().encodedPath(), "empty response body", null, null);
    }
    if (!envelope.readable()) {
      throw new ThreatConnectException(
          response.code(), request.method(), request.url().encodedPath(), envelope.message(), null, null);
    }
    if ("Error".equals(envelope.status())) {
      throw new ThreatConnectException(
          response.code(), request.method(), request.url().encodedPath(), envelope.message(),
          envelope.errCode(), null);
    }
    return envelope;
  }

  private static ThreatConnectException refusal(Request request, int code, ResponseBody body) {
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
    return new ThreatConnectException(
        code, request.method(), request.url().encodedPath(), message, errCode, null);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  static String abbreviate(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
  }
}
