package dev.tcpivot.batch;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.JsonTrees.resourceText;
import static dev.tcpivot.batch.RansomwareExamples.incident;
import static dev.tcpivot.batch.RansomwareExamples.ransomware;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.BatchAttribute;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchRef;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.IndicatorAssociation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The example input files of threatconnect-v2-batch/v2_batch_api.rst, built with the typed API,
 * equal the docs' JSON (copied verbatim under docs/batch/). The examples that put associations
 * inside the {@code indicator} and {@code group} arrays (L161-222, L314-376, L386-419,
 * L508-546) have their {@code association}-array twins here; the API writes every association
 * in that array.
 */
class BatchFileDocsExamplesTest {
  private static final String XID_1 = "00000000-0000-0000-0000-000000000000:0001";
  private static final String XID_2 = "00000000-0000-0000-0000-000000000000:0002";
  private static final String XID_3 = "00000000-0000-0000-0000-000000000000:0003";
  private static final String XID_4 = "00000000-0000-0000-0000-000000000000:0004";

  /** The Indicators of the examples share their Attribute, ratings, Security Label and Tag. */

  /** L223-300: Indicator to Group, to a Group of the file and to an existing one by ID. */
  @Test
  void indicatorToGroup() {
    try (BatchFile file = BatchFile.create()) {
      var host = ransomware(BatchIndicators.host("badguyz.com"),
          "This host was involved in a ransomware attack that targeted employees at Company ABC.");
      BatchGroup attack = incident(XID_1, "Ransomware Attack at Company ABC",
          "A ransomware attack that targeted employees at Company ABC.");
      file.add(host).add(attack)
          .associate(host, attack)
          .associate(host, BatchRef.groupId(12345));
      assertFile("indicator-to-group-association-array.json", file);
    }
  }

  /** L420-497: Group to Indicator, to an Indicator of the file and to an existing Address by ID. */
  @Test
  void groupToIndicator() {
    try (BatchFile file = BatchFile.create()) {
      var url = ransomware(BatchIndicators.url("http://www.badguyz.com"),
          "This URL was involved in a ransomware attack that targeted employees at Company XYZ.");
      BatchGroup attack = incident(XID_2, "Ransomware Attack at Company XYZ",
          "A ransomware attack that targeted employees at Company XYZ.");
      file.add(url).add(attack)
          .associate(attack, url)
          .associate(attack, BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321));
      assertFile("group-to-indicator-association-array.json", file);
    }
  }

  /** L547-605: Group to Group, of the file, to an existing one, and between two existing ones. */
  @Test
  void groupToGroup() {
    try (BatchFile file = BatchFile.create()) {
      BatchGroup compromised = BatchGroups.incident(XID_3, "Compromised User Accounts at Company ABC")
          .attribute(BatchAttribute.of("Description",
              "An incident involving compromised user accounts at Company ABC.").displayed())
          .eventDate(Instant.parse("2023-11-01T00:00:00Z"))
          .tag("Phishing Attack");
      BatchGroup leaked = BatchGroups.incident(XID_4, "Leaked Credentials at Company ABC")
          .attribute(BatchAttribute.of("Description",
              "An incident involving leaked credentials at Company ABC.").displayed())
          .eventDate(Instant.parse("2023-11-01T00:00:00Z"));
      file.add(compromised).add(leaked)
          .associate(compromised, leaked)
          .associate(compromised, BatchRef.groupId(12345))
          .associate(BatchRef.groupId(100), BatchRef.groupId(200));
      assertFile("group-to-group-association-array.json", file);
    }
  }

  /**
   * L606-701: Indicator to Indicator. The first association is the docs' own: the Host (a
   * non-primary type of URL Host) is ref_1, the URL (its primary type) ref_2. The other two name
   * association types that are not default ones ("Host to Indicators", "Address to Indicators":
   * not in indicator-associations.table, so custom types of the docs' instance); their pairs are
   * those of DNS PTR Record (Host to Address) and ASN to Address (Address to ASN), which the
   * typed API writes instead, in the same direction.
   */
  @Test
  void indicatorToIndicator() {
    try (BatchFile file = BatchFile.create()) {
      var host = ransomware(BatchIndicators.host("verybadguyz.com"),
          "A host used by the Very Bad Guyz hacker group.");
      var url = ransomware(BatchIndicators.url("http://www.verybadguyz.com"),
          "A URL used by the Very Bad Guyz hacker group.");
      var address = BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321);
      file.add(host).add(url)
          .associate(IndicatorAssociation.URL_HOST, host, url)
          .associate(IndicatorAssociation.DNS_PTR_RECORD, host, address)
          .associate(IndicatorAssociation.ASN_TO_ADDRESS, address,
              BatchRef.indicatorId(BatchIndicators.ASN, 654321));
      JsonNode expected = parse(resourceText("docs/batch/indicator-to-indicator.json"));
      ObjectNode second = (ObjectNode) expected.get("association").get(1);
      assertEquals("Host to Indicators", second.get("associationType").asText());
      second.put("associationType", "DNS PTR Record");
      ObjectNode third = (ObjectNode) expected.get("association").get(2);
      assertEquals("Address to Indicators", third.get("associationType").asText());
      third.put("associationType", "ASN to Address");
      assertSameJson(expected, written(file));
    }
  }

  /** L702-723: a Report with an AI-generated summary. */
  @Test
  void groupWithAnAiSummary() {
    String insights = parse(resourceText("docs/batch/group-ai-summary.json"))
        .get("group").get(0).get("insights").asText();
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchGroups.report(
                  "ad4c16549f1ff37faa7a3e99b6e33e0884d9af03878e8c4c2bf1c31a674ace40",
                  "Example Report Group with AI Summary")
              .publishDate(Instant.parse("2026-01-15T13:00:00Z"))
              .insights(insights, "ThreatConnect AI")
              .aiLastRetrievalDate(Instant.parse("2026-01-15T13:00:00Z")));
      assertFile("group-ai-summary.json", file);
    }
  }

  /** L733-748: a File's hashes in its summary, {@code md5 : sha1 : sha256}. */
  @Test
  void fileHashesInTheSummary() {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchIndicators.file("905ad8176a569a36421bf54c04ba7f95 : a52b6986d68cdfac53aa740566cbeade4452124e"
          + " : 25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0"));
      assertFile("file-hashes-in-summary.json", file);
    }
  }

  /** L129-130: the association array comes after the indicator and group arrays. */
  @Test
  void associationsComeLast() {
    try (BatchFile file = BatchFile.create()) {
      BatchGroup group = BatchGroups.adversary(XID_1, "Bad Guy");
      var host = BatchIndicators.host("badguyz.com");
      // added in the opposite order on purpose: the association before the Indicator's neighbours
      file.add(group).add(host).associate(group, host).add(BatchIndicators.host("other.com"));
      String text = text(file);
      assertEquals(
          "{\"indicator\":[{\"summary\":\"badguyz.com\",\"type\":\"Host\"},"
              + "{\"summary\":\"other.com\",\"type\":\"Host\"}],"
              + "\"group\":[{\"name\":\"Bad Guy\",\"type\":\"Adversary\",\"xid\":\"" + XID_1 + "\"}],"
              + "\"association\":[{\"ref_1\":\"" + XID_1 + "\",\"ref_2\":\"badguyz.com\",\"type_2\":\"Host\"}]}",
          text);
    }
  }

  private static void assertFile(String example, BatchFile file) {
    assertSameJson(parse(resourceText("docs/batch/" + example)), written(file));
  }

  static JsonNode written(BatchFile file) {
    return parse(text(file));
  }

  static String text(BatchFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    file.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
