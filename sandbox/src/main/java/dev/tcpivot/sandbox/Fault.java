package dev.tcpivot.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One armed fault: what the next {@code remaining} requests that match {@code method} and {@code
 * path} get instead of (or, for a delay, before) their answer. Thread-safe.
 */
final class Fault {
  enum Kind {
    /** An error status with the API's error envelope. */
    STATUS,
    /** The usual answer, late. */
    DELAY,
    /** The connection closed without an answer. */
    DROP
  }

  private final String method;
  private final PathPattern path;
  private final AtomicInteger remaining;
  private final Kind kind;
  private final int status;
  private final Duration delay;
  private volatile Duration retryAfter;

  Fault(String method, PathPattern path, int count, Kind kind, int status, Duration delay) {
    this.method = method;
    this.path = path;
    this.remaining = new AtomicInteger(count);
    this.kind = kind;
    this.status = status;
    this.delay = delay;
  }

  /** Takes one of the remaining requests if this one matches; false when it does not or none is left. */
  boolean take(String requestMethod, String rawPath) {
    if (!(method.equals("*") || method.equalsIgnoreCase(requestMethod)) || !path.matches(rawPath)) {
      return false;
    }
    return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  boolean spent() {
    return remaining.get() == 0;
  }

  int remaining() {
    return remaining.get();
  }

  Kind kind() {
    return kind;
  }

  int status() {
    return status;
  }

  Duration delay() {
    return delay;
  }

  /** The {@code Retry-After} to send with the status, or null. */
  Duration retryAfter() {
    return retryAfter;
  }

  void retryAfter(Duration value) {
    retryAfter = value;
  }

  /** The error envelope's message, naming the fault so nobody mistakes it for a real refusal. */
  String message() {
    return "The sandbox was asked to answer " + method + " " + path + " with HTTP " + status;
  }
}
