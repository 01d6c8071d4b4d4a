package dev.tcpivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.RecordedRequest;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.VictimCreate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code tcpivot link}: chunks, a stop and a resume, and what is refused before anything is sent. */
class LinkCommandTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.perMethod();

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dir;

  private static List<Long> hosts(ThreatConnect tc, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(tc.indicators().create(IndicatorCreate.host("h" + i + ".example.com").build()).id());
    }
    return ids;
  }

  private Path file(String name, List<?> lines) throws IOException {
    return Files.writeString(dir.resolve(name), lines.stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
  }

  /** The IDs a PUT's associatedIndicators block names, in order. */
  private List<Long> ids(RecordedRequest request) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : json.readTree(request.body()).path("associatedIndicators").path("data")) {
      ids.add(item.path("id").asLong());
    }
    return ids;
  }

  private static long linkedHosts(ThreatConnect tc, long groupId) {
    return tc.indicators().count(IndicatorQuery.hasGroup(GroupQuery.id().eq(groupId)));
  }

  @Test
  void twelveHundredHostsGoInChunksOfFiveHundred(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long group = tc.groups().create(GroupCreate.campaign("Spring").build()).id();
    List<Long> hosts = hosts(tc, 1200);
    Path input = file("hosts.txt", hosts);
    sandbox.journal().clear();

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "groups:" + group, "--chunk-size", "500", input.toString());

    assertEquals(0, run.exit(), run::toString);
    List<RecordedRequest> puts = sandbox.journal().requests("PUT", "/v3/groups/" + group);
    assertEquals(List.of(500, 500, 200), puts.stream().map(p -> {
      try {
        return ids(p).size();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList());
    assertEquals(3, sandbox.journal().size());
    assertEquals(1200, linkedHosts(tc, group));
    assertEquals(List.of(
        "chunk 1/3 linked: 500 of 1200 objects (through line 500)",
        "chunk 2/3 linked: 1000 of 1200 objects (through line 1000)",
        "chunk 3/3 linked: 1200 of 1200 objects (through line 1200)"), run.err().lines().toList());
    assertTrue(run.out().contains("groups:" + group + "  indicators    1200        0        1200          0"), run::toString);
    assertTrue(run.out().contains("all 1200 objects are linked to groups:" + group), run::toString);
    assertFalse(Files.exists(dir.resolve("hosts.txt.link-state")));
  }

  /**
   * The second chunk names an Indicator that does not exist yet, so the run stops after the
   * first; once it exists, the same command goes on after the first chunk and never sends it again.
   */
  @Test
  void aStoppedRunGoesOnAfterItsLastChunk(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long group = tc.groups().create(GroupCreate.campaign("Resume").build()).id();
    List<Long> hosts = hosts(tc, 1199);
    long missing = hosts.get(hosts.size() - 1) + 1;
    List<Object> lines = new ArrayList<>(hosts);
    lines.add(700, missing);
    lines.add(0, "# hosts of the Resume campaign");
    Path input = file("hosts.txt", lines);
    Path state = dir.resolve("hosts.txt.link-state");
    sandbox.journal().clear();

    CommandRun first = CommandRun.of(sandbox, false, "link", "--to", "groups:" + group, input.toString());

    assertEquals(4, first.exit(), first::toString);
    assertTrue(first.err().contains("HTTP 404"), first::toString);
    assertTrue(first.err().contains("500 of 1200 objects are linked (saved in " + state
        + "); run the same command again to go on after line 501"), first::toString);
    assertEquals(500, linkedHosts(tc, group));
    JsonNode saved = json.readTree(state.toFile());
    assertEquals(500, saved.path("linked").asInt());
    assertEquals(501, saved.path("lastLine").asInt());
    assertEquals("groups:" + group, saved.path("target").asText());

    // Another target is another run: refused unless asked to start over.
    CommandRun other = CommandRun.of(sandbox, false, "link", "--to", "groups:" + (group + 1), input.toString());
    assertEquals(3, other.exit(), other::toString);
    assertTrue(other.err().contains("is for another run"), other::toString);
    assertTrue(other.err().contains("rerun with --restart to start over"), other::toString);

    assertEquals(missing, tc.indicators().create(IndicatorCreate.host("late.example.com").build()).id());
    sandbox.journal().clear();
    CommandRun second = CommandRun.of(sandbox, false, "link", "--to", "groups:" + group, input.toString());

    assertEquals(0, second.exit(), second::toString);
    assertTrue(second.err().startsWith("resuming: skipping the first 500 of 1200 objects (through line 501),"
        + " linked by an earlier run\n"), second::toString);
    List<RecordedRequest> puts = sandbox.journal().requests("PUT", "/v3/groups/" + group);
    assertEquals(2, puts.size());
    List<Long> sent = new ArrayList<>(ids(puts.get(0)));
    sent.addAll(ids(puts.get(1)));
    List<Long> rest = new ArrayList<>(hosts.subList(500, 1199));
    rest.add(200, missing);
    assertEquals(rest, sent);
    assertEquals(1200, linkedHosts(tc, group));
    assertFalse(Files.exists(state));
  }

  @Test
  void restartStartsOverWhateverTheStateFileSays(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long first = tc.groups().create(GroupCreate.campaign("First").build()).id();
    long second = tc.groups().create(GroupCreate.campaign("Second").build()).id();
    List<Long> hosts = hosts(tc, 5);
    List<Object> lines = new ArrayList<>(hosts);
    lines.add(3, 999);
    Path input = file("hosts.txt", lines);
    Path state = dir.resolve("progress.json");
    CommandRun stopped = CommandRun.of(sandbox, false, "link", "--to", "groups:" + first, "--chunk-size", "2",
        "--state", state.toString(), input.toString());
    assertEquals(4, stopped.exit(), stopped::toString);
    assertTrue(Files.exists(state));
    Files.writeString(input, hosts.stream().map(String::valueOf).collect(Collectors.joining("\n")));
    sandbox.journal().clear();

    CommandRun edited = CommandRun.of(sandbox, false, "link", "--to", "groups:" + first, "--chunk-size", "2",
        "--state", state.toString(), input.toString());
    assertEquals(3, edited.exit(), edited::toString);
    assertEquals(0, sandbox.journal().size());

    CommandRun restarted = CommandRun.of(sandbox, false, "link", "--to", "groups:" + second, "--chunk-size", "2",
        "--state", state.toString(), "--restart", input.toString());

    assertEquals(0, restarted.exit(), restarted::toString);
    assertEquals(3, sandbox.journal().requests("PUT", "/v3/groups/" + second).size());
    assertEquals(5, linkedHosts(tc, second));
    assertFalse(Files.exists(state));
  }

  @Test
  void anUnreadableStateFileIsRefusedUnlessRestarted(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long group = tc.groups().create(GroupCreate.campaign("Torn").build()).id();
    Path input = file("hosts.txt", hosts(tc, 2));
    Path state = Files.writeString(dir.resolve("hosts.txt.link-state"), "{\"input\": ");
    sandbox.journal().clear();

    CommandRun torn = CommandRun.of(sandbox, false, "link", "--to", "groups:" + group, input.toString());
    assertEquals(3, torn.exit(), torn::toString);
    assertTrue(torn.err().startsWith("the state file " + state + " cannot be read ("), torn::toString);
    assertTrue(torn.err().endsWith("); rerun with --restart to start over\n"), torn::toString);
    assertEquals(0, sandbox.journal().size());

    CommandRun restarted = CommandRun.of(sandbox, false, "link", "--to", "groups:" + group, "--restart", input.toString());
    assertEquals(0, restarted.exit(), restarted::toString);
    assertEquals(2, linkedHosts(tc, group));
  }

  @Test
  void aMissingFileIsRefused(Sandbox sandbox) {
    Path missing = dir.resolve("missing.txt");

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "groups:1", missing.toString());

    assertEquals(3, run.exit(), run::toString);
    assertEquals("cannot read " + missing + ": no such file\n", run.err());
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void aPairTheTableRefusesIsNotSent(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long victim = tc.victims().create(VictimCreate.of("Jane").build()).id();
    Path input = file("hosts.txt", List.of("Host:badguy.com"));
    sandbox.journal().clear();

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "victims:" + victim, input.toString());

    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().startsWith("cannot link Indicators to victims:" + victim
        + ": /v3/victims cannot associate Indicators (it can associate: Groups)\n"
        + "Try 'tcpivot link --help' for more.\n"), run::toString);
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void aTargetIsAKindAndAnId(Sandbox sandbox) throws IOException {
    Path input = file("hosts.txt", List.of("Host:badguy.com"));

    CommandRun noId = CommandRun.of(sandbox, false, "link", "--to", "groups", input.toString());
    CommandRun unknown = CommandRun.of(sandbox, false, "link", "--to", "tags:3", input.toString());
    CommandRun bySummary = CommandRun.of(sandbox, false, "link", "--to", "groups:badguy.com", input.toString());

    assertEquals(2, noId.exit(), noId::toString);
    assertTrue(noId.err().startsWith("--to must be <kind>:<id>, e.g. groups:12, not 'groups'\n"), noId::toString);
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().startsWith("--to names an unknown kind 'tags' (kinds: artifacts, cases, groups,"), unknown::toString);
    assertEquals(2, bySummary.exit(), bySummary::toString);
    assertTrue(bySummary.err().startsWith("--to must name Groups by a positive ID, not 'badguy.com'\n"), bySummary::toString);
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void anIndicatorTargetMayBeNamedBySummary(ThreatConnect tc, Sandbox sandbox) throws IOException {
    tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    tc.indicators().create(IndicatorCreate.address("71.6.135.131").build());
    Path input = file("addresses.txt", List.of("Address:71.6.135.131"));

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "indicators:ASN204288", input.toString());

    assertEquals(0, run.exit(), run::toString);
    assertEquals("71.6.135.131", tc.indicators().get("ASN204288", IndicatorField.ASSOCIATED_INDICATORS)
        .associatedIndicators().get(0).summary());
  }

  @Test
  void aBadLineIsRefusedWithItsNumber(Sandbox sandbox) throws IOException {
    Path input = file("mixed.txt", List.of("# a comment", "", "12", "Host:badguy.com", "not an object"));

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "groups:1", input.toString());

    assertEquals(3, run.exit(), run::toString);
    assertEquals(input + ":5: 'not an object' is neither an ID nor IndicatorType:summary (e.g. 12 or Host:badguy.com)\n",
        run.err());
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void aSummaryItsTypeRefusesIsABadLine(Sandbox sandbox) throws IOException {
    Path input = file("hosts.txt", List.of("Host:good.example.com", "Host:not a host"));

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "groups:1", input.toString());

    assertEquals(3, run.exit(), run::toString);
    assertTrue(run.err().startsWith(input + ":2: "), run::toString);
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void groupsAreNamedById(Sandbox sandbox) throws IOException {
    Path input = file("groups.txt", List.of("3", "Host:badguy.com"));

    CommandRun run = CommandRun.of(sandbox, false, "link", "--to", "victims:1", "--objects", "groups", input.toString());

    assertEquals(3, run.exit(), run::toString);
    assertEquals(input + ":2: 'Host:badguy.com': Groups are named by ID; only Indicators by type and summary\n", run.err());
    assertEquals(0, sandbox.journal().size());
  }

  @Test
  void theBarIsRedrawnOnOneLine(ThreatConnect tc, Sandbox sandbox) throws IOException {
    long group = tc.groups().create(GroupCreate.campaign("Bar").build()).id();
    Path input = file("hosts.txt", hosts(tc, 5));

    CommandRun run = CommandRun.of(sandbox, true, "link", "--to", "groups:" + group, "--chunk-size", "2", input.toString());

    assertEquals(0, run.exit(), run::toString);
    assertEquals(1, run.err().chars().filter(c -> c == '\n').count(), run::toString);
    assertEquals(3, run.err().chars().filter(c -> c == '\r').count(), run::toString);
    assertTrue(run.err().contains("chunk 3/3  5/5 linked"), run::toString);
    assertTrue(run.err().endsWith("\n"));
  }
}
