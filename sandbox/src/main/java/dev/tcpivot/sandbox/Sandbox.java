package dev.tcpivot.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.tcpivot.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>It knows an Organization (the API user's default owner), one or more Sources and one or more
 * Communities: by default "Demo Organization", "Demo Source" and "Demo Community", or the names of
 * a real instance's owners, so that code and tests written against that instance run unchanged:
 *
 * <pre>{@code
 * Sandbox sandbox = Sandbox.builder()
 *     .organization("Acme")
 *     .community("Acme Sharing")
 *     .source("Acme Feeds")
 *     .source("OSINT")
 *     .start();
 * }</pre>
 *
 * <p>Every sandbox starts empty and forgets everything when closed; {@link #reset()} empties it in
 * between, and {@link #loadJson(String)} and {@link #exportJson()} read and write its objects as a
 * fixture (FIXTURES.md in the sandbox module). {@link #faults()} makes it fail on demand, and
 * {@link #journal()} tells what it received. It is safe to use from many threads at once.
 */
public final class Sandbox implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Credentials credentials;
  private final Owners owners;
  private final Operations operations;
  private final Journal journal;
  private final Faults faults;
  private final BatchJobs batchJobs;
  private final String baseUrl;

  private Sandbox(
      HttpServer server,
      ExecutorService executor,
      Credentials credentials,
      Owners owners,
      Operations operations,
      Journal journal,
      Faults faults,
      BatchJobs batchJobs,
      String baseUrl) {
    this.server = server;
    this.executor = executor;
    this.credentials = credentials;
    this.owners = owners;
    this.operations = operations;
    this.journal = journal;
    this.faults = faults;
    this.batchJobs = batchJobs;
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
    return builder().port(port).start();
  }

  /** A sandbox to configure: its port and its owners' names. */
  public static Builder builder() {
    return new Builder();
  }

  private static Sandbox start(int port, Owners owners) {
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
    SpecView view = new SpecView(SpecLoader.builtIn());
    Operations operations = new Operations(view, owners, Clock.systemUTC(), baseUrl, siteRoot);
    Authenticator authenticator =
        new Authenticator(credentials, () -> Instant.now().getEpochSecond());
    Journal journal = new Journal();
    Faults faults = new Faults();
    BatchJobs batchJobs = new BatchJobs(operations, owners);
    server.createContext(
        "/",
        new HttpFront(new Router(view, operations, authenticator, batchJobs), journal, faults));
    ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(executor);
    server.start();
    return new Sandbox(
        server, executor, credentials, owners, operations, journal, faults, batchJobs, baseUrl);
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

  /** The API user's Organization and the default owner ("Demo Organization" unless named). */
  public Owner organization() {
    return owners.organization();
  }

  /** The first Community ("Demo Community" unless named). */
  public Owner community() {
    return owners.community();
  }

  /** The first Source ("Demo Source" unless named). */
  public Owner source() {
    return owners.source();
  }

  /** Every Community, in the order named. */
  public List<Owner> communities() {
    return owners.communities();
  }

  /** Every Source, in the order named. */
  public List<Owner> sources() {
    return owners.sources();
  }

  /** Every owner, in id order. */
  public List<Owner> owners() {
    return owners.all();
  }

  /**
   * Empties the sandbox, as if just started: no objects, no associations, and ids that start from 1
   * again, so a test sees the same ids however many ran before it, an empty {@link #journal()} and
   * no armed {@link #faults()}, no {@link #batchJobs()} (running ones stop before their next unit,
   * paused ones are let go). The port, the base URL, the credentials and the owners stay. A
   * request in progress finishes first; a client that holds an id from before may find another
   * object under it.
   */
  public void reset() {
    faults.clear();
    batchJobs.reset();
    operations.reset();
    journal.clear();
  }

  /**
   * The objects of the sandbox, with their metadata and associations, as a fixture document (see
   * FIXTURES.md in the sandbox module): objects name each other by summary, xid or name, never by
   * id. Loading it into an empty sandbox gives back the same document.
   */
  public String exportJson() {
    return FixtureJson.write(operations.exportData());
  }

  /** Writes {@link #exportJson()} to a file (UTF-8), replacing it. */
  public void export(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, exportJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Adds the objects of a fixture document (FIXTURES.md) to the sandbox, each checked as the API
   * checks a POST and its associations as it checks a PUT; all of them, or none if one is refused.
   *
   * @throws IllegalArgumentException naming the object that is refused and why
   */
  public void loadJson(String json) {
    Objects.requireNonNull(json, "json");
    operations.loadData(FixtureJson.parse(json));
  }

  /** Adds the objects of a fixture file (UTF-8), as {@link #loadJson(String)} does. */
  public void load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      loadJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Faults on demand: the next requests that match get an error status, a delay or no answer. */
  public Faults faults() {
    return faults;
  }

  /**
   * The V2 Batch jobs ({@code /v2/batch}): run on worker threads of the sandbox; pause them, step
   * them unit by unit or wait for them, to test a client that polls.
   */
  public BatchJobs batchJobs() {
    return batchJobs;
  }

  /**
   * The requests received, for tests to assert on (without secrets), and how many the sandbox was
   * answering at once ({@link Journal#peakConcurrency()}).
   */
  public Journal journal() {
    return journal;
  }

  /** Stops listening and forgets every object. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    batchJobs.close();
  }

  @Override
  public String toString() {
    return "Sandbox[" + baseUrl + "]";
  }

  /**
   * The settings of a sandbox to start. Owners are numbered from 1: the Organization, then the
   * Sources, then the Communities, each in the order named; a kind not named keeps its demo owner.
   */
  public static final class Builder {
    private int port;
    private String organization = Owners.DEMO_ORGANIZATION;
    private final List<String> communities = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Builder() {}

    /** The port of 127.0.0.1 to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The name of the API user's Organization, the default owner. */
    public Builder organization(String name) {
      this.organization = name(name, "organization");
      return this;
    }

    /** Adds a Community of this name; the first one added is {@link Sandbox#community()}. */
    public Builder community(String name) {
      communities.add(name(name, "community"));
      return this;
    }

    /** Adds a Source of this name; the first one added is {@link Sandbox#source()}. */
    public Builder source(String name) {
      sources.add(name(name, "source"));
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @throws IllegalArgumentException if two owners share a name
     * @throws UncheckedIOException if the port cannot be bound
     */
    public Sandbox start() {
      Owners owners =
          new Owners(
              organization,
              sources.isEmpty() ? List.of(Owners.DEMO_SOURCE) : sources,
              communities.isEmpty() ? List.of(Owners.DEMO_COMMUNITY) : communities);
      return Sandbox.start(port, owners);
    }

    private static String name(String name, String what) {
      Objects.requireNonNull(name, what);
      if (name.isBlank()) {
        throw new IllegalArgumentException("the " + what + "'s name must not be blank");
      }
      return name;
    }
  }

  /**
   * Runs a sandbox until the process is stopped: {@code java dev.tcpivot.sandbox.Sandbox [--port N]
   * [--organization NAME] [--community NAME]... [--source NAME]... [--data FILE]}. Prints the base
   * URL, the credentials and the owners to use. With {@code --data}, it starts from the fixture
   * file if it exists and writes its objects there when stopped (Ctrl-C or SIGTERM).
   */
  public static void main(String[] args) throws InterruptedException {
    CommandLine.Options options;
    try {
      options = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    Sandbox sandbox = startStandalone(options, System.out);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> sandbox.stopStandalone(options), "tcpivot-sandbox-shutdown"));
    new CountDownLatch(1).await();
  }

  /** Starts as the command line says, from its data file if that exists, and describes itself. */
  static Sandbox startStandalone(CommandLine.Options options, PrintStream out) {
    Sandbox sandbox = options.builder().start();
    try {
      options.data().filter(Files::exists).ifPresent(sandbox::load);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    sandbox.describe(out, options.data());
    return sandbox;
  }

  /** What the shutdown hook does: saves to the data file, if any, then closes. */
  void stopStandalone(CommandLine.Options options) {
    try {
      options.data().ifPresent(this::export);
    } finally {
      close();
    }
  }

  /** Prints where the sandbox listens and how to authenticate. */
  void describe(PrintStream out) {
    describe(out, Optional.empty());
  }

  /** Prints where the sandbox listens, how to authenticate, and the data file if there is one. */
  void describe(PrintStream out, Optional<Path> data) {
    out.println("tcpivot sandbox: an in-memory ThreatConnect v3 API");
    out.println("  base URL   " + baseUrl);
    out.println("  access id  " + accessId());
    out.println("  secret key " + secretKey());
    out.println("  API token  " + apiToken());
    for (Owner owner : owners()) {
      out.println("  owner      " + owner.id() + " " + owner.name() + " (" + owner.type() + ")");
    }
    data.ifPresent(file -> out.println("  data       " + file + " (saved on exit)"));
    out.println("Stop it with Ctrl-C.");
    out.flush();
  }
}
