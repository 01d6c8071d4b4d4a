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
      copy.add(Checks.tcpivotRef(items.get(i), name, i));
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
      all.add(Checks.notNull(more[i], name, i + 1));
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

  /** The owner a request needs, e.g. for an XID, which names an object only within its owner. */
  public static void requireOwner(String owner, String what) {
    if (owner == null) {
      throw new IllegalStateException(
          "a " + what + " names an object only within its owner (the owner query parameter); call"
              + " inOwner(ownerName) first");
    }
  }

  /** Refuses a value outside the listed ones, naming them. */
  public static void requireOneOf(String value, String name, String... allowed) {
    Checks.notNull(value, name);
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        name + " '" + value + "' is not one of " + String.join(", ", allowed));
  }

  /**
   * A copy of JSON-ready data: maps with string keys, lists, strings, numbers, booleans and
   * nulls inside containers. Anything else (a bean, a date) is refused, so what goes on the wire
   * is exactly what was given.
   */
  public static Object json(Object value, String name) {
    Checks.notNull(value, name);
    return copyJson(value, name);
  }

  private static Object copyJson(Object value, String path) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof java.util.Map) {
      java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
      for (java.util.Map.Entry<?, ?> entry : ((java.util.Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + " has a key that is not a string: " + entry.getKey());
        }
        String key = (String) entry.getKey();
        copy.put(key, copyJson(entry.getValue(), path + "." + key));
      }
      return java.util.Collections.unmodifiableMap(copy);
    }
    if (value instanceof java.util.List) {
      List<Object> copy = new ArrayList<>();
      int i = 0;
      for (Object item : (java.util.List<?>) value) {
        copy.add(copyJson(item, path + "[" + i++ + "]"));
      }
      return java.util.Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        path + " is a " + value.getClass().getName()
            + "; give maps, lists, strings, numbers and booleans");
  }
}
