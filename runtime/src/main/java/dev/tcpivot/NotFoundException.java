package dev.tcpivot;

/**
 * HTTP 404: the object does not exist, or is not visible to this API user (v3/http_status_codes.rst:
 * "The requested resource does not exist"). An ID, XID or Indicator summary that names nothing in
 * the owner asked for surfaces here.
 */
public final class NotFoundException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  /**
   * A 404 of one attempt, without advice.
   *
   * @throws IllegalArgumentException if status is not 404
   */
  public NotFoundException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * A 404, with what the caller may do about it and how many times the request was sent.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 404
   */
  public NotFoundException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(Refusals.checked(status, 404, 404, "NotFoundException"), method, path, serverMessage, errorCode,
        advice, attempts, cause);
  }
}
