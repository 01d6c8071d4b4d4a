package dev.tcpivot.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's main command: the walkthrough runs to the end against the embedded sandbox. */
class WalkthroughTest {

  @Test
  void performsEveryAssociationAndReportsTheRefusals() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Connection connection = Connection.fromEnvironment(Map.of());
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Walkthrough.run(connection, out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(report.startsWith("tcpivot walkthrough against the embedded sandbox at http://127.0.0.1:"), report);
    // The new Adversary went to Demo Source while the Host stayed in the Organization (associations.rst L143).
    assertTrue(report.contains("Bad Guy (Adversary, Demo Source)"), report);
    // Every associable type linked to a Group in one PUT, new and existing.
    assertTrue(report.contains("-> associatedCases: Phishing Investigation, Credential Harvesting"), report);
    assertTrue(report.contains("-> associatedVictimAssets: EmailAddress"), report);
    // Pivots over the links just made (filter_results.rst: tql and its nested queries; return_count.rst).
    assertTrue(report.contains("GET /v3/indicators?tql=hasGroup(id = 2)"), report);
    assertTrue(
        report.contains("-> indicators: ultrabadguy.com, 71.6.135.131, badguy@bad.com, login-micros0ft.com"), report);
    assertTrue(
        report.contains("-> groups: Phishing wave (Incident, Demo Organization), Bad Guy (Adversary, Demo Source)"),
        report);
    assertTrue(report.contains("-> 2 Hosts"), report);
    // Removal by ID left the Host without Groups.
    assertTrue(report.contains("16. Removed Group") && report.contains("-> associatedGroups: none"), report);
    assertTrue(report.contains("-> securityLabels: TLP:RED") && report.contains("-> tags: Russia"), report);
    // The reverse Indicator-to-Indicator association comes back typed (indicators/associations.rst L222-228).
    assertTrue(
        report.contains(
            "refused with HTTP 400 (errCode 0x1001): Association cannot be applied to the indicator types."),
        report);
    // Victims take no associations across owners (associations.rst L52-54).
    assertTrue(report.contains("does not accept associations across owners"), report);
    // Twenty Hosts created and tagged at once, never more than four requests at the sandbox.
    assertTrue(report.contains("21. Created 20 Hosts, then tagged each, all at once with tc.async() under"
        + " maxConcurrentRequests(4)"), report);
    assertTrue(report.contains("-> 20 of 20 updates came back with the tag \"Phishing wave\""), report);
    String peak = report.lines().filter(l -> l.contains("requests at once")).findFirst().orElseThrow();
    int atOnce = Integer.parseInt(peak.replaceAll("\\D", ""));
    assertTrue(atOnce >= 1 && atOnce <= 4, peak);
    // A V2 Batch job: 1 Incident, 50 Hosts and their 50 links succeed; the File with two MD5 hashes
    // is refused, and the error names it (v2_batch_api.rst L729-736, L906-920).
    assertTrue(report.contains("22. Imported an Incident and 50 Hosts linked to it, and a File with two MD5"
        + " hashes, as one V2 Batch job"), report);
    assertTrue(report.contains("-> job 1: Completed, 101 succeeded, 1 failed"), report);
    assertTrue(report.contains("on indicator[50] File 8743b52063cd84097a65d1633f5c74f5 : 9743b52063cd84097a65d1633f5c74f5:"),
        report);
    String summary = report.lines().filter(l -> l.startsWith("Done:")).findFirst().orElseThrow();
    // 36 objects one request at a time and 51 by the batch job; the Delete job removes the 51, and
    // the Artifact goes with its Case.
    assertEquals(
        "Done: 22 steps, 87 objects created and 86 deleted (and 1 gone with its parent), 71 associations"
            + " made, 2 removed, 2 refusals from the server.",
        summary);
  }
}
