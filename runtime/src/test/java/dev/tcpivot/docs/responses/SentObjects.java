package dev.tcpivot.docs.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What "the object exactly as parsed" is: Jackson's own reading of the text into a
 * {@code Map<String, Object>}, with exact decimals, by a mapper of its own; and a comparison that,
 * unlike {@code Map.equals}, also sees the order of the keys and the classes of the maps and
 * lists.
 */
final class SentObjects {
  private static final ObjectMapper UNTYPED =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private SentObjects() {}

  /** The response's {@code data} as Jackson reads it into maps and lists. */
  static Object data(String responseText) {
    return parse(responseText).get("data");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String json) {
    try {
      return UNTYPED.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + "\n" + json, e);
    }
  }

  /** Fails unless the two are equal with their keys in the same order and of the same classes. */
  static void assertSameAsSent(Object expected, Object actual) {
    assertEquals(ordered(expected), ordered(actual), () -> "differs from the object as sent:\nexpected: "
        + expected + "\nactual:   " + actual);
  }

  /** The top-level map of a model, whose own class is the SDK's choice, against the object as sent. */
  static void assertSameFieldsAsSent(Map<?, ?> expected, Map<?, ?> actual) {
    assertEquals(entries(expected), entries(actual), () -> "differs from the object as sent:\nexpected: "
        + expected + "\nactual:   " + actual);
  }

  private static Object ordered(Object value) {
    if (value instanceof Map<?, ?> map) {
      return List.of(map.getClass().getName(), entries(map));
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (Object item : list) {
        items.add(ordered(item));
      }
      return List.of(list.getClass().getName(), items);
    }
    return value == null ? "null" : List.of(value.getClass().getName(), value);
  }

  private static List<Map.Entry<Object, Object>> entries(Map<?, ?> map) {
    List<Map.Entry<Object, Object>> entries = new ArrayList<>();
    map.forEach((key, value) -> entries.add(new AbstractMap.SimpleEntry<>(key, ordered(value))));
    return entries;
  }
}
