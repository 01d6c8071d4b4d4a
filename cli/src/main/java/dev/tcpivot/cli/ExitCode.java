package dev.tcpivot.cli;

/** The exit codes of the command, the same for every subcommand. */
final class ExitCode {
  /** Everything went through. */
  static final int OK = 0;
  /** The run finished, but the server refused some objects. */
  static final int SOME_ERRORS = 1;
  /** The command line is wrong (picocli's own code for it). */
  static final int USAGE = 2;
  /** The input file (or saved state) was refused; nothing was sent. */
  static final int REFUSED = 3;
  /** A request failed; what it says is on stderr. */
  static final int REQUEST_FAILED = 4;

  private ExitCode() {}
}
