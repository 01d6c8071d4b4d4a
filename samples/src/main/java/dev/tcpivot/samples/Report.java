package dev.tcpivot.samples;

import dev.tcpivot.ThreatConnectException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/** Prints what the walkthrough does, one numbered step at a time, and counts it. */
final class Report {
  private final PrintStream out;
  private int steps;
  private int links;
  private int unlinks;
  private int refusals;

  Report(PrintStream out) {
    this.out = out;
  }

  void title(String text) {
    out.println(text);
    out.println();
  }

  /** A step: what it did, then the request it sent. */
  void step(String what, String request) {
    steps++;
    out.printf("%2d. %s%n    %s%n", steps, what, request);
  }

  /** What the response says, indented under its step. */
  <T> void shows(String label, List<T> items, Function<T, String> describe) {
    StringBuilder line = new StringBuilder();
    for (T item : items) {
      line.append(line.length() == 0 ? "" : ", ").append(describe.apply(item));
    }
    out.printf("    -> %s: %s%n", label, items.isEmpty() ? "none" : line);
  }

  void note(String text) {
    out.printf("    -> %s%n", text);
  }

  void linked(int count) {
    links += count;
  }

  void unlinked(int count) {
    unlinks += count;
  }

  /** A refusal the server sent back as a typed exception. */
  void refused(ThreatConnectException e) {
    refusals++;
    out.printf("    -> refused with HTTP %d%s: %s%n", e.status(),
        e.errorCode().map(code -> " (errCode " + code + ")").orElse(""), e.serverMessage());
  }

  /** The counts; {@code alreadyGone}: objects deleted with their parent before their own turn came. */
  void summary(int created, int deleted, int alreadyGone) {
    out.println();
    String gone = alreadyGone == 0 ? "" : " (and " + alreadyGone + " gone with its parent)";
    out.printf(
        "Done: %d steps, %d objects created and %d deleted%s, %d associations made, %d removed,"
            + " %d refusals from the server.%n",
        steps, created, deleted, gone, links, unlinks, refusals);
  }
}
