package dev.tcpivot;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
   * @throws IllegalArgumentException when a rate is not positive (or infinite), or when {@code
   *     retryAfter} or {@code reason} is null
   */
  public RateChange {
    positive(previousPerSecond, "previousPerSecond");
    positive(currentPerSecond, "currentPerSecond");
    Checks.notNull(retryAfter, "retryAfter");
    Checks.notNull(reason, "reason");
  }

  /** Whether no limit applies from now on. */
  public boolean unlimited() {
    return currentPerSecond == Double.POSITIVE_INFINITY;
  }

  /**
   * E.g. {@code rate lowered from 8 to 4 requests/s, new requests held for 3000 ms (Retry-After)} or
   * {@code rate recovered from 9 requests/s to no limit}.
   */
  @Override
  public String toString() {
    String rates = unlimited() || previousPerSecond == Double.POSITIVE_INFINITY
        ? perSecond(previousPerSecond) + " to " + perSecond(currentPerSecond)
        : number(previousPerSecond) + " to " + perSecond(currentPerSecond);
    String change = "rate " + reason.name().toLowerCase(Locale.ROOT) + " from " + rates;
    return retryAfter
        .map(wait -> change + ", new requests held for " + wait.toMillis() + " ms (Retry-After)")
        .orElse(change);
  }

  private static void positive(double rate, String name) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException(name + " must be positive, or infinite for no limit, not " + rate);
    }
  }

  private static String perSecond(double rate) {
    return rate == Double.POSITIVE_INFINITY ? "no limit" : number(rate) + " requests/s";
  }

  private static String number(double rate) {
    return new BigDecimal(rate).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
