package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tcpivot.spec.PathKey;

/** How a path names one object, as the generated code spells it. */
enum KeyKind {
  ID("id", "", TypeName.LONG, "by ID"),
  SUMMARY("summary", "BySummary", ClassName.get(String.class),
      "by summary (e.g. {@code badguy.com}), looked up in the owner"),
  XID("xid", "ByXid", ClassName.get(String.class),
      "by XID within the owner that {@link #inOwner} names (the API needs it for XIDs)");

  /** The parameter's name and the path template variable. */
  final String parameter;
  /** Appended to the Retrofit method names, and to the facade's for XIDs. */
  final String suffix;
  final TypeName type;
  final String described;

  KeyKind(String parameter, String suffix, TypeName type, String described) {
    this.parameter = parameter;
    this.suffix = suffix;
    this.type = type;
    this.described = described;
  }

  static KeyKind of(PathKey key) {
    return valueOf(key.name());
  }

  /** Whether the value is a string that the generated code encodes as one path segment. */
  boolean encoded() {
    return this != ID;
  }

  /** The facade's method name: {@code get}, or {@code getByXid} where a String overload would clash. */
  String facadeMethod(String operation) {
    return this == XID ? operation + suffix : operation;
  }
}
