package dev.tcpivot.e2e;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names, addresses and summaries that no other test uses, so that tests sharing one sandbox never
 * see each other's objects.
 */
final class Unique {
  private static final AtomicLong COUNTER = new AtomicLong();

  private Unique() {}

  static long next() {
    return COUNTER.incrementAndGet();
  }

  /** {@code "Bad Guy 17"}. */
  static String name(String prefix) {
    return prefix + " " + next();
  }

  /** {@code "badguy17.com"}. */
  static String host() {
    return "badguy" + next() + ".com";
  }

  /** {@code "10.0.0.17"}: an IPv4 address of the private range, one per call. */
  static String ip() {
    long n = next();
    return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
  }

  /** {@code "badguy17@bad.com"}. */
  static String email() {
    return "badguy" + next() + "@bad.com";
  }

  /** {@code "http://badguy17.com/index.html"}. */
  static String url() {
    return "http://badguy" + next() + ".com/index.html";
  }
}
