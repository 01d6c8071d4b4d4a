package dev.tcpivot.sandbox;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code mode} of a metadata block in a PUT (v3/update_metadata.rst L7-22). */
enum Mode {
  APPEND("append"),
  REPLACE("replace"),
  DELETE("delete");

  private final String wire;

  Mode(String wire) {
    this.wire = wire;
  }

  String wire() {
    return wire;
  }

  static Optional<Mode> parse(String value) {
    return Arrays.stream(values()).filter(m -> m.wire.equals(value)).findFirst();
  }

  /** "append, replace, delete", for messages. */
  static String names() {
    return Arrays.stream(values()).map(Mode::wire).collect(Collectors.joining(", "));
  }
}
