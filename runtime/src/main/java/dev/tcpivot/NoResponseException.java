package dev.tcpivot;

/**
 * A request that got no complete response: the connection could not be opened, was dropped (before
 * or while the response was read), or timed out ({@link #timedOut()}). {@link #status()} is 0. When
 * the connection dropped after the request was sent, the server may have applied it.
 */
public final class NoResponseException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  /**
   * @param description what happened, e.g. {@code SocketTimeoutException: timeout}
   * @param attempts how many times the request was sent
   */
  public NoResponseException(
      String method, String path, String description, boolean timedOut, int attempts, Throwable cause) {
    super(0, method, path, description, null, null, attempts, cause);
    this.timedOut = timedOut;
  }

  /** Whether the connection or a read timed out (the builder's connect and read timeouts). */
  public boolean timedOut() {
    return timedOut;
  }
}
