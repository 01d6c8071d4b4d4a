package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.TqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A stored JSON value as TQL compares it: a number as {@code BigDecimal}, a string, a Boolean, a
 * time as {@code Instant}. A value that is not of the keyword's type is no value.
 */
final class TqlValue {
  private TqlValue() {}

  static Optional<Object> of(JsonNode value, TqlType type) {
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    switch (type) {
      case INTEGER:
      case FLOAT:
        if (value.isNumber()) {
          return Optional.of(value.decimalValue());
        }
        return number(value.asText());
      case BOOLEAN:
        return value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
      case DATE:
        return value.isTextual() ? time(value.textValue()) : Optional.empty();
      case STRING:
        return Optional.of(value.asText());
      default:
        return Optional.empty();
    }
  }

  /** A number sent as a string, as File sizes are. */
  private static Optional<Object> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Object> time(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
