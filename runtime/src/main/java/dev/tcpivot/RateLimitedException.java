package dev.tcpivot;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the server asks for fewer requests. The {@link RetryPolicy} retries a 429 (after the
 * {@code Retry-After} the server asks for) before this is thrown, so it comes once the attempts or
 * the time allowed ran out ({@link #attempts()}), or at once with {@link RetryPolicy#none()};
 * {@link #retryAfter()} is how long the server asked to wait then.
 */
public final class RateLimitedException extends ThreatConnectException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * A 429 of one attempt, without advice or Retry-After.
   *
   * @throws IllegalArgumentException if status is not 429
   */
  public RateLimitedException(
      int status, String method, String path, String serverMessage, String errorCode, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, null, 1, null, cause);
  }

  /**
   * A 429 without Retry-After, with what the caller may do about it and how many times the request
   * was sent.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @throws IllegalArgumentException if status is not 429
   */
  public RateLimitedException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Throwable cause) {
    this(status, method, path, serverMessage, errorCode, advice, attempts, null, cause);
  }

  /**
   * A 429 with the wait its {@code Retry-After} asked for.
   *
   * @param advice added to the message after the server's words; null for none
   * @param attempts how many times the request was sent, retries included
   * @param retryAfter the wait the server asked for, or null when it gave none
   * @throws IllegalArgumentException if status is not 429, or retryAfter is negative
   */
  public RateLimitedException(
      int status, String method, String path, String serverMessage, String errorCode, String advice,
      int attempts, Duration retryAfter, Throwable cause) {
    super(Refusals.checked(status, 429, 429, "RateLimitedException"), method, path, serverMessage, errorCode,
        advice, attempts, cause);
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked to wait before the next request, from its {@code Retry-After} header
   * (delay-seconds, or an HTTP date counted from when the response arrived; a date already past is
   * zero); empty when it sent none or one that could not be read.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
