package dev.tcpivot.internal;

/** A request body assembled field by field, as the implementations of declared clients build them. */
public final class RequestBody extends WireObject {
  public RequestBody(Fields fields) {
    super(fields);
  }
}
