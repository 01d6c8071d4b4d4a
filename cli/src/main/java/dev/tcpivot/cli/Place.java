package dev.tcpivot.cli;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import java.util.Optional;

/**
 * Where the command sends its requests: the instance that {@code TC_API_URL} and its credentials
 * name, or else an embedded sandbox started for the run and closed with it.
 */
final class Place implements AutoCloseable {
  private final ThreatConnect client;
  private final Sandbox sandbox;

  private Place(ThreatConnect client, Sandbox sandbox) {
    this.client = client;
    this.sandbox = sandbox;
  }

  /**
   * The instance of the environment; without {@code TC_API_URL} a sandbox, which it says on
   * {@code err}.
   *
   * @throws IllegalStateException if {@code TC_API_URL} is set without credentials
   */
  static Place of(Environment env) {
    Optional<ThreatConnect.Builder> instance = ThreatConnect.fromEnvironment(env.variables());
    if (instance.isPresent()) {
      return new Place(instance.get().build(), null);
    }
    Sandbox sandbox = Sandbox.start();
    env.err().println("TC_API_URL is not set: running against an embedded sandbox at " + sandbox.baseUrl()
        + " (its data is gone when the command ends)");
    env.err().flush();
    return new Place(ThreatConnect.builder().baseUrl(sandbox.baseUrl()).hmac(sandbox.accessId(), sandbox.secretKey())
        .build(), sandbox);
  }

  ThreatConnect client() {
    return client;
  }

  /** The owner to write to when none is named: the sandbox's Organization; none for an instance. */
  Optional<String> defaultOwner() {
    return sandbox == null ? Optional.empty() : Optional.of(sandbox.organization().name());
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
