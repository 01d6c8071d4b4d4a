package dev.tcpivot.bench.call;

import com.sun.net.httpserver.HttpExchange;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cheapest server that still speaks HTTP on loopback: the JDK {@link HttpServer}, set up as the
 * sandbox sets it up (TCP_NODELAY, a cached pool of daemon threads), that reads each request body
 * and answers every request with the same small success envelope. It remembers the last request
 * so a benchmark can check that two clients sent the same thing, and counts the requests answered.
 */
public final class FixedReplyServer implements AutoCloseable {
  /** A Group in a success envelope, as {@code PUT /v3/groups/{id}} answers. */
  public static final byte[] REPLY =
      "{\"status\":\"Success\",\"data\":{\"id\":12,\"type\":\"Adversary\",\"name\":\"Bad Guy\",\"ownerName\":\"Demo Org\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private static final String ACCESS_ID = "12345678901234567890";
  private static final String SECRET_KEY = "secret-key-of-the-benchmark";

  private final HttpServer server;
  private final ExecutorService executor;
  private final LongAdder answered = new LongAdder();
  private volatile String lastRequest = "";

  private FixedReplyServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on a free port of 127.0.0.1. */
  public static FixedReplyServer start() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fixed-reply-server");
        thread.setDaemon(true);
        return thread;
      });
      FixedReplyServer fixed = new FixedReplyServer(server, executor);
      server.createContext("/", fixed::answer);
      server.setExecutor(executor);
      server.start();
      return fixed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      lastRequest = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
          + new String(body, StandardCharsets.UTF_8);
      answered.increment(); // before the reply, so a client that has it sees the count
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, REPLY.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(REPLY);
      }
    }
  }

  /** The API root, as {@code ThreatConnect.builder().baseUrl} takes it. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  /** The SDK as the benchmarks use it against this server: HMAC, no retries. */
  public ThreatConnect sdk() {
    return ThreatConnect.builder()
        .baseUrl(baseUrl())
        .hmac(ACCESS_ID, SECRET_KEY)
        .retries(RetryPolicy.none())
        .build();
  }

  /** {@link #sdk()} with at most {@code maxConcurrentRequests} requests in flight. */
  public ThreatConnect sdk(int maxConcurrentRequests) {
    return ThreatConnect.builder()
        .baseUrl(baseUrl())
        .hmac(ACCESS_ID, SECRET_KEY)
        .retries(RetryPolicy.none())
        .maxConcurrentRequests(maxConcurrentRequests)
        .build();
  }

  /** Plain OkHttp with the same credentials, signing by hand. */
  public RawHmacClient raw() {
    return new RawHmacClient(baseUrl(), ACCESS_ID, SECRET_KEY);
  }

  /** Method, URI and body of the last request answered. */
  public String lastRequest() {
    return lastRequest;
  }

  /** How many requests were answered since the server started. */
  public long answered() {
    return answered.sum();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
