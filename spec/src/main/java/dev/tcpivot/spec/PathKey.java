package dev.tcpivot.spec;

/** How a request path may name one object of an endpoint. */
public enum PathKey {
  /** By its numeric ID: {@code /v3/groups/12}. */
  ID,
  /** By its summary, Indicators only: {@code /v3/indicators/badguy.com}. */
  SUMMARY
}
