package dev.tcpivot.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults on demand, to test a client's own error handling: the next requests that match a method
 * and a path pattern get an error status, a late answer, or a dropped connection.
 *
 * <pre>{@code
 * sandbox.faults().next(3).matching("PUT", "/v3/groups/*").respond(429).retryAfter(Duration.ofSeconds(1));
 * sandbox.faults().next(1).matching("GET", "/v3/indicators").respond(503);
 * sandbox.faults().next(2).matching("*", "/v3/**").delay(Duration.ofMillis(300));
 * sandbox.faults().next(1).anyRequest().dropConnection();
 * }</pre>
 *
 * <p>A path pattern is below the API root unless it starts with {@code /api/}; {@code *} stands for
 * one path segment and {@code **} for any number of them; the query string plays no part. The
 * method is an HTTP method or {@code *} for any. A fault takes effect before authentication and
 * before the request reaches the store (a delayed request is then answered as usual), and each
 * request that takes one counts once; faults armed earlier are tried first. Every request is still
 * recorded in the {@link Journal}. Arm faults before sending the requests they are meant for; this
 * class is safe to use from many threads at once.
 */
public final class Faults {
  private final List<Fault> armed = new CopyOnWriteArrayList<>();

  Faults() {}

  /**
   * The next {@code count} requests that match what follows.
   *
   * @throws IllegalArgumentException if count is less than 1
   */
  public Selection next(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return new Selection(count);
  }

  /** Disarms every fault. */
  public void clear() {
    armed.clear();
  }

  /** How many requests the armed faults are still waiting for, in all. */
  public int pending() {
    return armed.stream().mapToInt(Fault::remaining).sum();
  }

  /** The fault a request takes, if one matches and has requests left. */
  Optional<Fault> take(String method, String rawPath) {
    for (Fault fault : armed) {
      if (fault.take(method, rawPath)) {
        if (fault.spent()) {
          armed.remove(fault);
        }
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  private Fault arm(Fault fault) {
    armed.add(fault);
    return fault;
  }

  /** How many requests; next, which ones. */
  public final class Selection {
    private final int count;

    private Selection(int count) {
      this.count = count;
    }

    /**
     * Requests of this method ({@code *} for any) whose path matches the pattern, e.g. {@code
     * /v3/groups/*}.
     *
     * @throws IllegalArgumentException if the pattern does not start with {@code /}
     */
    public Action matching(String method, String pathPattern) {
      Objects.requireNonNull(method, "method");
      if (method.isBlank()) {
        throw new IllegalArgumentException("method must be an HTTP method or *, was blank");
      }
      return new Action(count, method.toUpperCase(Locale.ROOT), PathPattern.of(pathPattern));
    }

    /** Any request. */
    public Action anyRequest() {
      return new Action(count, "*", PathPattern.of("/**"));
    }
  }

  /** What the selected requests get; each method arms the fault at once. */
  public final class Action {
    private final int count;
    private final String method;
    private final PathPattern path;

    private Action(int count, String method, PathPattern path) {
      this.count = count;
      this.method = method;
      this.path = path;
    }

    /**
     * An error status (400 to 599) with the API's error envelope, {@code {"message": ...,
     * "status": "Error"}}, e.g. 429, 500 or 503.
     *
     * @throws IllegalArgumentException for a status outside 400 to 599
     */
    public Status respond(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("a fault's status is 400 to 599, was " + status);
      }
      return new Status(arm(new Fault(method, path, count, Fault.Kind.STATUS, status, null)));
    }

    /** The usual answer, after this delay. */
    public void delay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, was " + delay);
      }
      arm(new Fault(method, path, count, Fault.Kind.DELAY, 0, delay));
    }

    /** No answer: the connection closes once the request has been read. */
    public void dropConnection() {
      arm(new Fault(method, path, count, Fault.Kind.DROP, 0, null));
    }
  }

  /** An armed error status, which may ask the client to wait. */
  public static final class Status {
    private final Fault fault;

    private Status(Fault fault) {
      this.fault = fault;
    }

    /**
     * Sends {@code Retry-After} with the status, in whole seconds (rounded up), as RFC 9110 10.2.3
     * writes delay-seconds.
     */
    public Status retryAfter(Duration wait) {
      Objects.requireNonNull(wait, "wait");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("Retry-After must not be negative, was " + wait);
      }
      fault.retryAfter(wait);
      return this;
    }
  }
}
