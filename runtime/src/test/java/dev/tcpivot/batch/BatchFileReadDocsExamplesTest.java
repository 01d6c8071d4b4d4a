package dev.tcpivot.batch;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.JsonTrees.resourceText;
import static dev.tcpivot.batch.RansomwareExamples.incident;
import static dev.tcpivot.batch.RansomwareExamples.ransomware;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.BatchAttribute;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchFileException;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchRef;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example input file of threatconnect-v2-batch/v2_batch_api.rst (copied verbatim under
 * docs/batch/), read back: as many Indicators, Groups and associations as the docs' lists say
 * the job creates, written as the typed API writes the same content, the associations that
 * Indicators and Groups carry in the {@code association} array.
 */
class BatchFileReadDocsExamplesTest {
  private static final String XID_1 = "00000000-0000-0000-0000-000000000000:0001";
  private static final String XID_2 = "00000000-0000-0000-0000-000000000000:0002";
  private static final String XID_3 = "00000000-0000-0000-0000-000000000000:0003";
  private static final String XID_4 = "00000000-0000-0000-0000-000000000000:0004";
  private static final String ABC_HOST =
      "This host was involved in a ransomware attack that targeted employees at Company ABC.";
  private static final String XYZ_URL =
      "This URL was involved in a ransomware attack that targeted employees at Company XYZ.";

  @TempDir Path directory;

  private static BatchGroup abcAttack() {
    return incident(XID_1, "Ransomware Attack at Company ABC",
        "A ransomware attack that targeted employees at Company ABC.");
  }

  private static BatchGroup xyzAttack() {
    return incident(XID_2, "Ransomware Attack at Company XYZ",
        "A ransomware attack that targeted employees at Company XYZ.");
  }

  private static BatchGroup compromised() {
    return BatchGroups.incident(XID_3, "Compromised User Accounts at Company ABC")
        .attribute(BatchAttribute.of("Description",
            "An incident involving compromised user accounts at Company ABC.").displayed())
        .eventDate(Instant.parse("2023-11-01T00:00:00Z"))
        .tag("Phishing Attack");
  }

  private static BatchGroup leaked() {
    return BatchGroups.incident(XID_4, "Leaked Credentials at Company ABC")
        .attribute(BatchAttribute.of("Description",
            "An incident involving leaked credentials at Company ABC.").displayed())
        .eventDate(Instant.parse("2023-11-01T00:00:00Z"));
  }

  /** L151-222: a Host, an Incident, the Host associated to it through associatedGroups. */
  @Test
  void indicatorToGroupNested() throws IOException {
    assertRead("indicator-to-group-nested.json", 1, 1, 1, typed -> {
      var host = ransomware(BatchIndicators.host("badguyz.com"), ABC_HOST);
      BatchGroup attack = abcAttack();
      typed.add(host).add(attack).associate(host, attack);
    });
  }

  /** L223-300: the same through the association array, and to the existing Group 12345. */
  @Test
  void indicatorToGroupArray() throws IOException {
    assertRead("indicator-to-group-association-array.json", 1, 1, 2, typed -> {
      var host = ransomware(BatchIndicators.host("badguyz.com"), ABC_HOST);
      BatchGroup attack = abcAttack();
      typed.add(host).add(attack).associate(host, attack).associate(host, BatchRef.groupId(12345));
    });
    assertReadsAsWritten("indicator-to-group-association-array.json");
  }

  /** L302-376: a URL, an Incident, the Incident associated to it through associatedIndicators. */
  @Test
  void groupToNewIndicatorNested() throws IOException {
    assertRead("group-to-indicator-nested.json", 1, 1, 1, typed -> {
      var url = ransomware(BatchIndicators.url("http://www.badguyz.com"), XYZ_URL);
      BatchGroup attack = xyzAttack();
      typed.add(url).add(attack).associate(attack, url);
    });
  }

  /**
   * L378-419: an Incident associated to the existing Address 71.6.135.131, which the file does
   * not hold ("it does not need to be defined in the indicator array").
   */
  @Test
  void groupToExistingIndicatorNested() throws IOException {
    assertRead("group-to-existing-indicator-nested.json", 0, 1, 1, typed -> {
      BatchGroup attack = xyzAttack();
      typed.add(attack)
          .associate(attack, BatchRef.indicatorSummary(BatchIndicators.ADDRESS, "71.6.135.131"));
    });
  }

  /** L420-497: Group to Indicator through the association array, one of them the existing Address 54321. */
  @Test
  void groupToIndicatorArray() throws IOException {
    assertRead("group-to-indicator-association-array.json", 1, 1, 2, typed -> {
      var url = ransomware(BatchIndicators.url("http://www.badguyz.com"), XYZ_URL);
      BatchGroup attack = xyzAttack();
      typed.add(url).add(attack)
          .associate(attack, url)
          .associate(attack, BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321));
    });
    assertReadsAsWritten("group-to-indicator-association-array.json");
  }

  /** L499-546: two Incidents, the first associated to the second, which comes later, by associatedGroupXid. */
  @Test
  void groupToGroupNested() throws IOException {
    assertRead("group-to-group-nested.json", 0, 2, 1, typed -> {
      BatchGroup compromised = compromised();
      BatchGroup leaked = leaked();
      typed.add(compromised).add(leaked).associate(compromised, leaked);
    });
  }

  /** L547-605: Group to Group through the association array, with existing Groups by ID. */
  @Test
  void groupToGroupArray() throws IOException {
    assertRead("group-to-group-association-array.json", 0, 2, 3, typed -> {
      BatchGroup compromised = compromised();
      BatchGroup leaked = leaked();
      typed.add(compromised).add(leaked)
          .associate(compromised, leaked)
          .associate(compromised, BatchRef.groupId(12345))
          .associate(BatchRef.groupId(100), BatchRef.groupId(200));
    });
    assertReadsAsWritten("group-to-group-association-array.json");
  }

  /**
   * L606-701: the second association names "Host to Indicators", which is not a default type of
   * indicator-associations.table (a custom type of the docs' instance), so the typed API cannot
   * write it and reading refuses it, at its associationType.
   */
  @Test
  void indicatorToIndicatorWithACustomTypeIsRefused() throws IOException {
    Path file = copy("indicator-to-indicator.json");
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFile.read(file));
    String defaults = String.join(", ",
        SpecLoader.builtIn().indicatorAssociations().stream().map(IndicatorAssociation::name).toList());
    assertEquals("$.association[1].associationType", e.location());
    assertEquals(71, e.line());
    assertEquals(32, e.column());
    assertEquals(file + ":71:32: $.association[1].associationType: 'Host to Indicators' is not a"
        + " default Indicator-to-Indicator association type (" + defaults + ")", e.getMessage());
  }

  /** L606-701 with its first association only (URL Host, the Host as ref_1): read as the typed API writes it. */
  @Test
  void indicatorToIndicatorWithADefaultType() throws IOException {
    JsonNode docs = parse(resourceText("docs/batch/indicator-to-indicator.json"));
    var associations = (com.fasterxml.jackson.databind.node.ArrayNode) docs.get("association");
    associations.remove(2);
    associations.remove(1);
    Path file = directory.resolve("url-host.json");
    Files.writeString(file, docs.toPrettyString());
    try (BatchFile read = BatchFile.read(file); BatchFile typed = BatchFile.create()) {
      var host = ransomware(BatchIndicators.host("verybadguyz.com"),
          "A host used by the Very Bad Guyz hacker group.");
      var url = ransomware(BatchIndicators.url("http://www.verybadguyz.com"),
          "A URL used by the Very Bad Guyz hacker group.");
      typed.add(host).add(url).associate(dev.tcpivot.v3.IndicatorAssociation.URL_HOST, host, url);
      assertCounts(read, 2, 0, 1);
      assertSameJson(written(typed), written(read));
      assertSameJson(docs, written(read));
    }
  }

  /** L702-723: a Report with an AI-generated summary. */
  @Test
  void groupWithAnAiSummary() throws IOException {
    String insights = parse(resourceText("docs/batch/group-ai-summary.json"))
        .get("group").get(0).get("insights").asText();
    assertRead("group-ai-summary.json", 0, 1, 0, typed -> typed.add(BatchGroups.report(
            "ad4c16549f1ff37faa7a3e99b6e33e0884d9af03878e8c4c2bf1c31a674ace40",
            "Example Report Group with AI Summary")
        .publishDate(Instant.parse("2026-01-15T13:00:00Z"))
        .insights(insights, "ThreatConnect AI")
        .aiLastRetrievalDate(Instant.parse("2026-01-15T13:00:00Z"))));
    assertReadsAsWritten("group-ai-summary.json");
  }

  /** L733-748: a File's hashes in its summary. */
  @Test
  void fileHashesInTheSummary() throws IOException {
    assertRead("file-hashes-in-summary.json", 1, 0, 0, typed -> typed.add(BatchIndicators.file(
        "905ad8176a569a36421bf54c04ba7f95 : a52b6986d68cdfac53aa740566cbeade4452124e"
            + " : 25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0")));
  }

  /**
   * L749-763: a File by its md5, sha1 and sha256 fields instead of a summary reads as the File of
   * L736-745, whose summary joins the same three hashes: the docs give the two as the same File.
   */
  @Test
  void fileHashesAsFieldsReadAsTheirSummary() throws IOException {
    try (BatchFile fields = BatchFile.read(copy("file-hashes-individually.json"));
        BatchFile summary = BatchFile.read(copy("file-hashes-in-summary.json"))) {
      assertSameJson(written(summary), written(fields));
      assertSameJson(parse(resourceText("docs/batch/file-hashes-in-summary.json")), written(fields));
    }
  }

  /** A summary and the fields it is made of, both: one or the other, as the docs give them. */
  @Test
  void aSummaryAndItsFieldsAreRefused() throws IOException {
    Path file = directory.resolve("both.json");
    Files.writeString(file, "{\"indicator\":[{\"type\":\"Host\",\"hostName\":\"a.com\",\"summary\":\"a.com\"}]}");
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFile.read(file));
    assertEquals("$.indicator[0].summary", e.location());
    assertEquals(true, e.getMessage().endsWith("give the summary or the fields it is made of (hostName), not both"),
        e.getMessage());
  }

  /** _indicator_fields: hostName, required for a Host "if summary is not used", is held to the same format. */
  @Test
  void aHostByItsHostName() throws IOException {
    Path file = directory.resolve("host.json");
    Files.writeString(file, "{\"indicator\":[{\"type\":\"Host\",\"hostName\":\"badguyz.com\",\"rating\":3}]}");
    try (BatchFile read = BatchFile.read(file); BatchFile typed = BatchFile.create()) {
      typed.add(BatchIndicators.host("badguyz.com").rating(3));
      assertSameJson(written(typed), written(read));
    }
    Files.writeString(file, "{\"indicator\":[{\"type\":\"Host\",\"hostName\":\"bad..com\"}]}");
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFile.read(file));
    assertEquals("$.indicator[0].hostName", e.location());
  }

  private void assertRead(String example, int indicators, int groups, int associations,
      Consumer<BatchFile> build) throws IOException {
    try (BatchFile read = BatchFile.read(copy(example)); BatchFile typed = BatchFile.create()) {
      build.accept(typed);
      assertCounts(read, indicators, groups, associations);
      assertSameJson(written(typed), written(read));
    }
  }

  /** An example written in the association array is read back as the same JSON. */
  private void assertReadsAsWritten(String example) throws IOException {
    try (BatchFile read = BatchFile.read(copy(example))) {
      assertSameJson(parse(resourceText("docs/batch/" + example)), written(read));
    }
  }

  private static void assertCounts(BatchFile file, int indicators, int groups, int associations) {
    assertEquals(indicators, file.indicatorCount(), "Indicators");
    assertEquals(groups, file.groupCount(), "Groups");
    assertEquals(associations, file.associationCount(), "associations");
  }

  private Path copy(String example) throws IOException {
    Path file = directory.resolve(example);
    Files.writeString(file, resourceText("docs/batch/" + example));
    return file;
  }

  private static JsonNode written(BatchFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    file.writeTo(out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }
}
