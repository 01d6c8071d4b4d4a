package dev.tcpivot;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A change of the rate at which the client starts requests. ThreatConnect publishes no rate limit,
 * so the client holds itself back: it lowers its rate when the server answers HTTP 429 Too Many
 * Requests, and raises it again step by step after quiet periods, back to the rate set with
 * {@code maxRequestsPerSecond} (or back to no limit when none was set).
 *
 * <p>A rate with no limit is {@link Double#POSITIVE_INFINITY}, so that a lowered rate is always
 * smaller than the one before it and a recovered rate always larger.
 *
 * @param previousPerSecond the requests per second allowed before the change, {@link
 *     Double#POSITIVE_INFINITY} for no limit
 * @param currentPerSecond the requests per second allowed from now on, {@link
 *     Double#POSITIVE_INFINITY} for no limit
 * @param retryAfter the server's {@code Retry-After} when the rate was lowered with one: no new
 *     request starts before it has passed; empty otherwise
 * @param reason why the rate changed
 */
public record RateChange(
    double previousPerSecond, double currentPerSecond, Optional<Duration> retryAfter, Reason reason) {

  /** Why the rate changed. */
  public enum Reason {
    /** The server answered HTTP 429 Too Many Requests: the rate went down, or new requests wait longer. */
    LOWERED,
    /** No request was refused for a while: the rate went up one step. */
    RECOVERED
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when {@code retryAfter} or {@code reason} is null
   */
  public RateChange {
    Checks.notNull(retryAfter, "retryAfter");
    Checks.notNull(reason, "reason");
  }

  /** Whether no limit applies from now on. */
  public boolean unlimited() {
    return currentPerSecond == Double.POSITIVE_INFINITY;
  }

  /** E.g. {@code rate lowered from 8 to 4 requests/s, new requests held for 3000 ms (Retry-After)}. */
  @Override
  public String toString() {
    String change = "rate " + reason.name().toLowerCase(Locale.ROOT) + " from " + perSecond(previousPerSecond)
        + " to " + perSecond(currentPerSecond);
    return retryAfter
        .map(wait -> change + ", new requests held for " + wait.toMillis() + " ms (Retry-After)")
        .orElse(change);
  }

  private static String perSecond(double rate) {
    if (rate == Double.POSITIVE_INFINITY) {
      return "no limit";
    }
    String number = rate == Math.rint(rate)
        ? Long.toString((long) rate)
        : String.format(Locale.ROOT, "%.2f", rate).replaceAll("0+$", "");
    return number + " requests/s";
  }
}
