package dev.tcpivot.cli;

import picocli.CommandLine.Option;

/** The {@code --progress} option that both commands take, and the output it chooses. */
final class ProgressOption {
  @Option(names = "--progress", paramLabel = "bar|lines|none",
      description = "How to show progress (default: a bar on a terminal, lines elsewhere).")
  ProgressMode mode;

  /** Progress on the environment's stderr: as asked, or a bar on a terminal and lines elsewhere. */
  ProgressOutput output(Environment env) {
    return new ProgressOutput(ProgressMode.choose(mode, env.terminal()), env.err(), ProgressOutput.columns(env));
  }
}
