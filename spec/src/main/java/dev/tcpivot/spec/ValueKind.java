package dev.tcpivot.spec;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of value a body or response field holds, by the word the tables use for each. */
public enum ValueKind {
  STRING("string"),
  INTEGER("integer"),
  /** A numeric object ID (the docs say Integer; IDs are 64-bit here). */
  ID("id"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  /** An ISO-8601 UTC instant, e.g. {@code "2023-10-04T12:34:56Z"}. */
  DATETIME("datetime"),
  /** One of the values of an {@link EnumType}; the table writes {@code enum <name>}. */
  ENUM("enum"),
  /** The {@code type} discriminator of an object that has types (Groups, Indicators, ...). */
  TYPE("type"),
  /** The ID of the owner to create an object in or look it up in. */
  OWNER_ID("owner id"),
  /** The name of the owner to create an object in or look it up in. */
  OWNER_NAME("owner name"),
  /** An object named by ID: {@code {"id": 3}}. */
  ID_OBJECT("id object"),
  /** The keyword sections of an Intelligence Requirement. */
  KEYWORD_SECTIONS("keyword sections"),
  /** A nested structure that the tables do not describe further. */
  OBJECT("object");

  private final String word;

  ValueKind(String word) {
    this.word = word;
  }

  /** The word the tables use for this kind. */
  public String word() {
    return word;
  }

  static Optional<ValueKind> byWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
  }
}
