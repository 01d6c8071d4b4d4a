package dev.tcpivot;

import java.time.Duration;

/**
 * A retry about to happen: which request failed, how, and how long the client waits before sending
 * it again. Carries no header and no body, so no credential.
 *
 * @param method the request method, e.g. {@code GET}
 * @param path the request path, e.g. {@code /api/v3/groups/12}
 * @param attempt the attempt that failed, 1 for the first
 * @param maxAttempts the most attempts the policy allows
 * @param status the HTTP status of the failed attempt, 0 when no complete response arrived
 * @param reason what failed, e.g. {@code HTTP 503} or {@code SocketTimeoutException: timeout}
 * @param delay the wait before the next attempt
 * @param retryAfter whether the wait is the server's {@code Retry-After}
 */
public record RetryEvent(
    String method,
    String path,
    int attempt,
    int maxAttempts,
    int status,
    String reason,
    Duration delay,
    boolean retryAfter) {

  @Override
  public String toString() {
    return method + " " + path + ": " + reason + "; attempt " + (attempt + 1) + " of " + maxAttempts + " in "
        + delay.toMillis() + " ms" + (retryAfter ? " (Retry-After)" : "");
  }
}
