package dev.tcpivot.cli;

import dev.tcpivot.BulkLinks;
import dev.tcpivot.spec.ObjectType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
 * {@code tcpivot link --to groups:12 FILE}: links the existing objects that FILE lists to one
 * object, a chunk per request, saving after each chunk how far it got, so that a rerun goes on
 * where a failed run stopped.
 */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links the existing objects FILE lists to one object, --chunk-size per request.",
      "FILE has one object a line: an ID, or IndicatorType:summary for Indicators (Host:badguy.com);"
          + " blank lines and lines starting with # are left out.",
      "After each chunk, how far the run got is saved in FILE.link-state; a rerun of the same file and"
          + " target goes on after the last chunk that went through. The state file is deleted when all went through."
    })
final class LinkCommand implements Callable<Integer> {
  @ParentCommand Tcpivot parent;

  @Spec CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "<kind>:<id>",
      description = "The object to link to, e.g. groups:12, victims:3, indicators:badguy.com.")
  String to;

  @Option(names = "--objects", paramLabel = "<kind>", defaultValue = "indicators",
      completionCandidates = ObjectKinds.Targets.class,
      description = "The kind of the objects FILE lists: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String objects;

  @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "" + BulkLinks.DEFAULT_CHUNK_SIZE,
      description = "Objects per request (default: ${DEFAULT-VALUE}).")
  int chunkSize;

  @Option(names = "--state", paramLabel = "PATH", description = "Where to save how far the run got (default: FILE and .link-state).")
  Path state;

  @Option(names = "--restart", description = "Start from the first object even if a state file says otherwise.")
  boolean restart;

  @Mixin ProgressOption progress;

  @Parameters(index = "0", paramLabel = "FILE", description = "The objects to link, one a line.")
  Path file;

  @Override
  public Integer call() {
    Environment env = parent.environment();
    PrintWriter err = env.err();
    ObjectKinds kinds = ObjectKinds.builtIn();
    LinkTarget target;
    ObjectType objectType;
    try {
      target = LinkTarget.parse(to, kinds);
      objectType = kinds.target(objects).orElseThrow(() -> new IllegalArgumentException(
          "--objects names an unknown kind '" + objects + "' (kinds: " + String.join(", ", kinds.targets()) + ")"));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (chunkSize < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--chunk-size must be at least 1, not " + chunkSize);
    }
    Optional<String> refusal = kinds.refusal(target.endpoint(), objectType);
    if (refusal.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot link " + objectType.name() + " to "
          + target + ": " + refusal.get());
    }
    Path stateFile = state != null ? state : file.resolveSibling(file.getFileName() + ".link-state");

    List<LinkLine> lines;
    LinkState fresh;
    Optional<LinkState> saved;
    try {
      lines = LinkFile.read(file);
      fresh = LinkState.start(file, target.toString(), objectType.endpointName());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCode.REFUSED;
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
      return ExitCode.REFUSED;
    }
    try {
      saved = restart ? Optional.empty() : LinkState.read(stateFile);
    } catch (IOException e) {
      err.println(e.getMessage());
      return ExitCode.REFUSED;
    }
    if (saved.isPresent() && !saved.get().sameRunAs(fresh)) {
      err.println("the state file " + stateFile + " is for another run (" + describe(saved.get())
          + "), not for " + describe(fresh) + ": rerun with --restart to start over, or name another --state");
      return ExitCode.REFUSED;
    }
    int skip = saved.map(LinkState::linked).orElse(0);
    if (skip > lines.size()) {
      err.println("the state file " + stateFile + " says " + skip + " objects are linked, but " + file + " lists "
          + lines.size() + ": rerun with --restart to start over");
      return ExitCode.REFUSED;
    }

    Place opened;
    try {
      opened = Place.of(env);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE;
    }
    try (Place place = opened) {
      LinkPlan plan;
      try {
        plan = new LinkRequests(place.client(), file, lines).plan(target, objectType);
      } catch (LinkFileException e) {
        err.println(e.getMessage());
        return ExitCode.REFUSED;
      }
      if (skip > 0) {
        err.println("resuming: skipping the first " + skip + " of " + lines.size() + " objects (through line "
            + saved.get().lastLine() + "), linked by an earlier run");
      }
      return run(env, plan, lines, target, objectType, stateFile, fresh, skip);
    }
  }

  private int run(Environment env, LinkPlan plan, List<LinkLine> lines, LinkTarget target, ObjectType objectType,
      Path stateFile, LinkState fresh, int skip) {
    PrintWriter err = env.err();
    ProgressOutput output = progress.output(env);
    int total = lines.size();
    IOException[] saveFailure = new IOException[1];
    LinkPlan.Outcome outcome = plan.run(skip, chunkSize, p -> {
      int linked = skip + p.linked();
      try {
        fresh.after(linked, lines.get(linked - 1).number()).save(stateFile);
      } catch (IOException e) {
        saveFailure[0] = e;
        throw new IllegalStateException("cannot save how far the run got in " + stateFile + ": " + e.getMessage(), e);
      }
      output.step("chunk " + p.chunk() + "/" + p.chunks() + " linked: " + linked + " of " + total
          + " objects (through line " + lines.get(linked - 1).number() + ")");
      output.state(linked, total, "chunk " + p.chunk() + "/" + p.chunks() + "  " + linked + "/" + total + " linked");
    });
    output.finish();
    int linked = skip + outcome.linked();
    TextTable table = new TextTable("target", "objects", "listed", "skipped", "linked now", "remaining")
        .row(target, objectType.endpointName(), total, skip, outcome.linked(), total - linked);
    env.out().print(table.render(false));
    env.out().flush();
    if (outcome.failure().isEmpty()) {
      try {
        Files.deleteIfExists(stateFile);
      } catch (IOException e) {
        err.println("all linked, but the state file " + stateFile + " could not be deleted: " + e.getMessage());
      }
      env.out().println("all " + total + " objects are linked to " + target);
      env.out().flush();
      return ExitCode.OK;
    }
    RuntimeException failure = outcome.failure().get();
    err.println(failure.getMessage());
    if (linked > 0 && saveFailure[0] == null) {
      err.println(linked + " of " + total + " objects are linked (saved in " + stateFile
          + "); run the same command again to go on after line " + lines.get(linked - 1).number());
    }
    err.flush();
    return ExitCode.REQUEST_FAILED;
  }

  private static String describe(LinkState state) {
    return state.input() + " (" + state.size() + " bytes, SHA-256 " + state.sha256().substring(0, 12) + "...) to "
        + state.target() + " as " + state.objects();
  }
}
