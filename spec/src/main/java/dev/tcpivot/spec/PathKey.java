package dev.tcpivot.spec;

/** How a request path may name one object of an endpoint. */
public enum PathKey {
  /** By its numeric ID: {@code /v3/groups/12}. */
  ID,
  /** By its summary, Indicators only: {@code /v3/indicators/badguy.com}. */
  SUMMARY,
  /** By its XID within an owner, which the {@code owner} query parameter names. */
  XID
}
