package dev.tcpivot.cli;

import dev.tcpivot.sandbox.Sandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of the command in this process against a sandbox, over HTTP as the jar would run it,
 * with what it wrote to stdout and stderr.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int exit, String out, String err) {
  /** Runs with TC_API_URL and the sandbox's HMAC credentials; {@code terminal} as a console would say. */
  static CommandRun of(Sandbox sandbox, boolean terminal, String... args) {
    return with(Map.of("TC_API_URL", sandbox.baseUrl(), "TC_ACCESS_ID", sandbox.accessId(),
        "TC_SECRET_KEY", sandbox.secretKey()), terminal, args);
  }

  /** Runs with these environment variables. */
  static CommandRun with(Map<String, String> variables, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Tcpivot.run(new Environment(variables, new PrintWriter(out, true), new PrintWriter(err, true), terminal), args);
    return new CommandRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
