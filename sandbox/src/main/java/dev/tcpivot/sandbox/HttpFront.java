package dev.tcpivot.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side: reads the request exactly as received (raw path and query, for the signature),
 * hands it to the {@link Router}, and writes the JSON reply. Every failure becomes an error
 * envelope; nothing is logged, so no credential can leak into a log.
 */
final class HttpFront implements HttpHandler {
  private final Router router;

  HttpFront(Router router) {
    this.router = router;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Reply reply;
      try {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        reply =
            router.route(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                uri.getRawPath(),
                uri.getRawQuery(),
                headers(exchange),
                body);
      } catch (ApiException e) {
        reply = Reply.error(e);
      } catch (RuntimeException e) {
        reply = Reply.error(ApiException.internal(Messages.internalError(e)));
      }
      send(exchange, reply);
    } finally {
      exchange.close();
    }
  }

  /** The first value of each header, by lower-case name. */
  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!header.getValue().isEmpty()) {
        headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().get(0));
      }
    }
    return headers;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = Json.write(reply.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
