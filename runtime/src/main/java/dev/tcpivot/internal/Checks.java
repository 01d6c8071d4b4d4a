package dev.tcpivot.internal;

/**
 * Argument checks shared by the runtime and the generated SDK. Each failure is an
 * {@link IllegalArgumentException} that names the parameter, thrown before any request is built.
 */
public final class Checks {
  private Checks() {}

  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** An object ID: the API numbers objects from 1. */
  public static long id(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be a positive ID, not " + value);
    }
    return value;
  }

  /** {@link #id(long, String)} for item {@code index} of the list {@code list}, named only on failure. */
  public static long id(Long value, String list, int index) {
    return value != null && value > 0 ? value : id(notNull(value, list, index), list + "[" + index + "]");
  }

  /** Every element of an array: not null. Returns the array. */
  public static <T> T[] elements(T[] values, String name) {
    notNull(values, name);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be null");
      }
    }
    return values;
  }

  /**
   * An Indicator summary for a path: not blank, and not all digits, because the API reads a
   * numeric path segment as an ID.
   */
  public static String summary(String value, String name) {
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
   * A summary field of an Indicator of the given type, e.g. {@code ("Host", "hostName")}: not
   * blank, and in the format the API documents for it (a Host in ASCII, punycode when
   * internationalized; an ASN as {@code ASN12345}; an IPv6 CIDR without {@code ::} or leading
   * zeros; a Registry Key under an {@code HKEY_} root). The generated factories call it for every
   * summary field, so the rules live here once.
   */
  public static String summaryField(String type, String field, String value, String name) {
    return SummaryFormats.check(type, field, value, name);
  }

  /**
   * A ref made by tcpivot's factories. {@code Ref} is an interface only so that the compiler can
   * check associations; an implementation from elsewhere would bypass those checks.
   */
  public static <T> T tcpivotRef(T ref, String name) {
    notNull(ref, name);
    if (!madeByTcpivot(ref)) {
      throw new IllegalArgumentException(
          name + " is a " + ref.getClass().getName() + ", a Ref made outside tcpivot; make refs with the"
              + " generated factories (GroupRef.id, IndicatorRef.host, NewGroup.adversary, ...)");
    }
    return ref;
  }

  /**
   * {@link #tcpivotRef(Object, String)} for item {@code index} of the list {@code list}, named
   * {@code list[index]}; the name is only put together for a failure, as a list may be long.
   */
  public static <T> T tcpivotRef(T ref, String list, int index) {
    return ref != null && madeByTcpivot(ref) ? ref : tcpivotRef(ref, list + "[" + index + "]");
  }

  /** {@link #notNull(Object, String)} for item {@code index} of the list {@code list}. */
  public static <T> T notNull(T value, String list, int index) {
    return value != null ? value : notNull(value, list + "[" + index + "]");
  }

  private static boolean madeByTcpivot(Object ref) {
    return !(ref instanceof dev.tcpivot.Ref) || ref instanceof WireObject || ref instanceof IdReference;
  }
}
