package dev.tcpivot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on loopback that plays a ThreatConnect instance whose API root is
 * {@code http://127.0.0.1:<port>/api}, with clients of the SDK pointed at it. A test class holds
 * one per test as {@code @RegisterExtension final MockApi api = new MockApi();}, which shuts it
 * down after each test; elsewhere, close it.
 */
public final class MockApi implements AutoCloseable, AfterEachCallback {
  public static final String ACCESS_ID = "12345678901234567890";
  public static final String SECRET_KEY = "s3cr3t/Key+With=Symbols";
  public static final String TOKEN = "APIV2:430:c8mTcH:1234567890123:7mbiy0OnuSIq0ujNbkrqEB3RlpplzNL3CcQsYGso8ZQ=";

  private static final Pattern HMAC_HEADER = Pattern.compile("TC ([^:]+):(.+)");

  private final MockWebServer server = new MockWebServer();

  public MockApi() {
    server.setServerSocketFactory(new NoDelay());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The API root to give the SDK, without a trailing slash, e.g. {@code http://127.0.0.1:5000/api}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api";
  }

  /** The port the server listens on. */
  public int port() {
    return server.getPort();
  }

  /** An absolute URL on this server for a path such as {@code /api/v3/indicators?resultStart=2}. */
  public String absolute(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getPort() + pathAndQuery;
  }

  /**
   * A client that signs with {@link #ACCESS_ID} and {@link #SECRET_KEY}. It does not retry, so each
   * queued response answers one call; the retry tests build their own clients.
   */
  public ThreatConnect hmacClient() {
    return ThreatConnect.builder().baseUrl(baseUrl()).hmac(ACCESS_ID, SECRET_KEY).retries(RetryPolicy.none()).build();
  }

  /** A client that sends {@link #TOKEN}; it does not retry either. */
  public ThreatConnect tokenClient() {
    return ThreatConnect.builder().baseUrl(baseUrl()).token(TOKEN).retries(RetryPolicy.none()).build();
  }

  /** Queues a JSON response. */
  public void respond(int status, String json) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setBody(json));
  }

  /** Queues a response as is. */
  public void respond(MockResponse response) {
    server.enqueue(response);
  }

  /** The next request the server received; fails if none arrived. */
  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertNotNull(request, "the server received no request");
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  /** Answers every request with {@code dispatcher} instead of the queue (for concurrent tests). */
  public void dispatch(okhttp3.mockwebserver.Dispatcher dispatcher) {
    server.setDispatcher(dispatcher);
  }

  /**
   * Checks the HMAC headers of a request against the request line the server received: the
   * {@code Timestamp} header holds epoch seconds, and {@code Authorization} is
   * {@code TC <accessId>:<signature>} over {@code <path and query as received>:<METHOD>:<Timestamp>}.
   */
  public static void assertSigned(RecordedRequest request) {
    String timestamp = request.getHeader("Timestamp");
    assertNotNull(timestamp, "no Timestamp header");
    assertTrue(timestamp.matches("[0-9]{10}"), "Timestamp is not epoch seconds: " + timestamp);
    String authorization = request.getHeader("Authorization");
    assertNotNull(authorization, "no Authorization header");
    Matcher header = HMAC_HEADER.matcher(authorization);
    assertTrue(header.matches(), "Authorization is not 'TC <id>:<signature>': " + authorization);
    assertEquals(ACCESS_ID, header.group(1));
    String signed = request.getPath() + ":" + request.getMethod() + ":" + timestamp;
    assertEquals(
        IndependentHmac.signature(SECRET_KEY, signed),
        header.group(2),
        "the signature does not verify against " + signed);
  }

  /** Checks that the body is declared as JSON (UTF-8 when a charset is named). */
  public static void assertJsonBody(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    assertNotNull(contentType, "no Content-Type header");
    MediaType type = MediaType.parse(contentType);
    assertNotNull(type, "unparsable Content-Type " + contentType);
    assertEquals("application/json", type.type() + "/" + type.subtype(), contentType);
    if (type.charset() != null) {
      assertEquals("UTF-8", type.charset().name(), contentType);
    }
  }

  /**
   * Server sockets whose connections send at once: the server writes a response in pieces, and
   * with Nagle's algorithm each later piece would wait for the client's delayed ACK (about 40 ms).
   */
  private static final class NoDelay extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws IOException {
          java.net.Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
