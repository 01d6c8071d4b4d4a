package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side: reads the request exactly as received (raw path and query, for the signature),
 * records it in the {@link Journal} (which also counts the requests in progress), applies an armed
 * {@link Faults fault}, hands it to the {@link Router}, and writes the JSON reply. Every failure
 * becomes an error envelope; nothing is logged, so no credential can leak into a log.
 */
final class HttpFront implements HttpHandler {
  private final Router router;
  private final Journal journal;
  private final Faults faults;

  HttpFront(Router router, Journal journal, Faults faults) {
    this.router = router;
    this.journal = journal;
    this.faults = faults;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Optional<Reply> reply;
      journal.arriving();
      try {
        reply = answer(exchange);
      } finally {
        // Before the first byte goes out: once the client can read the answer and send its next
        // request, this one no longer counts as in progress.
        journal.answering();
      }
      if (reply.isPresent()) {
        send(exchange, reply.get());
      }
    } finally {
      exchange.close();
    }
  }

  /** The reply to write, or none when a fault drops the connection. */
  private Optional<Reply> answer(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      URI uri = exchange.getRequestURI();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      journal.record(method, uri.getRawPath(), uri.getRawQuery(), exchange.getRequestHeaders(), body);
      Optional<Fault> fault = faults.take(method, uri.getRawPath());
      if (fault.isPresent()) {
        switch (fault.get().kind()) {
          case DROP:
            // Closed before any response header: the client sees the connection end.
            return Optional.empty();
          case STATUS:
            return Optional.of(faultReply(fault.get()));
          case DELAY:
            sleep(fault.get());
            break;
        }
      }
      return Optional.of(
          router.route(method, uri.getRawPath(), uri.getRawQuery(), headers(exchange), body));
    } catch (ApiException e) {
      return Optional.of(Reply.error(e));
    } catch (RuntimeException e) {
      return Optional.of(Reply.error(ApiException.internal(Messages.internalError(e))));
    }
  }

  private static Reply faultReply(Fault fault) {
    ObjectNode body = Json.object();
    body.put("message", fault.message());
    body.put("status", "Error");
    Map<String, String> headers = new HashMap<>();
    if (fault.retryAfter() != null) {
      long millis = fault.retryAfter().toMillis();
      headers.put("Retry-After", Long.toString((millis + 999) / 1000));
    }
    return new Reply(fault.status(), body, headers);
  }

  private static void sleep(Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    byte[] bytes = reply.raw() != null ? reply.raw() : Json.write(reply.body());
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
