package dev.tcpivot;

/**
 * An existing object named by its ID, e.g. {@code GroupRef.id(12)}. Removing an association
 * ({@link Associations#delete}) takes only these, because the API identifies the object to
 * dissociate by ID.
 *
 * @param <T> the response model of the object type
 */
public interface IdRef<T> extends SameOwnerRef<T> {
  /** The object's ID. */
  long id();
}
