package dev.tcpivot.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress on stderr in one of the {@link ProgressMode}s. A step is told twice: as a line of its
 * own (shown in {@link ProgressMode#LINES}) and as the state of the whole run (shown as the bar,
 * redrawn in place with a carriage return, in {@link ProgressMode#BAR}).
 */
final class ProgressOutput {
  private static final int BAR_WIDTH = 24;

  /** The width assumed when the terminal's is not known. */
  static final int DEFAULT_COLUMNS = 80;

  private final ProgressMode mode;
  private final PrintWriter err;
  private final int columns;
  private final long start = System.nanoTime();
  private int drawn;

  ProgressOutput(ProgressMode mode, PrintWriter err, int columns) {
    this.mode = mode;
    this.err = err;
    this.columns = columns;
  }

  /** A terminal's width from {@code COLUMNS} (which ./tcpivot sets), else {@value #DEFAULT_COLUMNS}. */
  static int columns(Environment env) {
    try {
      int columns = Integer.parseInt(env.variables().getOrDefault("COLUMNS", "").trim());
      return columns > 0 ? columns : DEFAULT_COLUMNS;
    } catch (NumberFormatException e) {
      return DEFAULT_COLUMNS;
    }
  }

  /** A step, as a line of its own. */
  void step(String line) {
    if (mode == ProgressMode.LINES) {
      err.println(line);
      err.flush();
    }
  }

  /** The state of the run: {@code done} of {@code total} and what to say after the bar. */
  void state(long done, long total, String text) {
    if (mode != ProgressMode.BAR) {
      return;
    }
    String line = bar(done, total) + " " + text + "  " + elapsed();
    // A line wider than the terminal would wrap, and the carriage return would redraw only its end.
    if (line.length() > columns - 1) {
      line = line.substring(0, Math.max(0, columns - 4)) + "...";
    }
    // Spaces cover what a longer line drawn before left behind.
    int pad = Math.max(0, drawn - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    drawn = line.length();
  }

  /** Ends the bar's line, so that what follows starts on a line of its own. */
  void finish() {
    if (drawn > 0) {
      err.println();
      err.flush();
      drawn = 0;
    }
  }

  private static String bar(long done, long total) {
    int filled = total <= 0 ? 0 : (int) (BAR_WIDTH * Math.min(done, total) / total);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }

  private String elapsed() {
    Duration d = Duration.ofNanos(System.nanoTime() - start);
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
