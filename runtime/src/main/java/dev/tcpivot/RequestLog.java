package dev.tcpivot;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log, on the SLF4J logger {@code dev.tcpivot.http}: at DEBUG one line per request
 * sent (method, path and query, status or failure, duration); at TRACE also the request and
 * response headers, with the values of {@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie} and {@code Set-Cookie} redacted. Bodies are never logged. A network interceptor
 * placed after the authentication, so it sees each attempt as it goes on the wire.
 */
final class RequestLog implements Interceptor {
  static final String REDACTED = "<redacted>";

  private static final Logger LOG = LoggerFactory.getLogger("dev.tcpivot.http");
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String line = request.method() + " " + pathAndQuery(request.url());
    if (LOG.isTraceEnabled()) {
      LOG.trace("{} request headers: {}", line, redacted(request.headers()));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug("{} failed after {} ms: {}", line, millisSince(start), Transport.describe(e));
      throw e;
    }
    LOG.debug("{} -> {} ({} ms)", line, response.code(), millisSince(start));
    if (LOG.isTraceEnabled()) {
      LOG.trace("{} response headers: {}", line, redacted(response.headers()));
    }
    return response;
  }

  /** The headers as {@code Name: value} pairs, secrets replaced by {@value #REDACTED}. */
  static String redacted(Headers headers) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      String name = headers.name(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      out.append(name).append(": ").append(secret ? REDACTED : headers.value(i));
    }
    return out.append(']').toString();
  }

  private static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query);
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
