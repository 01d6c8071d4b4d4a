package dev.tcpivot;

import dev.tcpivot.spec.GeneratedNames;
import dev.tcpivot.v3.AsyncEndpoints;
import dev.tcpivot.v3.Endpoints;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A client for one ThreatConnect instance's v3 API. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * ThreatConnect tc = ThreatConnect.builder()
 *     .baseUrl("https://app.threatconnect.com/api")
 *     .hmac(accessId, secretKey)          // or .token(apiToken)
 *     .build();
 * Indicator host = tc.indicators().get("badguy.com", IndicatorField.ASSOCIATED_GROUPS);
 * }</pre>
 *
 * <p>Requests that fail in a way that may pass are sent again as {@link RetryPolicy} says (by
 * default up to 4 attempts, and only requests that cannot take effect twice). Every failure is a
 * {@link ThreatConnectException} naming the request; no credential appears in one, in a
 * {@code toString()}, or in the logs.
 *
 * <p>Logging goes through SLF4J: {@code dev.tcpivot.http} logs each request sent at DEBUG (method,
 * path and query, status, duration) and its headers at TRACE (credentials and cookies redacted);
 * {@code dev.tcpivot.retry} logs each retry at INFO.
 */
public final class ThreatConnect extends Endpoints {
  private final HttpUrl baseUrl;
  private final Transport transport;

  private final AsyncEndpoints async;
  private final BatchJobs batch;

  // Every endpoint, blocking or not, and every declared client calls through this one transport,
  // so that they share its retries and request budget.
  private ThreatConnect(HttpUrl baseUrl, Transport transport, Sleeper sleeper) {
    super(new ApiCalls(transport) {});
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.async = AsyncEndpoints.of(this);
    this.batch = new BatchJobs(transport, sleeper);
  }

  /**
   * V2 Batch API jobs: runs a {@link BatchFile} as jobs, one per part, and waits for each
   * (threatconnect-v2-batch/v2_batch_api.rst).
   *
   * <pre>{@code
   * BatchResult result = tc.batch().run(file, BatchOptions.builder().owner("Demo Organization")
   *     .haltOnError(false).action(BatchAction.CREATE).attributeWriteType(AttributeWriteType.APPEND).build());
   * }</pre>
   */
  public BatchJobs batch() {
    return batch;
  }

  /** A builder; a base URL and one way to authenticate are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder set up from environment variables, the way tcpivot's programs find an instance:
   * {@code TC_API_URL} (the API root) with {@code TC_API_TOKEN}, or with {@code TC_ACCESS_ID} and
   * {@code TC_SECRET_KEY}; the token wins when both kinds are set. A blank variable counts as unset.
   *
   * <pre>{@code
   * ThreatConnect tc = ThreatConnect.fromEnvironment(System.getenv())
   *     .orElseThrow(() -> new IllegalStateException("set TC_API_URL"))
   *     .build();
   * }</pre>
   *
   * @param env the variables, e.g. {@code System.getenv()}
   * @return empty when {@code TC_API_URL} is unset or blank
   * @throws IllegalStateException naming the variables missing when {@code TC_API_URL} is set
   *     without credentials
   * @throws IllegalArgumentException if {@code env} is null, or {@code TC_API_URL} is not a URL
   *     {@link Builder#baseUrl} takes
   */
  public static Optional<Builder> fromEnvironment(Map<String, String> env) {
    Checks.notNull(env, "env");
    String url = variable(env, "TC_API_URL");
    if (url == null) {
      return Optional.empty();
    }
    Builder builder = builder().baseUrl(url);
    String token = variable(env, "TC_API_TOKEN");
    if (token != null) {
      return Optional.of(builder.token(token));
    }
    String accessId = variable(env, "TC_ACCESS_ID");
    String secretKey = variable(env, "TC_SECRET_KEY");
    if (accessId == null || secretKey == null) {
      String missing = accessId == null && secretKey == null ? "TC_ACCESS_ID and TC_SECRET_KEY"
          : accessId == null ? "TC_ACCESS_ID" : "TC_SECRET_KEY";
      throw new IllegalStateException("TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN,"
          + " as well (missing: " + missing + ")");
    }
    return Optional.of(builder.hmac(accessId, secretKey));
  }

  private static String variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * An implementation of a client interface annotated {@code @ThreatConnectClient}, generated by the
   * tcpivot processor when the interface compiled. It shares this client's connection and
   * credentials.
   *
   * @throws IllegalArgumentException if {@code client} is not such an interface, or the processor did
   *     not run when it compiled
   */
  public <T> T create(Class<T> client) {
    Checks.notNull(client, "client");
    if (!client.isInterface()) {
      throw new IllegalArgumentException(client.getName() + " is not an interface");
    }
    String implementation = GeneratedNames.implementation(client.getName(), client.getPackageName());
    Class<?> generated;
    try {
      generated = Class.forName(implementation, true, client.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          client.getName() + " has no generated implementation (" + implementation + "): annotate it"
              + " @ThreatConnectClient and compile it with tcpivot-processor on the annotation processor"
              + " path",
          e);
    }
    try {
      return client.cast(generated.getConstructor(ThreatConnect.class).newInstance(this));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + implementation, e);
    }
  }

  /** What the endpoints of the SDK and the declared clients call through. */
  Transport transport() {
    return transport;
  }

  /**
   * The same endpoints without blocking: each call returns at once a {@link
   * java.util.concurrent.CompletableFuture} (lists: an {@link AsyncPaged}), over this client's
   * connection, credentials, retry policy and request budget.
   *
   * <pre>{@code
   * tc.async().groups().update(12, GroupUpdate.builder().name("renamed").build())
   *     .thenAccept(group -> log.info("renamed {}", group.id()));
   * }</pre>
   *
   * <p>Cancelling a future cancels its request and the retries still pending; bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncEndpoints async() {
    return async;
  }

  /** The API root requests go to, e.g. {@code https://app.threatconnect.com/api/}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  @Override
  public String toString() {
    return "ThreatConnect[" + baseUrl + "]";
  }

  /** Collects the settings of a client. A base URL and one way to authenticate are required. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Interceptor auth;
    private String accessId;
    private String secretKey;
    private OkHttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retries = RetryPolicy.defaults();
    private RetryListener retryListener;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private int maxConcurrentRequests;
    private double maxRequestsPerSecond;
    private Waits waits = Waits.SHARED;
    private Waits budgetWaits = Waits.SHARED;
    private LongSupplier nanoTime = System::nanoTime;

    private Builder() {}

    /**
     * The instance's API root, e.g. {@code https://app.threatconnect.com/api} or
     * {@code https://companyabc.threatconnect.com/api}. HTTPS is required except on loopback.
     */
    public Builder baseUrl(String baseUrl) {
      Checks.notBlank(baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      if (!url.isHttps() && !isLoopback(url.host())) {
        throw new IllegalArgumentException(
            "baseUrl must use https (the API refuses plain http); http is allowed only on loopback: "
                + baseUrl);
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        // A password in the URL would show in toString() and logs; credentials have their own setters.
        throw new IllegalArgumentException(
            "baseUrl must not carry a user name or password; authenticate with hmac(...) or token(...)");
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + baseUrl);
      }
      this.baseUrl = url;
      return this;
    }

    /** Signs requests with an API user's Access ID and Secret Key. */
    public Builder hmac(String accessId, String secretKey) {
      this.accessId = Checks.notBlank(accessId, "accessId");
      this.secretKey = Checks.notBlank(secretKey, "secretKey");
      this.auth = null;
      return this;
    }

    /** Authenticates with an API token. */
    public Builder token(String apiToken) {
      this.auth = new TokenAuth(apiToken);
      this.accessId = null;
      this.secretKey = null;
      return this;
    }

    /**
     * An OkHttp client to build on (its connection pool, proxy, TLS and interceptors are kept);
     * tcpivot adds its authentication on a derived client and leaves this one unchanged.
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Checks.notNull(client, "client");
      return this;
    }

    /** How long to wait for a connection; 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for data on a connection; 60 seconds by default. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * When to send a failed request again; {@link RetryPolicy#defaults()} unless set, and
     * {@link RetryPolicy#none()} turns retries off. OkHttp's own silent retry after a connection
     * failure is turned off on the derived client, so that this policy alone decides.
     */
    public Builder retries(RetryPolicy policy) {
      this.retries = Checks.notNull(policy, "policy");
      return this;
    }

    /** Hears of every retry before its wait; none by default (retries are logged anyway). */
    public Builder retryListener(RetryListener listener) {
      this.retryListener = Checks.notNull(listener, "listener");
      return this;
    }

    /**
     * The most requests this client has in flight at once, counting every caller: blocking and
     * asynchronous calls, pages and {@link BulkLinks} chunks; a request over it waits for a slot
     * (an asynchronous one without holding a thread). Each attempt of a retried request takes its
     * own slot, and a wait between attempts holds none. No limit by default.
     *
     * <p>An OkHttp client built here lets as many asynchronous requests run at once (64 without a
     * limit; OkHttp's own default is 5 per host) and keeps as many idle connections; one given with
     * {@link #httpClient} keeps its dispatcher's limits and its connection pool.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, not " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * The most requests this client starts per second, counting every caller like
     * {@link #maxConcurrentRequests}. No limit by default. Either way, an HTTP 429 lowers the rate
     * for a while and it then recovers step by step; the {@link #retryListener retry listener}
     * hears of each change ({@link RetryListener#onRateChange}).
     */
    public Builder maxRequestsPerSecond(double maxRequestsPerSecond) {
      if (!(maxRequestsPerSecond > 0) || Double.isInfinite(maxRequestsPerSecond)) {
        throw new IllegalArgumentException("maxRequestsPerSecond must be positive and finite, not " + maxRequestsPerSecond);
      }
      this.maxRequestsPerSecond = maxRequestsPerSecond;
      return this;
    }

    /** The timer that asynchronous calls wait on; one shared daemon thread by default. */
    Builder waits(Waits waits) {
      this.waits = Checks.notNull(waits, "waits");
      return this;
    }

    /** The timer of the request budget's waits and recovery steps; the shared timer by default. */
    Builder budgetWaits(Waits waits) {
      this.budgetWaits = Checks.notNull(waits, "waits");
      return this;
    }

    /** The time source of the request budget; {@code System::nanoTime} by default. */
    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Checks.notNull(nanoTime, "nanoTime");
      return this;
    }

    /** The clock that dates HMAC signatures and times retries; the system clock by default. */
    Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /** What waits between attempts; the calling thread sleeps by default. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull(sleeper, "sleeper");
      return this;
    }

    /** The source of the backoff's jitter, uniform in [0, 1); random by default. */
    Builder random(DoubleSupplier random) {
      this.random = Checks.notNull(random, "random");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException without a base URL or credentials
     */
    public ThreatConnect build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required, e.g. https://app.threatconnect.com/api");
      }
      Interceptor authentication = auth;
      if (accessId != null) {
        authentication = new HmacAuth(accessId, secretKey, clock);
      }
      if (authentication == null) {
        throw new IllegalStateException("credentials are required: call hmac(...) or token(...)");
      }
      Retries retrying = new Retries(retries, retryListener, clock, sleeper, random);
      RetryListener listener = retryListener;
      // Built even without limits: a 429 lowers the rate of every caller for a while.
      RequestBudget budget =
          new RequestBudget(maxConcurrentRequests, maxRequestsPerSecond, nanoTime, budgetWaits,
              listener == null ? null : listener::onRateChange);
      OkHttpClient.Builder http = httpClient == null ? new OkHttpClient.Builder() : httpClient.newBuilder();
      if (httpClient == null) {
        Dispatcher dispatcher = new Dispatcher();
        int parallel = maxConcurrentRequests == 0 ? 64 : Math.max(maxConcurrentRequests, 5);
        dispatcher.setMaxRequests(parallel);
        dispatcher.setMaxRequestsPerHost(parallel);
        // As many idle connections kept as requests may run at once, so a fan-out of asynchronous
        // calls reuses its connections instead of opening new ones (OkHttp keeps 5 by default).
        http.dispatcher(dispatcher).connectionPool(new ConnectionPool(parallel, 5, TimeUnit.MINUTES));
      }
      OkHttpClient client =
          http
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .retryOnConnectionFailure(false)
              .addInterceptor(new ActivityLogParameter())
              .addInterceptor(retrying)
              .addInterceptor(new BudgetGate(budget, retrying))
              .addNetworkInterceptor(new SameOriginOnly(baseUrl, authentication))
              .addNetworkInterceptor(new RequestLog())
              .build();
      Retrofit retrofit =
          new Retrofit.Builder()
              .baseUrl(baseUrl)
              .client(client)
              .addConverterFactory(new EnvelopeConverters(JacksonConverterFactory.create(Json.mapper())))
              .build();
      Executor pool = client.dispatcher().executorService();
      return new ThreatConnect(baseUrl, new Transport(retrofit, retries, retrying, budget, waits, pool), sleeper);
    }

    private static Duration positive(Duration timeout, String name) {
      Checks.notNull(timeout, name);
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + timeout);
      }
      return timeout;
    }

    private static boolean isLoopback(String host) {
      if (host.equals("localhost")) {
        return true;
      }
      if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        return false;
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
