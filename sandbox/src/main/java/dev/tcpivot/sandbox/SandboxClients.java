package dev.tcpivot.sandbox;

import dev.tcpivot.ThreatConnect;

/** Clients of a sandbox; loaded only when asked for, since the runtime is an optional dependency. */
final class SandboxClients {
  private SandboxClients() {}

  /** A client signed in to the sandbox with its provisioned API user's Access ID and Secret Key. */
  static ThreatConnect threatConnect(Sandbox sandbox) {
    return ThreatConnect.builder()
        .baseUrl(sandbox.baseUrl())
        .hmac(sandbox.accessId(), sandbox.secretKey())
        .build();
  }
}
