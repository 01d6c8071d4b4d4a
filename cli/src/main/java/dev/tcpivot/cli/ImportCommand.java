package dev.tcpivot.cli;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.FileMergeMode;
import dev.tcpivot.v3.HashCollisionMode;
import dev.tcpivot.v3.SecurityLabelWriteType;
import dev.tcpivot.v3.TagWriteType;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tcpivot import FILE}: reads a V2 Batch input file (every object checked before anything is
 * sent), runs it as jobs, one per part, and prints how each job ended and the errors tied back to
 * the objects.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a V2 Batch input file (the docs' JSON: indicator, group and association arrays) as batch jobs,"
          + " one per part of at most --max-indicators-per-job Indicators.",
      "Every object is checked before anything is sent; a refused file exits with 3."
    })
final class ImportCommand implements Callable<Integer> {
  private static final int ERRORS_SHOWN = 20;

  @ParentCommand Tcpivot parent;

  @Spec CommandSpec spec;

  @Option(names = "--owner", paramLabel = "NAME",
      description = "The Organization, Community or Source to write to (required against an instance;"
          + " the sandbox's Organization by default).")
  String owner;

  @Option(names = "--action", paramLabel = "ACTION", defaultValue = "Create",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  BatchAction action;

  @Option(names = "--halt-on-error", description = "Stop a job at its first error, and send no later part.")
  boolean haltOnError;

  @Option(names = "--attribute-write-type", paramLabel = "TYPE", defaultValue = "Append",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AttributeWriteType attributeWriteType;

  @Option(names = "--tag-write-type", paramLabel = "TYPE",
      description = "${COMPLETION-CANDIDATES} (default: the server's).")
  TagWriteType tagWriteType;

  @Option(names = "--security-label-write-type", paramLabel = "TYPE",
      description = "${COMPLETION-CANDIDATES} (default: the server's).")
  SecurityLabelWriteType securityLabelWriteType;

  @Option(names = "--file-merge-mode", paramLabel = "MODE",
      description = "${COMPLETION-CANDIDATES} (default: the server's).")
  FileMergeMode fileMergeMode;

  @Option(names = "--hash-collision-mode", paramLabel = "MODE",
      description = "${COMPLETION-CANDIDATES} (default: the server's).")
  HashCollisionMode hashCollisionMode;

  @Option(names = "--max-indicators-per-job", paramLabel = "N",
      description = "Fewer Indicators per job than the API's limit, for smaller jobs that finish (or halt) sooner.")
  Integer maxIndicatorsPerJob;

  @Option(names = "--all-errors", description = "List every error, not only the first " + ERRORS_SHOWN + ".")
  boolean allErrors;

  @Mixin ProgressOption progress;

  @Parameters(index = "0", paramLabel = "FILE", description = "The batch input file.")
  Path file;

  @Override
  public Integer call() {
    Environment env = parent.environment();
    PrintWriter err = env.err();
    int maxIndicators = SpecLoader.builtIn().batch().maxIndicatorsPerJob();
    if (maxIndicatorsPerJob != null && (maxIndicatorsPerJob < 1 || maxIndicatorsPerJob > maxIndicators)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-indicators-per-job must be 1 to " + maxIndicators + " (the API's limit), not " + maxIndicatorsPerJob);
    }
    BatchFile batch;
    try {
      batch = maxIndicatorsPerJob == null ? BatchFile.read(file)
          : BatchFile.read(file, maxIndicatorsPerJob, SpecLoader.builtIn().batch().maxUploadBytes());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCode.REFUSED;
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof NoSuchFileException ? "no such file" : e.getCause().getMessage();
      err.println("cannot read " + file + ": " + why);
      return ExitCode.REFUSED;
    }
    Place opened;
    try {
      opened = Place.of(env);
    } catch (IllegalStateException e) {
      batch.close();
      err.println(e.getMessage());
      return ExitCode.USAGE;
    }
    try (batch; Place place = opened) {
      Optional<String> ownerName = Optional.ofNullable(owner).or(place::defaultOwner);
      if (ownerName.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--owner is required against an instance");
      }
      BatchOptions options = options(ownerName.get());
      ProgressOutput output = progress.output(env);
      BatchResult result;
      try {
        result = place.client().batch().run(batch, options, new BatchProgress(batch.parts(), output));
      } catch (ThreatConnectException e) {
        output.finish();
        err.println(e.getMessage());
        err.flush();
        return ExitCode.REQUEST_FAILED;
      }
      output.finish();
      env.out().print(ImportSummary.of(result, allErrors ? Integer.MAX_VALUE : ERRORS_SHOWN));
      env.out().flush();
      return result.errorCount() > 0 || result.halted() ? ExitCode.SOME_ERRORS : ExitCode.OK;
    }
  }

  private BatchOptions options(String ownerName) {
    BatchOptions.Builder builder = BatchOptions.builder().owner(ownerName).haltOnError(haltOnError).action(action)
        .attributeWriteType(attributeWriteType);
    if (tagWriteType != null) {
      builder.tagWriteType(tagWriteType);
    }
    if (securityLabelWriteType != null) {
      builder.securityLabelWriteType(securityLabelWriteType);
    }
    if (fileMergeMode != null) {
      builder.fileMergeMode(fileMergeMode);
    }
    if (hashCollisionMode != null) {
      builder.hashCollisionMode(hashCollisionMode);
    }
    return builder.build();
  }
}
