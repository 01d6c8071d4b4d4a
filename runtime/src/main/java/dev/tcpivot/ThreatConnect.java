package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.EnvelopeConverters;
import dev.tcpivot.internal.HmacAuth;
import dev.tcpivot.internal.Json;
import dev.tcpivot.internal.TokenAuth;
import dev.tcpivot.internal.Transport;
import dev.tcpivot.v3.Artifacts;
import dev.tcpivot.v3.Cases;
import dev.tcpivot.v3.Groups;
import dev.tcpivot.v3.Indicators;
import dev.tcpivot.v3.IntelRequirements;
import dev.tcpivot.v3.VictimAssets;
import dev.tcpivot.v3.Victims;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
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
 */
public final class ThreatConnect {
  private final HttpUrl baseUrl;
  private final Artifacts artifacts;
  private final Cases cases;
  private final Groups groups;
  private final Indicators indicators;
  private final IntelRequirements intelRequirements;
  private final Victims victims;
  private final VictimAssets victimAssets;

  private ThreatConnect(HttpUrl baseUrl, Transport transport) {
    this.baseUrl = baseUrl;
    this.artifacts = new Artifacts(transport);
    this.cases = new Cases(transport);
    this.groups = new Groups(transport);
    this.indicators = new Indicators(transport);
    this.intelRequirements = new IntelRequirements(transport);
    this.victims = new Victims(transport);
    this.victimAssets = new VictimAssets(transport);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code /v3/artifacts} */
  public Artifacts artifacts() {
    return artifacts;
  }

  /** {@code /v3/cases} */
  public Cases cases() {
    return cases;
  }

  /** {@code /v3/groups} */
  public Groups groups() {
    return groups;
  }

  /** {@code /v3/indicators} */
  public Indicators indicators() {
    return indicators;
  }

  /** {@code /v3/intelRequirements} */
  public IntelRequirements intelRequirements() {
    return intelRequirements;
  }

  /** {@code /v3/victims} */
  public Victims victims() {
    return victims;
  }

  /** {@code /v3/victimAssets} */
  public VictimAssets victimAssets() {
    return victimAssets;
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

    /** The clock that dates HMAC signatures; the system clock by default. */
    Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

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
      OkHttpClient client =
          (httpClient == null ? new OkHttpClient.Builder() : httpClient.newBuilder())
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .addNetworkInterceptor(authentication)
              .build();
      Retrofit retrofit =
          new Retrofit.Builder()
              .baseUrl(baseUrl)
              .client(client)
              .addConverterFactory(new EnvelopeConverters(JacksonConverterFactory.create(Json.mapper())))
              .build();
      return new ThreatConnect(baseUrl, new Transport(retrofit));
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
