package dev.tcpivot.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.tcpivot.spec.SpecLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory ThreatConnect v3 server on 127.0.0.1 that enforces tcpivot's association table and
 * the API's rules (required fields, modes, owners, Indicator-to-Indicator direction, paging,
 * authentication), with the status codes and error envelopes of the docs.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   ThreatConnect tc = ThreatConnect.builder()
 *       .baseUrl(sandbox.baseUrl())
 *       .hmac(sandbox.accessId(), sandbox.secretKey())
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>It knows three owners: {@link #organization()} (the API user's default owner), {@link
 * #community()} and {@link #source()}. Every sandbox starts empty and forgets everything when
 * closed. It is safe to use from many threads at once.
 */
public final class Sandbox implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Credentials credentials;
  private final Owners owners;
  private final String baseUrl;

  private Sandbox(
      HttpServer server,
      ExecutorService executor,
      Credentials credentials,
      Owners owners,
      String baseUrl) {
    this.server = server;
    this.executor = executor;
    this.credentials = credentials;
    this.owners = owners;
    this.baseUrl = baseUrl;
  }

  /** Starts a sandbox on a free port of 127.0.0.1. */
  public static Sandbox start() {
    return start(0);
  }

  /**
   * Starts a sandbox on the given port of 127.0.0.1 (0 picks a free one).
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static Sandbox start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    // The JDK server writes headers and body separately; without TCP_NODELAY each small
    // response waits for a delayed ACK (tens of milliseconds). Read once, when the server starts.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(HOST, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + HOST + ":" + port, e);
    }
    String siteRoot = "http://" + HOST + ":" + server.getAddress().getPort();
    String baseUrl = siteRoot + "/api";
    Credentials credentials = Credentials.generate();
    Owners owners = new Owners();
    SpecView view = new SpecView(SpecLoader.builtIn());
    Operations operations = new Operations(view, owners, Clock.systemUTC(), baseUrl, siteRoot);
    Authenticator authenticator =
        new Authenticator(credentials, () -> Instant.now().getEpochSecond());
    server.createContext("/", new HttpFront(new Router(view, operations, authenticator)));
    ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(executor);
    server.start();
    return new Sandbox(server, executor, credentials, owners, baseUrl);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "tcpivot-sandbox-" + count.incrementAndGet());
      // A sandbox that a test forgets to close must not keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The API root, ready for an SDK's base URL: {@code http://127.0.0.1:<port>/api}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The Access ID of the provisioned API user, for HMAC authentication. */
  public String accessId() {
    return credentials.accessId();
  }

  /** The Secret Key of the provisioned API user, for HMAC authentication. */
  public String secretKey() {
    return credentials.secretKey();
  }

  /** The API token of the provisioned API user, for {@code Authorization: TC-Token <token>}. */
  public String apiToken() {
    return credentials.apiToken();
  }

  /** "Demo Organization", the API user's Organization and the default owner. */
  public Owner organization() {
    return owners.organization();
  }

  /** "Demo Community". */
  public Owner community() {
    return owners.community();
  }

  /** "Demo Source". */
  public Owner source() {
    return owners.source();
  }

  /** Every owner, in id order. */
  public List<Owner> owners() {
    return owners.all();
  }

  /** Stops listening and forgets every object. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "Sandbox[" + baseUrl + "]";
  }

  /**
   * Runs a sandbox until the process is killed: {@code java dev.tcpivot.sandbox.Sandbox [--port
   * N]}. Prints the base URL and the credentials to use.
   */
  public static void main(String[] args) throws InterruptedException {
    int port;
    try {
      port = CommandLine.port(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    Sandbox sandbox = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "tcpivot-sandbox-shutdown"));
    sandbox.describe(System.out);
    new CountDownLatch(1).await();
  }

  /** Prints where the sandbox listens and how to authenticate. */
  void describe(PrintStream out) {
    out.println("tcpivot sandbox: an in-memory ThreatConnect v3 API");
    out.println("  base URL   " + baseUrl);
    out.println("  access id  " + accessId());
    out.println("  secret key " + secretKey());
    out.println("  API token  " + apiToken());
    for (Owner owner : owners()) {
      out.println("  owner      " + owner.id() + " " + owner.name() + " (" + owner.type() + ")");
    }
    out.println("Stop it with Ctrl-C.");
    out.flush();
  }
}
