package dev.tcpivot;

import java.util.List;

/**
 * Association blocks for a PUT: which objects to link or unlink, and how.
 *
 * <pre>{@code
 * IndicatorUpdate.builder()
 *     .associatedGroups(Associations.delete(GroupRef.id(15)))
 *     .associatedCases(Associations.replace(CaseRef.id(7), NewCase.of("Phishing", CaseSeverity.LOW, CaseStatus.OPEN)))
 *     .build();
 * }</pre>
 *
 * <p>{@link #delete} takes only {@link IdRef}s: the API removes associations by ID, so naming an
 * Indicator by summary or a new object there does not compile. A POST takes refs only, never a
 * block, so the create builders have no method that accepts one. An update setter given refs
 * without a block sends no {@code mode}, which the API treats as append.
 */
public final class Associations {
  private Associations() {}

  /** Links the objects and keeps the existing links. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <R extends Ref<?>> Block<R> append(R... refs) {
    return new Block<>(Mode.APPEND, Checks.wireItems(refs, "refs"));
  }

  /** Links the objects and keeps the existing links. */
  public static <R extends Ref<?>> Block<R> append(List<? extends R> refs) {
    return new Block<>(Mode.APPEND, Checks.wireItems(refs, "refs"));
  }

  /** Removes every existing link of this kind and links the objects instead. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <R extends Ref<?>> Block<R> replace(R... refs) {
    return new Block<>(Mode.REPLACE, Checks.wireItems(refs, "refs"));
  }

  /** Removes every existing link of this kind and links the objects instead. */
  public static <R extends Ref<?>> Block<R> replace(List<? extends R> refs) {
    return new Block<>(Mode.REPLACE, Checks.wireItems(refs, "refs"));
  }

  /** Removes the links to the objects with these IDs. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <R extends IdRef<?>> Block<R> delete(R... refs) {
    return new Block<>(Mode.DELETE, Checks.wireItems(refs, "refs"));
  }

  /** Removes the links to the objects with these IDs. */
  public static <R extends IdRef<?>> Block<R> delete(List<? extends R> refs) {
    return new Block<>(Mode.DELETE, Checks.wireItems(refs, "refs"));
  }
}
