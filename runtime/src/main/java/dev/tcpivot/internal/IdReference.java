package dev.tcpivot.internal;

import dev.tcpivot.IdRef;

/** An existing object named by ID; goes on the wire as {@code {"id": 12}}. */
public final class IdReference<T> implements IdRef<T>, ExistingObject {
  private final String factory;
  private final long id;

  /**
   * @param factory the factory that made it, for {@link #toString()}, e.g. {@code GroupRef}
   */
  public IdReference(String factory, long id) {
    this.factory = factory;
    this.id = Checks.id(id, "id");
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdReference
        && ((IdReference<?>) o).id == id
        && ((IdReference<?>) o).factory.equals(factory);
  }

  @Override
  public int hashCode() {
    return factory.hashCode() * 31 + Long.hashCode(id);
  }

  @Override
  public String toString() {
    return factory + ".id(" + id + ")";
  }
}
