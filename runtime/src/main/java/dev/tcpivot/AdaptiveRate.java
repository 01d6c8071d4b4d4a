package dev.tcpivot;

import java.time.Duration;
import java.util.Optional;

/**
 * The rate half of a {@link RequestBudget}: a token bucket whose rate halves on HTTP 429 and climbs
 * back after quiet periods, as the budget's class comment sets out. Not thread-safe: the budget
 * calls it under its lock, save {@link #started} and {@link #drops}, which take none.
 */
final class AdaptiveRate {
  /** The lowest rate halving reaches, in requests per second. */
  static final double FLOOR_PER_SECOND = 1.0;
  /** How long after a drop the 429s of earlier requests are ignored, unless the Retry-After is longer. */
  static final long IGNORE_NANOS = 2_000_000_000L;
  /** How long without a counted 429 before each step up. */
  static final long QUIET_NANOS = 5_000_000_000L;
  /** The steps from no rate to the rate recovered to: each adds this fraction of it. */
  static final int RECOVERY_STEPS = 10;

  private static final long SECOND = 1_000_000_000L;
  private static final double EPSILON = 1e-9;

  private final double configured;
  private final RecentRate recent;
  // Counted 429s so far; a permit keeps the count at its grant, so that its 429 can be judged.
  private volatile long drops;

  private double rate;
  private double tokens;
  private long refilled;
  private long holdUntil;
  private long ignoreUntil;
  private boolean lowered;
  private double ceiling;
  private long recoverAt;

  /**
   * @param configured the requests per second allowed at most, 0 for no limit
   * @param now the clock's time, in nanoseconds
   */
  AdaptiveRate(double configured, long now) {
    this.configured = configured;
    this.recent = configured == 0 ? new RecentRate(now) : null;
    this.rate = configured;
    this.tokens = Math.max(1, configured);
    this.refilled = now;
    this.holdUntil = now;
    this.ignoreUntil = now;
  }

  /** Whether any rate applies now. */
  boolean limits() {
    return rate > 0;
  }

  /** The requests allowed per second now, {@link Double#POSITIVE_INFINITY} for no limit. */
  double perSecond() {
    return rate == 0 ? Double.POSITIVE_INFINITY : rate;
  }

  /** The 429s counted so far. */
  long drops() {
    return drops;
  }

  /** Whether the rate is below the configured one and waits for its next step up at {@link #recoverAt()}. */
  boolean recovering() {
    return lowered;
  }

  long recoverAt() {
    return recoverAt;
  }

  /** A request started at {@code now}: counted for the observed rate when no rate was configured. */
  void started(long now) {
    if (recent != null) {
      recent.record(now);
    }
  }

  /** Whether a request may start at {@code now} as far as the rate goes. */
  boolean ready(long now) {
    if (rate == 0) {
      return true;
    }
    if (now - holdUntil < 0) {
      return false;
    }
    refill(now);
    return tokens >= 1 - EPSILON;
  }

  /** Spends a token on a request that {@link #ready} let start. */
  void take() {
    if (rate > 0) {
      tokens -= 1;
    }
  }

  /** Returns the token of a request that never started, unless the rate changed since its grant. */
  void refund(long grantedAtDrops) {
    if (rate > 0 && grantedAtDrops == drops) {
      tokens = Math.min(burst(), tokens + 1);
    }
  }

  /** When the next token will be there, {@link #ready} being false at {@code now}. */
  long nextToken(long now) {
    long from = later(later(now, refilled), holdUntil);
    double missing = 1 - tokens;
    return missing <= EPSILON ? from : from + (long) Math.ceil(missing * SECOND / rate);
  }

  /**
   * The server answered 429 at {@code now}.
   *
   * @param grantedAtDrops {@link #drops()} when the refused request was granted, or -1 if not known
   * @param retryAfter the server's Retry-After, or null
   * @return the change to report, or null when the 429 counts with an earlier one and changes nothing
   */
  RateChange tooManyRequests(long now, long grantedAtDrops, Duration retryAfter) {
    long hold = retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? 0 : nanos(retryAfter);
    Optional<Duration> given = hold == 0 ? Optional.empty() : Optional.of(retryAfter);
    boolean counts = grantedAtDrops >= 0 ? grantedAtDrops == drops : now - ignoreUntil >= 0;
    double previous = perSecond();
    if (counts) {
      lower(now);
      hold(now, now + hold);
      ignoreUntil = later(now + IGNORE_NANOS, holdUntil);
      return new RateChange(previous, rate, given, RateChange.Reason.LOWERED);
    }
    if (lowered && hold > 0 && now + hold - holdUntil > 0) {
      hold(now, now + hold);
      return new RateChange(previous, previous, given, RateChange.Reason.LOWERED);
    }
    return null;
  }

  /** One step up, if one is due at {@code now}; null if none is. */
  RateChange recover(long now) {
    if (!lowered || now - recoverAt < 0) {
      return null;
    }
    double previous = perSecond();
    refill(now);
    double raised = rate + ceiling / RECOVERY_STEPS;
    if (raised >= ceiling * (1 - EPSILON)) {
      rate = configured;
      lowered = false;
    } else {
      rate = raised;
      recoverAt = now + QUIET_NANOS;
    }
    return new RateChange(previous, perSecond(), Optional.empty(), RateChange.Reason.RECOVERED);
  }

  private void lower(long now) {
    double from;
    if (rate > 0) {
      refill(now);
      from = rate;
      tokens = Math.min(tokens, 1);
    } else {
      from = Math.max(recent.perSecond(now), FLOOR_PER_SECOND);
      tokens = 1;
      refilled = now;
    }
    if (!lowered) {
      ceiling = configured > 0 ? configured : from;
    }
    rate = Math.min(from, Math.max(from / 2, FLOOR_PER_SECOND));
    lowered = true;
    drops++;
  }

  /** Holds new requests until {@code until}; the wait for a step up starts again from there. */
  private void hold(long now, long until) {
    refill(now);
    holdUntil = later(holdUntil, until);
    refilled = later(refilled, holdUntil);
    ignoreUntil = later(ignoreUntil, holdUntil);
    recoverAt = later(now, holdUntil) + QUIET_NANOS;
  }

  private void refill(long now) {
    if (now - refilled > 0) {
      tokens = Math.min(burst(), tokens + (now - refilled) * rate / SECOND);
      refilled = now;
    }
  }

  private double burst() {
    return Math.max(1, rate);
  }

  private static long later(long a, long b) {
    return a - b >= 0 ? a : b;
  }

  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }
}
