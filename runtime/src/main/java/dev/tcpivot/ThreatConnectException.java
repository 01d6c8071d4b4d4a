package dev.tcpivot;

import java.util.Optional;

/**
 * A request that ThreatConnect refused, or that did not get an answer. Carries the HTTP status
 * (0 when no response arrived), the method and path of the request (never its credentials), and the
 * server's own words: its {@code message} and, when it sent one, its {@code errCode}.
 * {@link NoResponseException} is the kind without a response (status 0).
 *
 * <p>What only the server can know surfaces here: an ID that does not exist, an association to an
 * object in another owner on an endpoint that refuses those, an Indicator-to-Indicator association
 * against the instance's configuration ({@code errCode 0x1001}).
 *
 * <p>A refusal whose HTTP status has a meaning of its own is thrown as a subclass, to catch by
 * meaning: {@link BadRequestException} (400), {@link AuthenticationException} (401),
 * {@link PermissionException} (403), {@link NotFoundException} (404), {@link RateLimitedException}
 * (429) and {@link ServerErrorException} (5xx). Any other status, and an {@code "Error"} envelope in
 * a 2xx response, is thrown as this class itself.
 */
public class ThreatConnectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final String serverMessage;
  private final String errorCode;
  private final int attempts;

  /** A refusal or failure of one attempt, without advice. */
  public ThreatConnectException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, cause);
  }

  /**
   * @param advice what the caller may do about it (e.g. check the local clock), added to the
   *     message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   */
  public ThreatConnectException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    super(describe(status, method, path, serverMessage, errorCode, advice, attempts), cause);
    this.status = status;
    this.method = method;
    this.path = path;
    this.serverMessage = serverMessage;
    this.errorCode = errorCode;
    this.attempts = attempts;
  }

  private static String describe(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts) {
    StringBuilder out = new StringBuilder().append(method).append(' ').append(path).append(": ");
    out.append(status == 0 ? "no response" : "HTTP " + status);
    if (serverMessage != null && !serverMessage.isEmpty()) {
      out.append(": ").append(serverMessage);
    }
    if (errorCode != null) {
      out.append(" (errCode ").append(errorCode).append(')');
    }
    if (advice != null) {
      out.append("; ").append(advice);
    }
    if (attempts > 1) {
      out.append(" (after ").append(attempts).append(" attempts)");
    }
    return out.toString();
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** The request method, e.g. {@code PUT}. */
  public String method() {
    return method;
  }

  /** The request path, e.g. {@code /api/v3/indicators/badguy.com}. */
  public String path() {
    return path;
  }

  /** The server's {@code message}, or a description of what went wrong when it sent none. */
  public String serverMessage() {
    return serverMessage;
  }

  /** How many times the request was sent, retries included. */
  public int attempts() {
    return attempts;
  }

  /** The server's {@code errCode}, a hex string such as {@code 0x1001}, when it sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }
}
