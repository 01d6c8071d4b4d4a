package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.tcpivot.spec.Value;
import dev.tcpivot.spec.ValueKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * How each kind of value of the tables appears in Java: as a setter or factory parameter, as the
 * value put on the wire, and as a getter's return type.
 */
final class ValueTypes {
  private final String sdkPackage;

  ValueTypes(String sdkPackage) {
    this.sdkPackage = sdkPackage;
  }

  /** The parameter type of a setter or factory; varargs kinds return an array type. */
  TypeName parameter(Value value) {
    switch (value.kind()) {
      case STRING:
      case OWNER_NAME:
        return ClassName.get(String.class);
      case INTEGER:
        return TypeName.INT;
      case ID:
      case OWNER_ID:
      case ID_OBJECT:
        return TypeName.LONG;
      case BOOLEAN:
        return TypeName.BOOLEAN;
      case DECIMAL:
        return ClassName.get(BigDecimal.class);
      case DATETIME:
        return ClassName.get(Instant.class);
      case ENUM:
        return enumClass(value);
      case KEYWORD_SECTIONS:
        return ArrayTypeName.of(RuntimeTypes.KEYWORD_SECTION);
      default:
        throw new IllegalArgumentException("no parameter for " + value);
    }
  }

  /** Whether a setter or factory can take the value at all. */
  static boolean settable(Value value) {
    return value.kind() != ValueKind.OBJECT && value.kind() != ValueKind.TYPE;
  }

  /** The parameter's name for a field: its Java name, or {@code subtypeId} for ID objects. */
  static String parameterName(String wireName, Value value) {
    return value.kind() == ValueKind.ID_OBJECT ? Naming.idParameter(wireName) : Naming.member(wireName);
  }

  /**
   * An expression that checks the parameter and yields its value on the wire, for the runtime's
   * {@code put}. A required string must not be blank; other references must not be null; IDs
   * must be positive.
   */
  CodeBlock wireValue(Value value, String parameter, boolean required) {
    switch (value.kind()) {
      case STRING:
      case OWNER_NAME:
        return CodeBlock.of("$L($N, $S)", required ? "notBlank" : "notNull", parameter, parameter);
      case ID:
      case OWNER_ID:
        return CodeBlock.of("whole(checkId($N, $S))", parameter, parameter);
      case ID_OBJECT:
        return CodeBlock.of("idObject($N, $S)", parameter, parameter);
      case INTEGER:
        return CodeBlock.of("whole($N)", parameter);
      case BOOLEAN:
        return CodeBlock.of("bool($N)", parameter);
      case DECIMAL:
        return CodeBlock.of("decimal(notNull($N, $S))", parameter, parameter);
      case DATETIME:
        return CodeBlock.of("instant(notNull($N, $S))", parameter, parameter);
      case ENUM:
        return CodeBlock.of("notNull($N, $S).wireValue()", parameter, parameter);
      case KEYWORD_SECTIONS:
        return CodeBlock.of("array($N, $S)", parameter, parameter);
      default:
        throw new IllegalArgumentException("no wire value for " + value);
    }
  }

  /** The getter's return type, or empty when the value has no typed getter. */
  Optional<TypeName> getter(Value value) {
    switch (value.kind()) {
      case STRING:
      case OWNER_NAME:
      case TYPE:
        return Optional.of(ClassName.get(String.class));
      case INTEGER:
        return Optional.of(ClassName.get(Integer.class));
      case ID:
      case OWNER_ID:
        return Optional.of(ClassName.get(Long.class));
      case BOOLEAN:
        return Optional.of(ClassName.get(Boolean.class));
      case DECIMAL:
        return Optional.of(ClassName.get(BigDecimal.class));
      case DATETIME:
        return Optional.of(ClassName.get(Instant.class));
      case ENUM:
        return Optional.of(enumClass(value));
      default:
        return Optional.empty();
    }
  }

  /** The expression a getter returns, reading the field with the model's typed accessors. */
  CodeBlock read(Value value, String wireName) {
    switch (value.kind()) {
      case STRING:
      case OWNER_NAME:
      case TYPE:
        return CodeBlock.of("string($S)", wireName);
      case INTEGER:
        return CodeBlock.of("integer($S)", wireName);
      case ID:
      case OWNER_ID:
        return CodeBlock.of("longValue($S)", wireName);
      case BOOLEAN:
        return CodeBlock.of("bool($S)", wireName);
      case DECIMAL:
        return CodeBlock.of("decimal($S)", wireName);
      case DATETIME:
        return CodeBlock.of("instant($S)", wireName);
      case ENUM:
        return CodeBlock.of("enumValue($S, $T::fromWire)", wireName, enumClass(value));
      default:
        throw new IllegalArgumentException("no getter for " + value);
    }
  }

  ClassName enumClass(Value value) {
    return ClassName.get(sdkPackage, Naming.enumType(value.enumType().orElseThrow().name()));
  }
}
