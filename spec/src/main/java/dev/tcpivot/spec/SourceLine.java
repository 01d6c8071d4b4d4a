package dev.tcpivot.spec;

import java.util.Objects;

/** Where a fact comes from: a table file and a 1-based line number in it. */
public record SourceLine(String file, int line) {
  public SourceLine {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
