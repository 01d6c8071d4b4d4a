package dev.tcpivot;

import java.util.List;

/**
 * Metadata blocks for a PUT: Tags, Security Labels or Attributes, and what to do with them.
 * Unlike associations, Tags and Security Labels are removed by name.
 *
 * <pre>{@code
 * GroupUpdate.builder()
 *     .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
 *     .tags(Metadata.append(Tag.of("Russia")))
 *     .build();
 * }</pre>
 */
public final class Metadata {
  private Metadata() {}

  /** Adds the items and keeps the existing ones. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <T extends MetadataItem> Block<T> append(T... items) {
    return new Block<>(Mode.APPEND, Checks.wireItems(items, "items"));
  }

  /** Adds the items and keeps the existing ones. */
  public static <T extends MetadataItem> Block<T> append(List<? extends T> items) {
    return new Block<>(Mode.APPEND, Checks.wireItems(items, "items"));
  }

  /** Removes every existing item of this kind and puts these in their place. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <T extends MetadataItem> Block<T> replace(T... items) {
    return new Block<>(Mode.REPLACE, Checks.wireItems(items, "items"));
  }

  /** Removes every existing item of this kind and puts these in their place. */
  public static <T extends MetadataItem> Block<T> replace(List<? extends T> items) {
    return new Block<>(Mode.REPLACE, Checks.wireItems(items, "items"));
  }

  /** Removes the items. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <T extends MetadataItem> Block<T> delete(T... items) {
    return new Block<>(Mode.DELETE, Checks.wireItems(items, "items"));
  }

  /** Removes the items. */
  public static <T extends MetadataItem> Block<T> delete(List<? extends T> items) {
    return new Block<>(Mode.DELETE, Checks.wireItems(items, "items"));
  }
}
