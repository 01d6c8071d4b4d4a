package dev.tcpivot.spec;

import java.util.Optional;

/** The value a field holds: its kind and, for {@link ValueKind#ENUM}, which enum. */
public record Value(ValueKind kind, Optional<EnumType> enumType) {
  public Value {
    if ((kind == ValueKind.ENUM) != enumType.isPresent()) {
      throw new IllegalArgumentException("an enum value needs its enum type, and only it: " + kind);
    }
  }

  public static Value of(ValueKind kind) {
    return new Value(kind, Optional.empty());
  }

  public static Value ofEnum(EnumType type) {
    return new Value(ValueKind.ENUM, Optional.of(type));
  }

  @Override
  public String toString() {
    return enumType.map(e -> "enum " + e.name()).orElse(kind.word());
  }
}
