package dev.tcpivot;

import dev.tcpivot.spec.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument checks of the runtime and of the code it generates. Each failure is an
 * {@link IllegalArgumentException} that names the parameter, thrown before any request is built.
 */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** {@link #notNull(Object, String)} for item {@code index} of the list {@code list}. */
  static <T> T notNull(T value, String list, int index) {
    return value != null ? value : notNull(value, list + "[" + index + "]");
  }

  static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** An object ID: the API numbers objects from 1. */
  static long id(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be a positive ID, not " + value);
    }
    return value;
  }

  /** {@link #id(long, String)} for item {@code index} of the list {@code list}, named only on failure. */
  static long id(Long value, String list, int index) {
    return value != null && value > 0 ? value : id(notNull(value, list, index), list + "[" + index + "]");
  }

  /** Every element of an array: not null. Returns the array. */
  static <T> T[] elements(T[] values, String name) {
    notNull(values, name);
    for (int i = 0; i < values.length; i++) {
      notNull(values[i], name, i);
    }
    return values;
  }

  /**
   * An Indicator summary for a path: not blank, and not all digits, because the API reads a
   * numeric path segment as an ID.
   */
  static String summary(String value, String name) {
    notBlank(value, name);
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          name + " '" + value + "' would name a directory of the URL path, not an Indicator");
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          name + " '" + value + "' is all digits, which the API reads as an ID; pass a long to name an"
              + " object by ID");
    }
    return value;
  }

  /**
   * A value in the format the tables give its field (a Host name in ASCII, an ASN as
   * {@code ASN12345}, ...): not null, not blank unless the format allows it, and not refused by it.
   */
  static String format(ValueFormat format, String value, String name) {
    notNull(value, name);
    if (!format.blankAllowed()) {
      notBlank(value, name);
    }
    String refused = format.message(name, value);
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
    return value;
  }

  /** Refuses a value outside the listed ones, naming them. */
  static String oneOf(String value, String name, String... allowed) {
    notNull(value, name);
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        name + " '" + value + "' is not one of " + String.join(", ", allowed));
  }

  /**
   * A non-empty copy of {@code items} in which every item is a value the SDK can send: a ref,
   * new object or metadata item made by tcpivot. {@code Ref} and {@code MetadataItem} are
   * interfaces only so that the compiler can check what goes where; an implementation from
   * elsewhere would bypass those checks, and has nothing to send.
   */
  static <T> List<T> wireItems(List<? extends T> items, String name) {
    notNull(items, name);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty: name at least one");
    }
    Object[] copy = items.toArray();
    for (int i = 0; i < copy.length; i++) {
      wireItem(copy[i], name, i);
    }
    return new ItemList<>(copy);
  }

  /** {@link #wireItems(List, String)} of an array. */
  static <T> List<T> wireItems(T[] items, String name) {
    notNull(items, name);
    return wireItems(Arrays.asList(items), name);
  }

  /**
   * Item {@code index} of the list {@code list}: not null, and made by tcpivot. The item's name is
   * only put together for a failure, as a list may be long.
   */
  static Wire wireItem(Object item, String list, int index) {
    if (item instanceof Wire) {
      return (Wire) item;
    }
    String name = list + "[" + index + "]";
    notNull(item, name);
    throw new IllegalArgumentException(
        name + " is a " + item.getClass().getName() + ", a " + (item instanceof Ref ? "Ref" : "value")
            + " made outside tcpivot; make refs with the generated factories (GroupRef.id,"
            + " IndicatorRef.host, NewGroup.adversary, ...) and metadata with Tag.of, SecurityLabel.of"
            + " and Attribute.of");
  }

  /**
   * A copy of JSON-ready data: maps with string keys, lists, strings, numbers and booleans, and
   * nulls inside containers. Anything else (a bean, a date) is refused, so what goes on the wire
   * is exactly what was given.
   */
  static Object json(Object value, String name) {
    notNull(value, name);
    return copyJson(value, name);
  }

  private static Object copyJson(Object value, String path) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + " has a key that is not a string: " + entry.getKey());
        }
        String key = (String) entry.getKey();
        copy.put(key, copyJson(entry.getValue(), path + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      int i = 0;
      for (Object item : (List<?>) value) {
        copy.add(copyJson(item, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        path + " is a " + value.getClass().getName()
            + "; give maps, lists, strings, numbers and booleans");
  }

  /**
   * A value as one path segment: every byte of its UTF-8 form other than letters, digits and
   * {@code -._~} as {@code %XX}, so {@code "AAAA : BBBB"} goes as {@code AAAA%20%3A%20BBBB}
   * (v3/indicators/mergeFileHashes.rst) and {@code /}, {@code ?}, {@code #} stay inside the segment.
   */
  static String pathSegment(String value) {
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
}
