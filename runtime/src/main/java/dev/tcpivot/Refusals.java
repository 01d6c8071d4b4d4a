package dev.tcpivot;

import java.time.Duration;

/**
 * Picks the {@link ThreatConnectException} subclass that says what an HTTP refusal means, by its
 * status (v3/http_status_codes.rst): 400, 401, 403, 404, 429 and 5xx have their own; any other
 * status, and an {@code "Error"} envelope in a 2xx response, stay a plain one.
 */
final class Refusals {
  private Refusals() {}

  /**
   * The exception for a refusal.
   *
   * @param retryAfter the wait a 429's {@code Retry-After} asks for, or null
   */
  static ThreatConnectException of(
      int status, String method, String path, String serverMessage, String errCode, String advice,
      int attempts, Duration retryAfter, Throwable cause) {
    if (status >= 500 && status <= 599) {
      return new ServerErrorException(status, method, path, serverMessage, errCode, advice, attempts, cause);
    }
    return switch (status) {
      case 400 -> new BadRequestException(status, method, path, serverMessage, errCode, advice, attempts, cause);
      case 401 -> new AuthenticationException(status, method, path, serverMessage, errCode, advice, attempts, cause);
      case 403 -> new PermissionException(status, method, path, serverMessage, errCode, advice, attempts, cause);
      case 404 -> new NotFoundException(status, method, path, serverMessage, errCode, advice, attempts, cause);
      case 429 ->
          new RateLimitedException(status, method, path, serverMessage, errCode, advice, attempts, retryAfter, cause);
      default -> new ThreatConnectException(status, method, path, serverMessage, errCode, advice, attempts, cause);
    };
  }

  /**
   * The status a subclass is built with, checked against the ones it stands for.
   *
   * @throws IllegalArgumentException naming the type and the statuses it takes
   */
  static int checked(int status, int min, int max, String type) {
    if (status < min || status > max) {
      throw new IllegalArgumentException("status of a " + type + " must be "
          + (min == max ? Integer.toString(min) : min + " to " + max) + ", was " + status);
    }
    return status;
  }
}
