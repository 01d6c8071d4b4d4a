package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.EnumType;
import dev.tcpivot.spec.ValueKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Checks that a body value has the kind its catalog row gives (string, enum, type, ...) and, for a
 * field with a documented format (an Indicator summary), that format.
 */
final class ValueChecker {
  private ValueChecker() {}

  /** Throws a 400 naming the field when the value does not fit; {@code null} values pass. */
  static void check(String where, Catalog catalog, BodyField field, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    String problem = problem(catalog, field, value);
    if (problem != null) {
      throw ApiException.badRequest(where + Messages.badValue(field.name(), problem, value));
    }
    if (field.format().isPresent() && value.isTextual()) {
      String refusal = Messages.badFormat(field.format().get(), field.name(), value.asText());
      if (refusal != null) {
        throw ApiException.badRequest(where + refusal);
      }
    }
  }

  private static String problem(Catalog catalog, BodyField field, JsonNode value) {
    switch (field.value().kind()) {
      case STRING:
      case OWNER_NAME:
        return value.isTextual() ? null : "must be a string";
      case INTEGER:
      case OWNER_ID:
        return value.isIntegralNumber() ? null : "must be an integer";
      case ID:
        return isId(value) ? null : "must be an id (a whole number)";
      case BOOLEAN:
        return value.isBoolean() ? null : "must be true or false";
      case DECIMAL:
        return value.isNumber() ? null : "must be a number";
      case DATETIME:
        return isDateTime(value)
            ? null
            : "must be an ISO-8601 date-time such as 2023-10-04T12:34:56Z";
      case ENUM:
        EnumType type = field.value().enumType().orElseThrow();
        return value.isTextual() && type.values().contains(value.asText())
            ? null
            : "must be one of " + String.join(", ", type.values());
      case TYPE:
        return value.isTextual() && catalog.types().contains(value.asText())
            ? null
            : "must be one of " + String.join(", ", catalog.types());
      case ID_OBJECT:
        return value.isObject() && (isId(value.get("id")) || isText(value.get("name")))
            ? null
            : "must be an object with an id, e.g. {\"id\": 1}";
      case KEYWORD_SECTIONS:
        return value.isArray() && value.size() > 0 && allObjects(value)
            ? null
            : "must be a non-empty list of keyword sections";
      case OBJECT:
        return value.isObject() || value.isArray() ? null : "must be an object";
      default:
        return null;
    }
  }

  /** An id is a whole number; a string of digits is accepted too, as in cases/create.rst L47. */
  static boolean isId(JsonNode value) {
    if (value == null) {
      return false;
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() && value.asLong() > 0;
    }
    return value.isTextual() && value.asText().matches("[1-9][0-9]{0,17}");
  }

  private static boolean isText(JsonNode value) {
    return value != null && value.isTextual() && !value.asText().isEmpty();
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value as stored: a date-time without a zone, as TcEx sends them
   * ({@code 2026-11-16T17:33:49.396028}), is read as UTC; the docs give none without one.
   */
  static JsonNode normalized(BodyField field, JsonNode value) {
    if (field.value().kind() == ValueKind.DATETIME && value.isTextual() && isLocal(value.asText())) {
      return JsonNodeFactory.instance.textNode(value.asText() + "Z");
    }
    return value;
  }

  private static boolean isLocal(String text) {
    try {
      LocalDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isDateTime(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    String text = value.asText();
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      // Some date fields (eventDate, dueDate) are often sent as plain dates.
    }
    if (isLocal(text)) {
      return true;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
