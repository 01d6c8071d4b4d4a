package dev.tcpivot.internal;

import dev.tcpivot.Ref;

/**
 * A ref that names the owner it lives in (or is to be created in), by {@code ownerName} or
 * {@code ownerId}. It is only a {@link Ref}, so endpoints that refuse associations across owners do
 * not accept it. Made from an existing object's ref it stays an {@link ExistingObject}; made from a
 * new object it does not.
 */
public class OwnedReference<T> extends WireObject implements Ref<T> {
  private final String describes;

  /** A new object to be created in the named owner. */
  public OwnedReference(String describes, Fields fields) {
    super(fields);
    this.describes = Checks.notNull(describes, "describes");
  }

  /**
   * The ref {@code from} in the owner its {@code fields} name: existing if {@code from} names an
   * existing object, new otherwise.
   *
   * @param describes the factory class of {@code from}, for {@link #toString()}
   */
  public static <T> Ref<T> of(Ref<T> from, String describes, Fields fields) {
    Checks.notNull(from, "from");
    return from instanceof ExistingObject ? existing(describes, fields) : new OwnedReference<>(describes, fields);
  }

  /** An existing object looked up in the owner its {@code fields} name. */
  public static <T> Ref<T> existing(String describes, Fields fields) {
    return new Existing<>(describes, fields);
  }

  @Override
  public String toString() {
    return describes + fields();
  }

  private static final class Existing<T> extends OwnedReference<T> implements ExistingObject {
    Existing(String describes, Fields fields) {
      super(describes, fields);
    }
  }
}
