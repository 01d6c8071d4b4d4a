package dev.tcpivot.internal;

import dev.tcpivot.Block;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers of the generated request builders: list copies, repeated setters and type checks. */
public final class Requests {
  private Requests() {}

  /** A non-empty list without nulls, copied. */
  public static <T> List<T> list(T[] items, String name) {
    Checks.notNull(items, name);
    return list(Arrays.asList(items), name);
  }

  /** A non-empty list without nulls, copied. */
  public static <T> List<T> list(List<? extends T> items, String name) {
    Checks.notNull(items, name);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty: name at least one");
    }
    List<T> copy = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      copy.add(Checks.tcpivotRef(items.get(i), name + "[" + i + "]"));
    }
    return copy;
  }

  /** A list of at least one item: the first, then the rest; none may be null. */
  public static <T> List<T> list(T first, T[] more, String name) {
    Checks.notNull(first, name + "[0]");
    Checks.notNull(more, name);
    List<T> all = new ArrayList<>(more.length + 1);
    all.add(first);
    for (int i = 0; i < more.length; i++) {
      all.add(Checks.notNull(more[i], name + "[" + (i + 1) + "]"));
    }
    return all;
  }

  /** Items without a mode, added after those a previous call set on the same field. */
  public static DataList refs(Object current, Object[] items, String field) {
    Checks.notNull(items, field);
    return refs(current, Arrays.asList(items), field);
  }

  /** Items without a mode, added after those a previous call set on the same field. */
  public static DataList refs(Object current, List<?> items, String field) {
    List<Object> all = new ArrayList<>();
    if (current instanceof DataList) {
      all.addAll(((DataList) current).items());
    } else if (current != null) {
      throw new IllegalStateException(
          field + " already has a block with a mode; put every item of this field in that block");
    }
    all.addAll(list(items, field));
    return new DataList(all);
  }

  /** A block; a field carries one block and nothing else. */
  public static Block<?> block(Object current, Block<?> block, String field) {
    Checks.notNull(block, field);
    if (current != null) {
      throw new IllegalStateException(
          field + " is already set; a request carries one block per field, so put every item in it");
    }
    return block;
  }

  /** Refuses a field that does not apply to the object's type. */
  public static void requireType(String type, String field, String objects, String... types) {
    for (String allowed : types) {
      if (allowed.equals(type)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        field + " applies to " + String.join(", ", types) + " " + objects + ", not to " + type);
  }

  /**
   * A value as one path segment: every byte of its UTF-8 form other than letters, digits and
   * {@code -._~} as {@code %XX}, so {@code "AAAA : BBBB"} goes as {@code AAAA%20%3A%20BBBB}
   * (v3/indicators/mergeFileHashes.rst) and {@code /}, {@code ?}, {@code #} stay inside the segment.
   */
  public static String pathSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The wire names of {@code fields} values, in order. */
  public static List<String> fieldNames(FieldName... fields) {
    Checks.elements(fields, "fields");
    List<String> names = new ArrayList<>(fields.length);
    for (FieldName field : fields) {
      names.add(field.wireName());
    }
    return names;
  }
}
