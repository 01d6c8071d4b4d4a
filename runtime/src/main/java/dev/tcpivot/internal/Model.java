package dev.tcpivot.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A response object: every field the server sent, in order, with typed getters in the generated
 * subclasses. Nothing is dropped: fields the SDK does not know stay in {@link #unknownFields()},
 * and {@link #asMap()} returns the object exactly as parsed.
 */
public abstract class Model {
  private final Map<String, Object> fields;

  protected Model(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(fields, "fields")));
  }

  /** The names of the fields that have typed getters. */
  protected abstract Set<String> knownFields();

  /** The object exactly as the server sent it. */
  @JsonValue
  public final Map<String, Object> asMap() {
    return fields;
  }

  /** Whether the server sent this field. */
  public final boolean has(String field) {
    return fields.containsKey(field);
  }

  /** The fields the server sent that have no typed getter, in order. */
  public final Map<String, Object> unknownFields() {
    Map<String, Object> unknown = new LinkedHashMap<>();
    Set<String> known = knownFields();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (!known.contains(field.getKey())) {
        unknown.put(field.getKey(), field.getValue());
      }
    }
    return Collections.unmodifiableMap(unknown);
  }

  protected final String string(String field) {
    Object value = fields.get(field);
    return value == null ? null : value.toString();
  }

  protected final Long longValue(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return ((Number) value).longValue();
    }
    if (value instanceof String) {
      try {
        return Long.parseLong((String) value);
      } catch (NumberFormatException e) {
        throw wrongType(field, "a whole number", value);
      }
    }
    throw wrongType(field, "a whole number", value);
  }

  protected final Integer integer(String field) {
    Long value = longValue(field);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw wrongType(field, "an integer", value);
    }
    return value.intValue();
  }

  protected final Boolean bool(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw wrongType(field, "true or false", value);
  }

  protected final BigDecimal decimal(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Number || value instanceof String) {
      try {
        return new BigDecimal(value.toString());
      } catch (NumberFormatException e) {
        throw wrongType(field, "a number", value);
      }
    }
    throw wrongType(field, "a number", value);
  }

  protected final Instant instant(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw wrongType(field, "an ISO-8601 date-time", value);
    }
  }

  /** An enum field; a value the SDK does not know fails with the field's name. */
  protected final <E> E enumValue(String field, Function<String, E> fromWire) {
    String value = string(field);
    if (value == null) {
      return null;
    }
    try {
      return fromWire.apply(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(getClass().getSimpleName() + "." + field + ": " + e.getMessage(), e);
    }
  }

  /** A nested collection: {@code {"data": [...], "count": N}} or a plain array. */
  @SuppressWarnings("unchecked")
  protected final <M> List<M> list(String field, Function<Map<String, Object>, M> model) {
    Object value = fields.get(field);
    if (value == null) {
      return List.of();
    }
    Object data = value instanceof Map ? ((Map<String, Object>) value).get("data") : value;
    if (data == null) {
      return List.of();
    }
    if (!(data instanceof List)) {
      throw wrongType(field, "a list", value);
    }
    List<M> result = new ArrayList<>();
    for (Object item : (List<Object>) data) {
      if (!(item instanceof Map)) {
        throw wrongType(field, "a list of objects", value);
      }
      result.add(model.apply((Map<String, Object>) item));
    }
    return Collections.unmodifiableList(result);
  }

  /** A field of any other shape, as parsed: maps, lists, strings, numbers, booleans. */
  protected final Object raw(String field) {
    return fields.get(field);
  }

  private IllegalStateException wrongType(String field, String expected, Object value) {
    return new IllegalStateException(
        getClass().getSimpleName() + "." + field + " should be " + expected + ", but the server sent "
            + value);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Model) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
