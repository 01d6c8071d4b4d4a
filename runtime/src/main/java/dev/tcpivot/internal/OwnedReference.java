package dev.tcpivot.internal;

import dev.tcpivot.Ref;

/**
 * A ref that names the owner it lives in (or is to be created in), by {@code ownerName} or
 * {@code ownerId}. It is only a {@link Ref}, so endpoints that refuse associations across owners do
 * not accept it.
 */
public final class OwnedReference<T> extends WireObject implements Ref<T> {
  private final String describes;

  public OwnedReference(String describes, Fields fields) {
    super(fields);
    this.describes = describes;
  }

  @Override
  public String toString() {
    return describes + fields();
  }
}
