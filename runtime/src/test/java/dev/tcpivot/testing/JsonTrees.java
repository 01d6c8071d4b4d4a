package dev.tcpivot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.Internals;
import dev.tcpivot.WireObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON as the tests compare it: parsed into Jackson trees, where objects compare without regard to
 * key order and arrays compare element by element, in order.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /**
   * Parses a JSON text that a test transcribed from the docs. Duplicate keys are refused, so a
   * transcription cannot silently keep only one of two values.
   */
  public static JsonNode parse(String json) {
    try {
      ObjectMapper mapper = Internals.mapper();
      return mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + "\n" + json, e);
    }
  }

  /** The text of a test resource, e.g. {@code docs/responses/indicators/create.json}. */
  public static String resourceText(String name) {
    try (InputStream in = JsonTrees.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request object as the SDK writes it, read back as a tree. */
  public static JsonNode written(Object value) {
    try {
      return parse(value instanceof WireObject ? ((WireObject) value).toJson() : Internals.mapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new AssertionError("the SDK could not write " + value, e);
    }
  }

  /** Fails with both trees printed when they differ. */
  public static void assertSameJson(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual, () -> "JSON differs\nexpected: " + pretty(expected) + "\nactual:   " + pretty(actual));
  }

  /** Fails unless the SDK writes the value as the expected JSON text. */
  public static void assertWrites(String expectedJson, Object value) {
    assertSameJson(parse(expectedJson), written(value));
  }

  /** A copy of a JSON object without some of its top-level fields. */
  public static JsonNode without(JsonNode object, String... fields) {
    ObjectNode copy = ((ObjectNode) object).deepCopy();
    for (String field : fields) {
      if (copy.remove(field) == null) {
        throw new IllegalArgumentException("the object has no field " + field + ": " + object);
      }
    }
    return copy;
  }

  public static String pretty(JsonNode node) {
    return node.toPrettyString();
  }
}
