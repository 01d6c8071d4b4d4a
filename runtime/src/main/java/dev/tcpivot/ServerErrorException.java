package dev.tcpivot;

/**
 * HTTP 5xx: the server failed, not the request: 500 for an unknown internal error, 503 when the
 * instance is not licensed for the API (v3/http_status_codes.rst), 502 and 504 from a gateway in
 * front of it. Those that may pass (all but 501 and 505) are retried as the {@link RetryPolicy}
 * says before this is thrown; {@link #attempts()} tells how many times the request was sent.
 */
public final class ServerErrorException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  /**
   * A 5xx of one attempt, without advice.
   *
   * @throws IllegalArgumentException if status is not 500 to 599
   */
  public ServerErrorException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * A 5xx, with what the caller may do about it and how many times the request was sent.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 500 to 599
   */
  public ServerErrorException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(Refusals.checked(status, 500, 599, "ServerErrorException"), method, path, serverMessage, errorCode,
        advice, attempts, cause);
  }
}
