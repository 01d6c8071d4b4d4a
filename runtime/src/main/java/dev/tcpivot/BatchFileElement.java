package dev.tcpivot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One item of an array of a batch input file, read as a tree together with the line and column
 * of each of its values, so that a refusal points at the value. Only one item is held at a time.
 */
final class BatchFileElement {
  /** Fields that would name an owner: the V2 Batch API has none (v2_batch_api.rst L11-12). */
  private static final List<String> OWNER_FIELDS = List.of("owner", "ownerId", "ownerName");

  final Path file;
  final String path;
  final ObjectNode node;
  private final Map<String, long[]> places;

  private BatchFileElement(Path file, String path, ObjectNode node, Map<String, long[]> places) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.places = places;
  }

  /** Reads the object that starts at the parser's current token, up to its end. */
  static BatchFileElement read(JsonParser parser, Path file, String path) throws IOException {
    Map<String, long[]> places = new HashMap<>();
    JsonNode node = value(parser, file, path, places);
    return new BatchFileElement(file, path, (ObjectNode) node, places);
  }

  private static JsonNode value(JsonParser parser, Path file, String path, Map<String, long[]> places)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    places.put(path, new long[] {at.getLineNr(), at.getColumnNr()});
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = member(path, name);
          if (object.has(name)) {
            JsonLocation again = parser.currentTokenLocation();
            throw new BatchFileException(file, child, again.getLineNr(), again.getColumnNr(),
                name + " appears twice in this object", null);
          }
          parser.nextToken();
          object.set(name, value(parser, file, child, places));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, file, path + "[" + i++ + "]", places));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? nodes.numberNode(parser.getBigIntegerValue())
            : nodes.numberNode(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  /** The JSON path of a member: {@code $.a.b}, or {@code $.a['AS Number']} for a name that needs quotes. */
  static String member(String path, String name) {
    return plain(name) ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
  }

  /** Whether a name is a plain identifier ([A-Za-z_][A-Za-z0-9_]*), written after a dot. */
  private static boolean plain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A refusal of the value at {@code path} (of this element; the element itself when not there). */
  BatchFileException refuse(String at, String problem) {
    long[] place = places.getOrDefault(at, places.get(path));
    return new BatchFileException(file, at, place[0], place[1], problem, null);
  }

  /** Runs a check of the typed API, turning its refusal into one of the value at {@code path}. */
  <T> T typed(String at, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      if (e instanceof BatchFileException) {
        throw e;
      }
      long[] place = places.getOrDefault(at, places.get(path));
      throw new BatchFileException(file, at, place[0], place[1], e.getMessage(), e);
    }
  }

  /** The line and column of the value at {@code path}. */
  long[] place(String at) {
    return places.getOrDefault(at, places.get(path));
  }

  /** Refuses a field that names an owner. */
  void refuseOwner(String at, String name) {
    if (OWNER_FIELDS.contains(name)) {
      throw refuse(at, name + " names an owner, but the V2 Batch API does not support cross-owner"
          + " associations (v2_batch_api.rst L11-12): every object is the job's owner's");
    }
  }

  /** The required string field {@code name} of an object at {@code at}. */
  String requiredText(JsonNode object, String at, String name, String what) {
    JsonNode value = object.get(name);
    if (value == null) {
      throw refuse(at, what + " lacks " + name + ", which it requires");
    }
    return text(value, member(at, name));
  }

  /** A string value. */
  String text(JsonNode value, String at) {
    if (!value.isTextual()) {
      throw refuse(at, "must be a string, not " + kind(value));
    }
    return value.textValue();
  }

  /** A whole number that fits an int. */
  int integer(JsonNode value, String at) {
    if (!value.isIntegralNumber()) {
      throw refuse(at, "must be a whole number, not " + kind(value));
    }
    if (!value.canConvertToInt()) {
      throw refuse(at, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + " at most, not " + value);
    }
    return value.intValue();
  }

  /** A whole number. */
  long whole(JsonNode value, String at) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw refuse(at, "must be a whole number, not " + kind(value));
    }
    return value.longValue();
  }

  /** A boolean. */
  boolean bool(JsonNode value, String at) {
    if (!value.isBoolean()) {
      throw refuse(at, "must be true or false, not " + kind(value));
    }
    return value.booleanValue();
  }

  /** A date and time with its offset, as the docs' examples write them (2024-08-04T00:00:00Z). */
  Instant instant(JsonNode value, String at) {
    String text = text(value, at);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw refuse(at, "must be a date and time with an offset like 2024-08-04T00:00:00Z, not " + value);
    }
  }

  /** An array. */
  ArrayNode array(JsonNode value, String at) {
    if (!value.isArray()) {
      throw refuse(at, "must be an array, not " + kind(value));
    }
    return (ArrayNode) value;
  }

  /** An object. */
  ObjectNode object(JsonNode value, String at) {
    if (!value.isObject()) {
      throw refuse(at, "must be an object, not " + kind(value));
    }
    return (ObjectNode) value;
  }

  /** Refuses the members of an object other than the accepted ones. */
  void only(ObjectNode object, String at, String what, List<String> accepted) {
    var names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      refuseOwner(member(at, name), name);
      if (!accepted.contains(name)) {
        throw refuse(member(at, name), name + " is not a field of " + what
            + " (its fields: " + String.join(", ", accepted) + ")");
      }
    }
  }

  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "the string " + value;
    }
    if (value.isNumber() || value.isBoolean() || value.isNull()) {
      return value.toString();
    }
    return value.isArray() ? "an array" : "an object";
  }
}
