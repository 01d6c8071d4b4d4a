package dev.tcpivot;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls of one endpoint copy, without building another client:
 *
 * <pre>{@code
 * Groups quick = tc.groups().with(CallOptions.builder()
 *     .timeout(Duration.ofSeconds(5))      // the whole call, retries and their waits included
 *     .noRetries()                         // one attempt, whatever the client's RetryPolicy says
 *     .owner("Demo Source")                // ?owner=, like inOwner(...)
 *     .createActivityLog(true)             // ?createActivityLog=true (v3/create_activity_logs.rst)
 *     .build());
 * quick.update(12, GroupUpdate.builder().name("renamed").build());
 * }</pre>
 *
 * <p>An endpoint copy keeps the options for every call it makes, its pages included. Options left
 * unset take the client's settings. Immutable and thread-safe.
 */
public final class CallOptions {
  private static final CallOptions DEFAULTS = new CallOptions(null, false, null, false, false);

  private final Duration timeout;
  private final boolean noRetries;
  private final String owner;
  private final boolean createActivityLog;
  // Set only on the options of an asynchronous endpoint: its retries and budget are run by the
  // caller of the request, on a timer, rather than by the blocking interceptors.
  private final boolean async;

  private CallOptions(Duration timeout, boolean noRetries, String owner, boolean createActivityLog, boolean async) {
    this.timeout = timeout;
    this.noRetries = noRetries;
    this.owner = owner;
    this.createActivityLog = createActivityLog;
    this.async = async;
  }

  /** No per-call settings: the client's timeouts and retry policy, the endpoint's owner, no activity log. */
  public static CallOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The longest a whole call may take, retries and waits included; empty for no limit of its own. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Whether each request is sent once, whatever the client's {@link RetryPolicy} says. */
  public boolean noRetries() {
    return noRetries;
  }

  /** The owner every request is made in ({@code ?owner=}); empty for the endpoint's own. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** Whether requests carry {@code ?createActivityLog=true}. */
  public boolean createActivityLog() {
    return createActivityLog;
  }

  /** The options a request carries as its tag, or the defaults. */
  static CallOptions of(okhttp3.Request request) {
    CallOptions options = request.tag(CallOptions.class);
    return options == null ? DEFAULTS : options;
  }

  boolean async() {
    return async;
  }

  /** These options for an asynchronous endpoint. */
  CallOptions forAsync() {
    return async ? this : new CallOptions(timeout, noRetries, owner, createActivityLog, true);
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.noRetries = noRetries;
    builder.owner = owner;
    builder.createActivityLog = createActivityLog;
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallOptions other
        && Objects.equals(timeout, other.timeout)
        && noRetries == other.noRetries
        && Objects.equals(owner, other.owner)
        && createActivityLog == other.createActivityLog
        && async == other.async;
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, noRetries, owner, createActivityLog, async);
  }

  @Override
  public String toString() {
    return "CallOptions[timeout=" + timeout + ", noRetries=" + noRetries + ", owner=" + owner
        + ", createActivityLog=" + createActivityLog + "]";
  }

  /** Collects per-call settings; every one is optional. */
  public static final class Builder {
    private Duration timeout;
    private boolean noRetries;
    private String owner;
    private boolean createActivityLog;

    private Builder() {}

    /**
     * The longest a whole call may take: connecting, sending, reading, and every retry and wait.
     * A call that passes it fails with a {@link NoResponseException} whose {@code timedOut()} is
     * true; an asynchronous call's future completes so.
     */
    public Builder timeout(Duration timeout) {
      Checks.notNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Sends each request once: a failure that could pass is reported, not retried. */
    public Builder noRetries() {
      this.noRetries = true;
      return this;
    }

    /** Makes every request in the named Community or Source ({@code ?owner=}). */
    public Builder owner(String ownerName) {
      this.owner = Checks.notBlank(ownerName, "ownerName");
      return this;
    }

    /**
     * Whether ThreatConnect writes an entry in the Organization's Activity log for each request
     * ({@code ?createActivityLog=true}); false by default, which suits bulk writes.
     */
    public Builder createActivityLog(boolean createActivityLog) {
      this.createActivityLog = createActivityLog;
      return this;
    }

    /** The options. */
    public CallOptions build() {
      return new CallOptions(timeout, noRetries, owner, createActivityLog, false);
    }
  }
}
