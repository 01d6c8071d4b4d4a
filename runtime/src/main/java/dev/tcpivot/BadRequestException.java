package dev.tcpivot;

/**
 * HTTP 400: the request breaks one of the API's rules, and the server's {@link #serverMessage()}
 * says which (v3/http_status_codes.rst: "The response will include a message with details"), with
 * its {@link #errorCode()} when it sends one. This is what an association the server refuses gives
 * (an object in another owner on {@code /v3/victims} or {@code /v3/victimAssets}), as does an
 * Indicator-to-Indicator association that the instance's custom association types do not allow, or
 * that goes the wrong way ({@code errCode 0x1001}, v3/indicators/associations.rst), and an invalid
 * value. The docs do not say which HTTP status comes with an error envelope; one that comes with a
 * status other than 400 is a plain {@link ThreatConnectException}, with the same words and errCode.
 */
public final class BadRequestException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  /**
   * A 400 of one attempt, without advice.
   *
   * @throws IllegalArgumentException if status is not 400
   */
  public BadRequestException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * A 400, with what the caller may do about it and how many times the request was sent.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 400
   */
  public BadRequestException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(Refusals.checked(status, 400, 400, "BadRequestException"), method, path, serverMessage, errorCode,
        advice, attempts, cause);
  }
}
