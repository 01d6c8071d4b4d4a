package dev.tcpivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.NotFoundException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.GroupField;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code tcpivot import}: the docs' input files run as jobs, their errors, a halt, a refused file, the two progress renderings. */
class ImportCommandTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.perMethod();

  @TempDir Path dir;

  private static String docsFile(String name) {
    try {
      return Path.of(ImportCommandTest.class.getResource("/batch/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  /** The table's rows, from the first after the header to the total, each cell split on runs of spaces. */
  private static List<List<String>> rows(String out) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : out.lines().skip(2).filter(line -> !line.startsWith("-")).toList()) {
      rows.add(List.of(line.strip().split(" {2,}")));
      if (line.startsWith("total")) {
        break;
      }
    }
    return rows;
  }

  /** {@code tcpivot import --owner <the sandbox's Organization> args...}. */
  private static CommandRun importing(Sandbox sandbox, boolean terminal, String... args) {
    List<String> all = new ArrayList<>(List.of("import", "--owner", sandbox.organization().name()));
    all.addAll(List.of(args));
    return CommandRun.of(sandbox, terminal, all.toArray(String[]::new));
  }

  /**
   * v2_batch_api.rst L159-221: a Host associated to a new Incident by its associatedGroups; the
   * job counts three objects, the Host, the Incident and their association.
   */
  @Test
  void theDocsIndicatorToGroupExampleImports(ThreatConnect tc, Sandbox sandbox) {
    CommandRun run = importing(sandbox, false, docsFile("indicator-to-group.json"));

    assertEquals(0, run.exit(), run::toString);
    List<List<String>> rows = rows(run.out());
    assertEquals(2, rows.size(), run::toString);
    assertEquals("1", rows.get(0).get(0));
    assertEquals(List.of("Completed", "3", "0", "0"), rows.get(0).subList(2, 6), run::toString);
    assertEquals(List.of("total", "3", "0", "0"), rows.get(1), run::toString);
    assertEquals("badguyz.com", tc.groups().inOwner("Demo Organization")
        .getByXid("00000000-0000-0000-0000-000000000000:0001", GroupField.ASSOCIATED_INDICATORS)
        .associatedIndicators().get(0).summary());
  }

  /**
   * v2_batch_api.rst L230-299: the association array's second entry names Group 12345, which does
   * not exist in the owner: one error, tied to that association, and three objects written.
   */
  @Test
  void aJobWithErrorsListsThemByObject(ThreatConnect tc, Sandbox sandbox) {
    CommandRun run = importing(sandbox, false, docsFile("association-array.json"));

    assertEquals(1, run.exit(), run::toString);
    assertEquals(List.of("total", "3", "1", "0"), rows(run.out()).get(1), run::toString);
    assertTrue(run.out().contains("\n1 error:\n  part 1, job "), run::toString);
    assertTrue(run.out().contains(": association[1] Host badguyz.com to #12345: 0x100"), run::toString);
    assertEquals("badguyz.com", tc.indicators().get("badguyz.com").summary());
  }

  @Test
  void onlyTheFirstTwentyErrorsAreListedUnlessAllAreAskedFor(Sandbox sandbox) throws IOException {
    StringBuilder json = new StringBuilder("{\"indicator\": [{\"type\": \"Host\", \"summary\": \"hub.example.com\"}], \"association\": [");
    for (int i = 0; i < 25; i++) {
      json.append(i == 0 ? "" : ",").append("{\"ref_1\": \"hub.example.com\", \"type_1\": \"Host\", \"id_2\": ").append(90000 + i).append('}');
    }
    Path input = file("many.json", json.append("]}").toString());

    CommandRun some = importing(sandbox, false, input.toString());
    sandbox.reset();
    CommandRun all = importing(sandbox, false, "--all-errors", input.toString());

    assertEquals(1, some.exit(), some::toString);
    assertEquals(20, some.out().lines().filter(l -> l.startsWith("  part 1, job ")).count(), some::toString);
    assertTrue(some.out().contains("  ... and 5 more (--all-errors lists every one)\n"), some::toString);
    assertEquals(25, all.out().lines().filter(l -> l.startsWith("  part 1, job ")).count(), all::toString);
  }

  /** L44-46: with haltOnError the part with an error is the last one sent. */
  @Test
  void haltOnErrorSendsNoLaterPart(ThreatConnect tc, Sandbox sandbox) throws IOException {
    Path input = file("halt.json", "{\"indicator\": ["
        + "{\"type\": \"Host\", \"summary\": \"first.example.com\"},"
        + "{\"type\": \"Host\", \"summary\": \"second.example.com\"}],"
        + " \"association\": [{\"ref_1\": \"first.example.com\", \"type_1\": \"Host\", \"id_2\": 98765}]}");

    CommandRun run = importing(sandbox, false, "--halt-on-error", "--max-indicators-per-job", "1",
        input.toString());

    assertEquals(1, run.exit(), run::toString);
    assertEquals(2, rows(run.out()).size(), run::toString);
    assertTrue(run.out().contains("halted: 1 of 2 parts not sent\n"), run::toString);
    assertTrue(run.err().contains("part 1/2: job "), run::toString);
    assertTrue(run.err().contains("had errors and --halt-on-error is set: 1 later part(s) not sent"), run::toString);
    assertEquals(1, sandbox.journal().requests("POST", "/v2/batch").size());
    assertThrows(NotFoundException.class, () -> tc.indicators().get("second.example.com"));
  }

  @Test
  void aRefusedFileSendsNothing(Sandbox sandbox) throws IOException {
    Path input = file("bad.json", "{\"indicator\": [\n  {\"type\": \"Host\", \"summary\": \"not a host\"}\n]}\n");

    CommandRun run = importing(sandbox, false, input.toString());

    assertEquals(3, run.exit(), run::toString);
    assertTrue(run.err().startsWith(input + ":2:"), run::toString);
    assertEquals("", run.out());
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void aMissingFileIsRefused(Sandbox sandbox) {
    Path missing = dir.resolve("missing.json");

    CommandRun run = importing(sandbox, false, missing.toString());

    assertEquals(3, run.exit(), run::toString);
    assertEquals("cannot read " + missing + ": no such file\n", run.err());
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void aJobSizeOverTheApisLimitIsAUsageError(Sandbox sandbox) {
    int limit = SpecLoader.builtIn().batch().maxIndicatorsPerJob();
    CommandRun run = importing(sandbox, false, "--max-indicators-per-job", String.valueOf(limit + 1),
        docsFile("indicator-to-group.json"));

    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().startsWith("--max-indicators-per-job must be 1 to " + limit + " (the API's limit), not "
        + (limit + 1) + "\n"), run::toString);
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void progressLinesTellEachStep(Sandbox sandbox) {
    CommandRun run = importing(sandbox, false, docsFile("indicator-to-group.json"));

    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).matches("part 1/1: job \\d+ created"), run::toString);
    assertTrue(lines.get(1).matches("part 1/1: job \\d+ uploaded \\d+ bytes \\(3 objects\\)"), run::toString);
    assertTrue(lines.get(lines.size() - 1).matches("part 1/1: job \\d+ completed: 3 succeeded, 0 errors, 0 unprocessed"),
        run::toString);
    assertTrue(lines.stream().anyMatch(l -> l.matches("part 1/1: job \\d+ Completed, 3 succeeded, 0 errors")), run::toString);
    assertTrue(run.err().indexOf('\r') < 0, run::toString);
  }

  @Test
  void onATerminalTheBarStaysOnOneLine(Sandbox sandbox) {
    CommandRun run = importing(sandbox, true, docsFile("indicator-to-group.json"));

    assertEquals(0, run.exit(), run::toString);
    assertEquals(1, run.err().chars().filter(c -> c == '\n').count(), run::toString);
    assertTrue(run.err().startsWith("\r["), run::toString);
    assertTrue(run.err().chars().filter(c -> c == '\r').count() >= 3, run::toString);
    assertTrue(run.err().contains("part 1/1  3/3 objects  3 ok  0 errors"), run::toString);
    assertTrue(run.err().endsWith("\n"), run::toString);
  }

  /** A bar wider than the terminal would wrap, and each redraw would add a line: it is cut to COLUMNS - 1. */
  @Test
  void theBarFitsTheTerminal(Sandbox sandbox) {
    CommandRun run = CommandRun.with(Map.of("TC_API_URL", sandbox.baseUrl(), "TC_ACCESS_ID", sandbox.accessId(),
            "TC_SECRET_KEY", sandbox.secretKey(), "COLUMNS", "40"), true,
        "import", "--owner", sandbox.organization().name(), docsFile("indicator-to-group.json"));

    assertEquals(0, run.exit(), run::toString);
    List<String> drawn = List.of(run.err().strip().split("\r"));
    assertTrue(drawn.size() >= 3, run::toString);
    for (String line : drawn) {
      assertTrue(line.strip().length() <= 39, "'" + line + "' in " + run);
    }
    assertTrue(drawn.stream().anyMatch(l -> l.strip().endsWith("...")), run::toString);
  }

  @Test
  void progressCanBeAskedFor(Sandbox sandbox) {
    CommandRun bar = importing(sandbox, false, "--progress=bar", docsFile("indicator-to-group.json"));
    CommandRun none = importing(sandbox, true, "--progress=none", docsFile("indicator-to-group.json"));

    assertTrue(bar.err().startsWith("\r["), bar::toString);
    assertEquals("", none.err(), none::toString);
  }

  /** Every option of a batch job (batch.table) is an option of the command, whose help lists its values. */
  @Test
  void theHelpListsTheValuesOfEachOption(Sandbox sandbox) {
    CommandRun run = importing(sandbox, false, "--help");

    String help = run.out().replaceAll("\\s+", " ");
    assertEquals(0, run.exit());
    for (BatchRules.Option option : SpecLoader.builtIn().batch().options()) {
      String name = "--" + option.name().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      int at = help.indexOf(name + "=");
      assertTrue(at >= 0, name + " in " + help);
      assertTrue(help.indexOf(String.join(", ", option.values()), at) > at, name + ": " + option.values() + " in " + help);
    }
  }

  @Test
  void anUnknownValueIsAUsageError(Sandbox sandbox) {
    CommandRun run = importing(sandbox, false, "--action", "Merge", docsFile("indicator-to-group.json"));

    assertEquals(2, run.exit(), run::toString);
    List<String> actions = SpecLoader.builtIn().batch().option("action").orElseThrow().values();
    assertTrue(run.err().contains("'Merge' is not one of " + String.join(", ", actions)), run::toString);
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void withoutAnInstanceItRunsOnAnEmbeddedSandbox() {
    CommandRun run = CommandRun.with(Map.of(), false, "import", "--progress=none", docsFile("indicator-to-group.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.err().startsWith("TC_API_URL is not set: running against an embedded sandbox at http://127.0.0.1:"),
        run::toString);
    assertEquals(List.of("total", "3", "0", "0"), rows(run.out()).get(1), run::toString);
  }

  @Test
  void anInstanceWithoutCredentialsIsAUsageError(Sandbox sandbox) {
    CommandRun run = CommandRun.with(Map.of("TC_API_URL", sandbox.baseUrl()), false, "import",
        docsFile("indicator-to-group.json"));

    assertEquals(2, run.exit(), run::toString);
    assertEquals("TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN, as well"
        + " (missing: TC_ACCESS_ID and TC_SECRET_KEY)\n", run.err());
    assertEquals(0, sandbox.journal().size());
  }
}
