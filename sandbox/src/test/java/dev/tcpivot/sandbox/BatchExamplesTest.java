package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each example input file of v2_batch_api.rst (L148-764; copies in batch/, see its README.md)
 * uploaded as is to a Create job, and what it made read back through the v3 endpoints. The ids the
 * examples name (12345, 54321, 654321, 100, 200) are not in a fresh sandbox: those associations
 * become errors of the job, the rest of the file goes on (haltOnError false).
 */
@SandboxPerMethod
class BatchExamplesTest {
  private static final String XID_1 = "00000000-0000-0000-0000-000000000000:0001";
  private static final String XID_2 = "00000000-0000-0000-0000-000000000000:0002";
  private static final String XID_3 = "00000000-0000-0000-0000-000000000000:0003";
  private static final String XID_4 = "00000000-0000-0000-0000-000000000000:0004";
  private static final String INDICATOR_FIELDS =
      "?fields=tags&fields=securityLabels&fields=attributes&fields=associatedGroups"
          + "&fields=associatedIndicators";
  private static final String GROUP_FIELDS =
      "&fields=tags&fields=securityLabels&fields=attributes&fields=associatedGroups"
          + "&fields=associatedIndicators";

  private final BatchClient batch;

  BatchExamplesTest(Sandbox sandbox) {
    this.batch = new BatchClient(sandbox);
  }

  private JsonNode run(String example) {
    return batch.run(BatchClient.options(ORG, false, "Create", "Append"), BatchClient.example(example));
  }

  private JsonNode indicator(String summary) {
    return batch.get("/v3/indicators/" + BatchClient.enc(summary) + INDICATOR_FIELDS);
  }

  private JsonNode group(String xid) {
    return batch.get(
        "/v3/groups/" + BatchClient.enc(xid) + "?owner=" + BatchClient.enc(ORG) + GROUP_FIELDS);
  }

  private static List<String> names(JsonNode list, String field) {
    List<String> names = new ArrayList<>();
    list.path("data").forEach(item -> names.add(item.path(field).asText()));
    return names;
  }

  private static void assertCounts(JsonNode status, int success, int errors) {
    assertEquals(success, status.path("successCount").asInt(), status::toString);
    assertEquals(errors, status.path("errorCount").asInt(), status::toString);
    assertEquals(0, status.path("unprocessedCount").asInt(), status::toString);
  }

  /** The Host of L161-221, with its metadata (L165-195), as v3 shows it. */
  private void assertBadguyz(JsonNode host) {
    assertEquals("Host", host.path("type").asText());
    assertEquals(3, host.path("rating").asInt(), host::toString);
    assertEquals(60, host.path("confidence").asInt(), host::toString);
    assertEquals(List.of("Ransomware"), names(host.path("tags"), "name"));
    assertEquals(List.of("TLP:AMBER"), names(host.path("securityLabels"), "name"));
    assertEquals(List.of("Description"), names(host.path("attributes"), "type"));
  }

  /** L151-221: associatedGroups on the Indicator names the Group of the file by XID. */
  @Test
  void indicatorToGroupByAssociatedGroups() {
    assertCounts(run("indicator-to-group-nested"), 3, 0);
    JsonNode host = indicator("badguyz.com");
    assertBadguyz(host);
    assertEquals(
        List.of("Ransomware Attack at Company ABC"), names(host.path("associatedGroups"), "name"));
    JsonNode incident = group(XID_1);
    assertEquals("Incident", incident.path("type").asText());
    assertEquals("2024-08-04T00:00:00Z", incident.path("eventDate").asText());
    assertEquals(List.of("Ransomware"), names(incident.path("tags"), "name"));
    assertEquals(List.of("TLP:AMBER"), names(incident.path("securityLabels"), "name"));
    assertEquals(List.of("badguyz.com"), names(incident.path("associatedIndicators"), "summary"));
  }

  /** L223-299: the association array; the second entry names Group 12345, not in the owner. */
  @Test
  void indicatorToGroupByTheAssociationArray() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, BatchClient.example("indicator-to-group-array"));
    assertCounts(batch.awaitCompleted(id), 3, 1);
    JsonNode host = indicator("badguyz.com");
    assertBadguyz(host);
    assertEquals(
        List.of("Ransomware Attack at Company ABC"), names(host.path("associatedGroups"), "name"));
    JsonNode errors = batch.results(id, "").body();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).path("errorMessage").asText().contains("association[1]"), errors::toString);
    assertTrue(errors.get(0).path("errorReason").asText().contains("12345"), errors::toString);
  }

  /** L301-375: associatedIndicators on the Group names the URL of the file. */
  @Test
  void groupToNewIndicatorByAssociatedIndicators() {
    assertCounts(run("group-to-new-indicator-nested"), 3, 0);
    JsonNode url = indicator("http://www.badguyz.com");
    assertEquals("URL", url.path("type").asText());
    assertEquals(
        List.of("Ransomware Attack at Company XYZ"), names(url.path("associatedGroups"), "name"));
  }

  /** L377-418: the Address is not in the file but exists in the owner (made here through v3). */
  @Test
  void groupToExistingIndicatorByAssociatedIndicators() {
    Response address =
        batch.v3().post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"71.6.135.131\"}");
    assertEquals(201, address.status(), address::toString);
    assertCounts(run("group-to-existing-indicator-nested"), 2, 0);
    JsonNode incident = group(XID_2);
    assertEquals(List.of(address.id()), ids(incident.path("associatedIndicators")));
  }

  /** L377-418 again, without the Address in the owner: the association is the job's one error. */
  @Test
  void groupToAMissingIndicatorIsAnError() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, BatchClient.example("group-to-existing-indicator-nested"));
    assertCounts(batch.awaitCompleted(id), 1, 1);
    JsonNode error = batch.results(id, "").body().get(0);
    assertTrue(
        error.path("errorMessage").asText().contains("group[0].associatedIndicators[0]"),
        error::toString);
    assertTrue(error.path("errorReason").asText().contains("71.6.135.131"), error::toString);
  }

  /** L420-496: ref_1 a Group XID, ref_2 a URL with type_2; then Address 54321, not there. */
  @Test
  void groupToIndicatorByTheAssociationArray() {
    assertCounts(run("group-to-indicator-array"), 3, 1);
    JsonNode incident = group(XID_2);
    assertEquals(
        List.of("http://www.badguyz.com"), names(incident.path("associatedIndicators"), "summary"));
  }

  /** L498-545: associatedGroupXid. */
  @Test
  void groupToGroupByAssociatedGroupXid() {
    assertCounts(run("group-to-group-nested"), 3, 0);
    JsonNode compromised = group(XID_3);
    assertEquals(
        List.of("Leaked Credentials at Company ABC"),
        names(compromised.path("associatedGroups"), "name"));
    assertEquals(List.of("Phishing Attack"), names(compromised.path("tags"), "name"));
    assertEquals(
        List.of("Compromised User Accounts at Company ABC"),
        names(group(XID_4).path("associatedGroups"), "name"));
  }

  /** L547-604: the first entry associates the two Groups; 12345, 100 and 200 are not there. */
  @Test
  void groupToGroupByTheAssociationArray() {
    assertCounts(run("group-to-group-array"), 3, 2);
    assertEquals(
        List.of("Leaked Credentials at Company ABC"),
        names(group(XID_3).path("associatedGroups"), "name"));
  }

  /**
   * L606-700: URL Host associates the Host and the URL (indicator-associations.table); the other
   * two entries name Indicators 54321 and 654321, not there.
   */
  @Test
  void indicatorToIndicatorByTheAssociationArray() {
    assertCounts(run("indicator-to-indicator-array"), 3, 2);
    JsonNode url = indicator("http://www.verybadguyz.com");
    assertEquals(
        List.of("verybadguyz.com"), names(url.path("associatedIndicators"), "summary"));
    assertEquals(
        List.of("http://www.verybadguyz.com"),
        names(indicator("verybadguyz.com").path("associatedIndicators"), "summary"));
  }

  /** L702-722: a Report with an AI summary. */
  @Test
  void aReportWithAnAiSummary() {
    assertCounts(run("group-with-ai-summary"), 1, 0);
    JsonNode report = group("ad4c16549f1ff37faa7a3e99b6e33e0884d9af03878e8c4c2bf1c31a674ace40");
    assertEquals("Report", report.path("type").asText());
    assertEquals("Example Report Group with AI Summary", report.path("name").asText());
    assertEquals("2026-01-15T13:00:00Z", report.path("publishDate").asText());
  }

  /** L734-747: md5 : sha1 : sha256 in the summary. */
  @Test
  void fileHashesInTheSummary() {
    assertCounts(run("file-hashes-in-summary"), 1, 0);
    assertFile(indicator("905ad8176a569a36421bf54c04ba7f95"));
  }

  /**
   * L749-764: the hashes as fields; the same File as the summary's, so the second file updates the
   * Indicator the first made (one File in the owner).
   */
  @Test
  void fileHashesIndividuallyAreTheSameFile() {
    assertCounts(run("file-hashes-individually"), 1, 0);
    assertFile(indicator("a52b6986d68cdfac53aa740566cbeade4452124e"));
    assertCounts(run("file-hashes-in-summary"), 1, 0);
    JsonNode files = batch.v3().get("/v3/indicators").body().path("data");
    assertEquals(1, files.size(), files::toString);
  }

  private static void assertFile(JsonNode file) {
    assertEquals("File", file.path("type").asText());
    assertEquals("905ad8176a569a36421bf54c04ba7f95", file.path("md5").asText());
    assertEquals("a52b6986d68cdfac53aa740566cbeade4452124e", file.path("sha1").asText());
    assertEquals(
        "25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0",
        file.path("sha256").asText());
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.path("data").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }
}
