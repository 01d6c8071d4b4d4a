package dev.tcpivot;

import java.nio.file.Path;

/**
 * A batch input file that {@link BatchFile#read(Path)} refuses: the first value that breaks the
 * rules of a V2 Batch API input file, or malformed JSON. The message starts with {@code
 * <file>:<line>:<column>: <location>: } and then says what is wrong and what is accepted.
 */
public final class BatchFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String location;
  private final long line;
  private final long column;

  /** Line and column from 1: a parser at the end of an empty file reports column 0. */
  BatchFileException(Path file, String location, long line, long column, String problem, Throwable cause) {
    super(file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + location + ": " + problem, cause);
    this.file = file;
    this.location = location;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
  }

  /** The file that was read. */
  public Path file() {
    return file;
  }

  /** The JSON path of the offending value, e.g. {@code $.indicator[12].rating}. */
  public String location() {
    return location;
  }

  /** The line of the offending value in the file, from 1. */
  public long line() {
    return line;
  }

  /** The column of the offending value in its line, in characters, from 1. */
  public long column() {
    return column;
  }
}
