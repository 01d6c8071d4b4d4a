package dev.tcpivot.samples;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import java.util.Map;

/**
 * Where the walkthrough runs: a real instance when {@code TC_API_URL} and credentials are in the
 * environment, otherwise a sandbox started for the run.
 */
final class Connection implements AutoCloseable {
  private final ThreatConnect client;
  private final String description;
  private final String source;
  private final Sandbox sandbox;

  private Connection(ThreatConnect client, String description, String source, Sandbox sandbox) {
    this.client = client;
    this.description = description;
    this.source = source;
    this.sandbox = sandbox;
  }

  /**
   * {@code TC_API_URL} with {@code TC_ACCESS_ID} and {@code TC_SECRET_KEY} (or {@code TC_API_TOKEN});
   * {@code TC_SOURCE} names a Source the API user can write to ("Demo Source" by default).
   */
  static Connection fromEnvironment(Map<String, String> env) {
    String url = env.get("TC_API_URL");
    String source = env.getOrDefault("TC_SOURCE", "Demo Source");
    if (url == null || url.isBlank()) {
      Sandbox sandbox = Sandbox.start();
      ThreatConnect client =
          ThreatConnect.builder().baseUrl(sandbox.baseUrl()).hmac(sandbox.accessId(), sandbox.secretKey()).build();
      return new Connection(client, "the embedded sandbox at " + sandbox.baseUrl(), source, sandbox);
    }
    ThreatConnect.Builder builder = ThreatConnect.builder().baseUrl(url);
    String token = env.get("TC_API_TOKEN");
    if (token != null && !token.isBlank()) {
      builder.token(token);
    } else {
      String accessId = env.get("TC_ACCESS_ID");
      String secretKey = env.get("TC_SECRET_KEY");
      if (accessId == null || secretKey == null) {
        throw new IllegalStateException(
            "TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN, as well");
      }
      builder.hmac(accessId, secretKey);
    }
    return new Connection(builder.build(), url, source, null);
  }

  ThreatConnect client() {
    return client;
  }

  String description() {
    return description;
  }

  /** The Source new objects are created in when a step names another owner. */
  String source() {
    return source;
  }

  boolean isSandbox() {
    return sandbox != null;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
