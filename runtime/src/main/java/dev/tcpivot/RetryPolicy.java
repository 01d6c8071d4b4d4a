package dev.tcpivot;

import java.time.Duration;

/**
 * When a request that failed is sent again. A request is retried when its failure may pass: HTTP
 * 429 and 503 (after the {@code Retry-After} the server asks for, in seconds or as an HTTP date, or
 * else like the next case), other 5xx except 501 and 505, and a connection that failed, dropped or
 * timed out. Waits between attempts back off exponentially with full jitter (a random wait between
 * zero and {@code initialBackoff * 2^(attempt - 1)}, capped at {@code maxBackoff}); no retry starts
 * past {@code maxAttempts} or past {@code maxElapsed} from the first attempt, and a
 * {@code Retry-After} that would end past it is not waited for.
 *
 * <p>Only requests that leave the same state when repeated are retried by default: GET, OPTIONS,
 * DELETE, and a PUT whose body names only existing objects (by ID, or Indicators by type and
 * summary), sets plain fields, Tags or Security Labels, or replaces or deletes Attributes. A POST,
 * and a PUT that creates an object inside an association, appends Attributes or reports
 * observations or a false positive, could take effect twice; they are retried only after
 * {@link Builder#retryNonIdempotent(boolean) retryNonIdempotent(true)}, except when the connection
 * could not even be opened (nothing was sent then).
 *
 * <pre>{@code
 * ThreatConnect.builder()...retries(RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(5)).build())
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration maxElapsed;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final boolean retryNonIdempotent;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.maxElapsed = builder.maxElapsed;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.retryNonIdempotent = builder.retryNonIdempotent;
  }

  /**
   * The default: up to 4 attempts within 2 minutes, backing off from 500 ms up to 20 s; requests
   * that could take effect twice are not retried.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Every request is sent once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A policy that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many times a request is sent at most, the first time included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** No retry starts (or waits) past this time from the first attempt. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /** The cap of the random wait before the first retry; it doubles for each further one. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The largest cap of a random wait (a {@code Retry-After} may ask for more). */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Whether POSTs and PUTs that could take effect twice are retried too. */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", maxElapsed=" + maxElapsed + ", initialBackoff="
        + initialBackoff + ", maxBackoff=" + maxBackoff + ", retryNonIdempotent=" + retryNonIdempotent + "]";
  }

  /** Collects the settings; each setter checks its argument at once. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration maxElapsed = Duration.ofMinutes(2);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private boolean retryNonIdempotent;

    private Builder() {}

    /** How many times a request is sent at most, the first included: 1 (no retry) or more. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 (one attempt, no retry), not " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** No retry starts, and no wait ends, past this time from the first attempt. */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = positive(maxElapsed, "maxElapsed");
      return this;
    }

    /** The cap of the random wait before the first retry. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /** The largest cap of a random wait. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Whether to retry requests that could take effect twice when a response is lost: every POST
     * (a second Group, Case, ...) and a PUT that creates objects inside an association, appends
     * Attributes or reports observations. Off by default.
     */
    public Builder retryNonIdempotent(boolean retryNonIdempotent) {
      this.retryNonIdempotent = retryNonIdempotent;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must not be less than initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Checks.notNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + value);
      }
      return value;
    }
  }
}
