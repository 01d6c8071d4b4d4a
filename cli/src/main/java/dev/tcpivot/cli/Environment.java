package dev.tcpivot.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a run of the command sees of the world around it: the environment variables, where its
 * output and its messages go, and whether a person watches them on a terminal.
 *
 * @param variables the environment variables, e.g. {@code TC_API_URL}
 * @param out where summaries go
 * @param err where progress, notices and errors go
 * @param terminal whether {@code err} is a terminal that can redraw a line in place
 */
public record Environment(Map<String, String> variables, PrintWriter out, PrintWriter err, boolean terminal) {
  /** Copies the variables; none of the arguments may be null. */
  public Environment {
    variables = Map.copyOf(variables);
    if (out == null || err == null) {
      throw new IllegalArgumentException("out and err must not be null");
    }
  }

  /**
   * This process's: its environment, standard output and error, and a terminal when there is a
   * console and {@code TERM} is not {@code dumb}.
   */
  public static Environment system() {
    Map<String, String> env = System.getenv();
    boolean terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
    return new Environment(env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), terminal);
  }
}
