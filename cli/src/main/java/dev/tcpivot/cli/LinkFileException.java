package dev.tcpivot.cli;

import java.nio.file.Path;

/** A line of a link file that names no object the command can link; its message starts with {@code file:line: }. */
final class LinkFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  LinkFileException(Path file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
