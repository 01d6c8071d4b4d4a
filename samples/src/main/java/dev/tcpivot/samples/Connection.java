package dev.tcpivot.samples;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Where the walkthrough runs: a real instance when {@code TC_API_URL} and credentials are in the
 * environment, otherwise a sandbox started for the run.
 */
final class Connection implements AutoCloseable {
  private final Supplier<ThreatConnect.Builder> settings;
  private final ThreatConnect client;
  private final String description;
  private final String source;
  private final Sandbox sandbox;

  private Connection(Supplier<ThreatConnect.Builder> settings, String description, String source, Sandbox sandbox) {
    this.settings = settings;
    this.client = settings.get().build();
    this.description = description;
    this.source = source;
    this.sandbox = sandbox;
  }

  /**
   * {@code TC_API_URL} with {@code TC_ACCESS_ID} and {@code TC_SECRET_KEY} (or {@code TC_API_TOKEN});
   * {@code TC_SOURCE} names a Source the API user can write to ("Demo Source" by default).
   */
  static Connection fromEnvironment(Map<String, String> env) {
    String source = env.getOrDefault("TC_SOURCE", "Demo Source");
    if (ThreatConnect.fromEnvironment(env).isEmpty()) {
      Sandbox sandbox = Sandbox.start();
      return new Connection(
          () -> ThreatConnect.builder().baseUrl(sandbox.baseUrl()).hmac(sandbox.accessId(), sandbox.secretKey()),
          "the embedded sandbox at " + sandbox.baseUrl(), source, sandbox);
    }
    // A new builder each time, so that a client with a budget leaves the first one as it was.
    return new Connection(() -> ThreatConnect.fromEnvironment(env).orElseThrow(), env.get("TC_API_URL").strip(), source, null);
  }

  ThreatConnect client() {
    return client;
  }

  /** Another client to the same place that never has more than this many requests in flight. */
  ThreatConnect clientWithBudget(int maxConcurrentRequests) {
    return settings.get().maxConcurrentRequests(maxConcurrentRequests).build();
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

  /** Starts counting anew how many requests the sandbox answers at once; nothing for an instance. */
  void countConcurrencyFromNow() {
    if (sandbox != null) {
      sandbox.journal().clear();
    }
  }

  /** The most requests the sandbox answered at once since counting started; empty for an instance. */
  OptionalInt peakConcurrency() {
    return sandbox == null ? OptionalInt.empty() : OptionalInt.of(sandbox.journal().peakConcurrency());
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
