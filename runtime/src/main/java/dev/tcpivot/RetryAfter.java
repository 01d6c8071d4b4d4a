package dev.tcpivot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The wait that a refused response's {@code Retry-After} asks for, read the way {@link Retries}
 * reads it before a retry (delay-seconds or an HTTP date, on a 429 or 503), so that the exception
 * and the retries agree. An HTTP date counts from the moment the response arrived.
 */
final class RetryAfter {
  private RetryAfter() {}

  /** The wait, or null when the response asks for none (or another status). */
  static Duration of(okhttp3.Response response) {
    long arrived = response.receivedResponseAtMillis();
    Clock clock = arrived > 0 ? Clock.fixed(Instant.ofEpochMilli(arrived), ZoneOffset.UTC) : Clock.systemUTC();
    return Retries.retryAfter(response, clock);
  }
}
