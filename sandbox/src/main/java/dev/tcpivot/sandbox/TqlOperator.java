package dev.tcpivot.sandbox;

import dev.tcpivot.spec.TqlType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The TQL operators (tql-keywords.md, "Operators"), and the value types each takes. Every {@code
 * NOT} form and {@code !=} is the complement of its positive form, so a keyword with no value, or
 * with several (tags), matches {@code !=} exactly when it does not match {@code =}.
 */
enum TqlOperator {
  EQ("=", null),
  NE("!=", EQ),
  GT(">", null),
  LT("<", null),
  GEQ(">=", null),
  LEQ("<=", null),
  IN("IN", null),
  NOT_IN("NOT IN", IN),
  LIKE("LIKE", null),
  NOT_LIKE("NOT LIKE", LIKE),
  CONTAINS("CONTAINS", null),
  NOT_CONTAINS("NOT CONTAINS", CONTAINS),
  STARTSWITH("STARTSWITH", null),
  NOT_STARTSWITH("NOT STARTSWITH", STARTSWITH),
  ENDSWITH("ENDSWITH", null),
  NOT_ENDSWITH("NOT ENDSWITH", ENDSWITH),
  IS_NULL("IS NULL", null),
  IS_NOT_NULL("IS NOT NULL", IS_NULL);

  private static final Set<TqlOperator> ORDERED = EnumSet.of(EQ, NE, GT, LT, GEQ, LEQ);
  private static final Set<TqlOperator> NULLS = EnumSet.of(IS_NULL, IS_NOT_NULL);

  private final String text;
  private final TqlOperator complementOf;

  TqlOperator(String text, TqlOperator complementOf) {
    this.text = text;
    this.complementOf = complementOf;
  }

  /** How the operator is written, e.g. {@code NOT IN}. */
  String text() {
    return text;
  }

  /** Whether the operator is the complement of another ({@code !=}, {@code NOT ...}). */
  boolean negated() {
    return complementOf != null;
  }

  /** The operator this one negates, or itself. */
  TqlOperator positive() {
    return complementOf == null ? this : complementOf;
  }

  boolean takesList() {
    return this == IN || this == NOT_IN;
  }

  boolean takesValue() {
    return !NULLS.contains(this);
  }

  /**
   * Whether a keyword of the type takes the operator: the operators DESIGN.md gives each value type
   * (ordering for numbers and dates, text matching for strings), with {@code !=} for Booleans too,
   * which the docs do not forbid.
   */
  boolean appliesTo(TqlType type) {
    return operatorsOf(type).contains(this);
  }

  static Set<TqlOperator> operatorsOf(TqlType type) {
    Set<TqlOperator> set = EnumSet.copyOf(NULLS);
    switch (type) {
      case INTEGER:
      case FLOAT:
        set.addAll(ORDERED);
        set.add(IN);
        set.add(NOT_IN);
        break;
      case DATE:
        set.addAll(ORDERED);
        break;
      case BOOLEAN:
        set.add(EQ);
        set.add(NE);
        break;
      case STRING:
        set.addAll(EnumSet.complementOf(EnumSet.of(GT, LT, GEQ, LEQ)));
        break;
      default:
        break;
    }
    return set;
  }

  /** The type's operators for a message: "=, !=, IN, NOT IN, ...". */
  static String listFor(TqlType type) {
    return Arrays.stream(values())
        .filter(o -> o.appliesTo(type))
        .map(TqlOperator::text)
        .collect(Collectors.joining(", "));
  }
}
