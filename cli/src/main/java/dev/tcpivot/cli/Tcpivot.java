package dev.tcpivot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tcpivot} command: {@code import} runs a V2 Batch file as jobs, {@code link} links a
 * list of existing objects to one object, in chunks and resumably. Both run against the instance
 * that {@code TC_API_URL} with {@code TC_API_TOKEN} (or {@code TC_ACCESS_ID} and
 * {@code TC_SECRET_KEY}) names, or else against an embedded sandbox.
 */
@Command(
    name = "tcpivot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {ImportCommand.class, LinkCommand.class},
    description = {
      "Imports V2 Batch files into ThreatConnect and links long lists of objects to one object.",
      "",
      "Runs against TC_API_URL with TC_API_TOKEN, or TC_ACCESS_ID and TC_SECRET_KEY;"
          + " without TC_API_URL, against an embedded sandbox."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything went through",
      "1:the run finished, but some objects had errors",
      "2:the command line is wrong",
      "3:the input file was refused; nothing was sent",
      "4:a request failed (its message is on stderr)"
    })
public final class Tcpivot implements Runnable {
  private final Environment environment;

  @Spec CommandSpec spec;

  private Tcpivot(Environment environment) {
    this.environment = environment;
  }

  /** Runs the command with these arguments in this process, and returns its exit code. */
  public static int run(Environment environment, String... args) {
    return commandLine(environment).execute(args);
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(Environment.system(), args));
  }

  static CommandLine commandLine(Environment environment) {
    CommandLine line = new CommandLine(new Tcpivot(environment));
    line.setOut(environment.out());
    line.setErr(environment.err());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    WireValues.registerAll(line);
    // The message and a pointer to --help: the whole usage would bury the message.
    line.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println(e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
      }
      err.flush();
      return ExitCode.USAGE;
    });
    return line;
  }

  Environment environment() {
    return environment;
  }

  /** Without a command: a usage error naming the two. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import or link");
  }
}
