package dev.tcpivot.internal;

/** An enum whose constants go on the wire as a string other than their Java name. */
public interface WireEnum {
  /** The value exactly as the API spells it, e.g. {@code Deferred / Delayed}. */
  String wireValue();
}
