package dev.tcpivot.internal;

import dev.tcpivot.SameOwnerRef;

/** An existing Indicator named by type and summary field, looked up in the request's owner. */
public final class SummaryReference<T> extends WireObject implements SameOwnerRef<T>, ExistingObject {
  public SummaryReference(Fields fields) {
    super(fields);
  }
}
