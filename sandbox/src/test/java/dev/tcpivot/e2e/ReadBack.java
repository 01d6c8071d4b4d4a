package dev.tcpivot.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a response says, in the shapes the assertions compare. The response models have no typed
 * accessor for tags, security labels or attributes, so those are read from the object as the server
 * sent it ({@code asMap()}).
 */
final class ReadBack {
  private ReadBack() {}

  static <T> List<Long> ids(List<T> objects, Function<T, Long> id) {
    return objects.stream().map(id).collect(Collectors.toList());
  }

  /**
   * The {@code name} of each item of a metadata field such as {@code tags}: {@code {"data":
   * [...]}}.
   */
  static List<String> names(Map<String, Object> object, String field) {
    List<String> names = new ArrayList<>();
    for (Map<?, ?> item : items(object, field)) {
      names.add(String.valueOf(item.get("name")));
    }
    return names;
  }

  /** The items of a metadata field such as {@code attributes}: {@code {"data": [...]}}. */
  static List<Map<?, ?>> items(Map<String, Object> object, String field) {
    Object value = object.get(field);
    if (!(value instanceof Map)) {
      throw new AssertionError("the response carries no " + field + ": " + object);
    }
    Object data = ((Map<?, ?>) value).get("data");
    List<Map<?, ?>> items = new ArrayList<>();
    if (data instanceof List) {
      for (Object item : (List<?>) data) {
        items.add((Map<?, ?>) item);
      }
    }
    return items;
  }
}
