package dev.tcpivot;

/**
 * HTTP 403: the owner the request names does not exist, or the API user has no access to it
 * (v3/http_status_codes.rst). The API also answers 403 to a request that is not made over HTTPS or
 * not authenticated by a supported method (quick_start.rst).
 */
public final class PermissionException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  /**
   * A 403 of one attempt, without advice.
   *
   * @throws IllegalArgumentException if status is not 403
   */
  public PermissionException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * A 403, with what the caller may do about it and how many times the request was sent.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 403
   */
  public PermissionException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(Refusals.checked(status, 403, 403, "PermissionException"), method, path, serverMessage, errorCode,
        advice, attempts, cause);
  }
}
