package dev.tcpivot;

import java.util.Locale;

/**
 * HTTP 401: the server refused the credentials: an unknown Access ID, a signature that does not
 * match (a badly encoded query string shows up this way, v3/specify_owner.rst), a Timestamp too far
 * from the server's clock ({@link #clockSkew()}), an expired or regenerated token
 * (other/common_errors.rst). The docs also give 401 when the API user has no access to the resource
 * or no permission for the operation attempted on it (v3/http_status_codes.rst), so valid
 * credentials can get this too.
 */
public final class AuthenticationException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  /** The server's words for a Timestamp off by more than 5 minutes (quick_start.rst, Timestamp). */
  private static final String CLOCK_SKEW = "timestamp out of acceptable time range";

  /**
   * A 401 of one attempt, without advice.
   *
   * @throws IllegalArgumentException if status is not 401
   */
  public AuthenticationException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * A 401, with what the caller may do about it and how many times the request was sent.
   *
   * @param advice added to the message after the server's words (e.g. to check the local clock);
   *     null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 401
   */
  public AuthenticationException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(Refusals.checked(status, 401, 401, "AuthenticationException"), method, path, serverMessage,
        errorCode, advice, attempts, cause);
  }

  /**
   * Whether the server refused the HMAC {@code Timestamp} as too far from its own clock ("Timestamp
   * Out of Acceptable Time Range"): the local clock is more than 5 minutes off, and the credentials
   * may well be right.
   */
  public boolean clockSkew() {
    return serverMessage() != null && serverMessage().toLowerCase(Locale.ROOT).contains(CLOCK_SKEW);
  }
}
