package dev.tcpivot.e2e;

import java.util.function.Predicate;

/**
 * An object to associate: the ref a request carries, and how to recognise the object among those
 * read back.
 *
 * @param <T> the response model of the object
 * @param <R> the ref type the request takes
 */
record Target<T, R>(R ref, Predicate<T> isIt) {
  /** The same target where a wider ref type is expected. */
  static <T, R> Target<T, R> widen(Target<T, ? extends R> target) {
    return new Target<>(target.ref(), target.isIt());
  }
}
