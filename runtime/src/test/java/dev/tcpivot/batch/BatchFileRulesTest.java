package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.BatchAttribute;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchRef;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.IndicatorAssociation;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a batch file refuses at run time, with a message that names the object: a second Indicator
 * of the same type and summary, a second Group of the same XID, an association to an object of
 * the file that was not added, and values outside the documented ranges and types
 * (v2_batch_api_indicator_fields.rst, v2_batch_api_group_fields.rst, batch.table).
 */
class BatchFileRulesTest {
  @Test
  void aSecondIndicatorOfTheSameTypeAndSummaryIsRefused() {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchIndicators.host("badguyz.com"));
      refused("the Indicator Host badguyz.com is already in this file",
          () -> file.add(BatchIndicators.host("badguyz.com").rating(3)));
      // the same summary of another type is another Indicator
      file.add(BatchIndicators.hashtag("#badguyz")).add(BatchIndicators.emailSubject("#badguyz"));
      assertEquals(3, file.indicatorCount());
    }
  }

  @Test
  void aSecondGroupOfTheSameXidIsRefused() {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchGroups.adversary("xid-1", "Bad Guy"));
      refused("the Group of XID xid-1 is already in this file",
          () -> file.add(BatchGroups.incident("xid-1", "Another name")));
      assertEquals(1, file.groupCount());
    }
  }

  @Test
  void anAssociationToAnIndicatorNotAddedIsRefused() {
    try (BatchFile file = BatchFile.create()) {
      BatchGroup group = BatchGroups.adversary("xid-1", "Bad Guy");
      file.add(group);
      refused("the Indicator Host badguyz.com is not in this file: add it before associating it",
          () -> file.associate(BatchIndicators.host("badguyz.com"), group));
      refused("the Indicator URL http://badguyz.com is not in this file: add it before associating it",
          () -> file.associate(IndicatorAssociation.URL_HOST,
              BatchRef.indicatorId(BatchIndicators.HOST, 3), BatchIndicators.url("http://badguyz.com")));
      assertEquals(0, file.associationCount());
    }
  }

  @Test
  void anAssociationToAGroupNotAddedIsRefused() {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchIndicators.host("badguyz.com"));
      refused("the Group of XID xid-9 is not in this file: add it before associating it",
          () -> file.associate(BatchIndicators.host("badguyz.com"), BatchGroups.adversary("xid-9", "Bad Guy")));
      // an existing Group by XID (v2_batch_api.rst L121: present in the file or existing in the owner)
      file.associate(BatchIndicators.host("badguyz.com"), BatchRef.groupXid("xid-9"));
      assertEquals(1, file.associationCount());
    }
  }

  /** v2_batch_api.rst L121, L124: ref_n may name an Indicator that exists in the owner. */
  @Test
  void anExistingIndicatorBySummaryNeedsNoAdding() {
    try (BatchFile file = BatchFile.create()) {
      BatchGroup group = BatchGroups.incident("xid-2", "Ransomware Attack at Company XYZ");
      file.add(group).associate(group, BatchRef.indicatorSummary(BatchIndicators.ADDRESS, "71.6.135.131"));
      assertEquals(
          "{\"group\":[{\"name\":\"Ransomware Attack at Company XYZ\",\"type\":\"Incident\",\"xid\":\"xid-2\"}],"
              + "\"association\":[{\"ref_1\":\"xid-2\",\"ref_2\":\"71.6.135.131\",\"type_2\":\"Address\"}]}",
          BatchFileDocsExamplesTest.text(file));
    }
  }

  @Test
  void countsFollowWhatWasAdded() {
    try (BatchFile file = BatchFile.create()) {
      var host = BatchIndicators.host("badguyz.com");
      var url = BatchIndicators.url("http://badguyz.com");
      BatchGroup group = BatchGroups.incident("xid-1", "Ransomware");
      file.add(host).add(url).add(group)
          .associate(host, group).associate(group, url).associate(IndicatorAssociation.URL_HOST, host, url);
      assertEquals(2, file.indicatorCount());
      assertEquals(1, file.groupCount());
      assertEquals(3, file.associationCount());
      assertEquals(1, file.parts().size());
    }
  }

  /** _indicator_fields: rating 0 to 5, confidence 0 to 100. */
  @Test
  void ratingsOutsideTheirRangeAreRefused() {
    refused("rating must be from 0 to 5, not 6", () -> BatchIndicators.host("x.com").rating(6));
    refused("confidence must be from 0 to 100, not -1", () -> BatchIndicators.host("x.com").confidence(-1));
  }

  /** batch.table: eventDate is for Event and Incident Groups, size for File Indicators. */
  @Test
  void aFieldOfOtherTypesIsRefused() {
    refused("eventDate is for Event, Incident Groups, not Adversary (batch.table:"
            + line("Group       | eventDate") + ")",
        () -> BatchGroups.adversary("xid-1", "Bad Guy").eventDate(Instant.parse("2024-08-04T00:00:00Z")));
    refused("size is for File Indicators, not Host (batch.table:" + line("Indicator   | size") + ")",
        () -> BatchIndicators.host("x.com").size(10));
    refused("insights is for Document, Event, Report Groups, not Incident (batch.table:"
            + line("Group       | insights") + ")",
        () -> BatchGroups.incident("xid-1", "x").insights("summary", "ThreatConnect AI"));
  }

  @Test
  void requiredValuesAreNotBlank() {
    refused("summary must not be blank", () -> BatchIndicators.host(" "));
    refused("xid must not be null", () -> BatchGroups.adversary(null, "Bad Guy"));
    refused("subject must not be blank", () -> BatchGroups.email("xid-1", "Phish", "", "h", "b"));
    refused("id must be a positive ID, not 0", () -> BatchRef.groupId(0));
    refused("type must not be blank", () -> BatchAttribute.of("", "x"));
  }

  /** Objects are immutable: a setter returns a copy. */
  @Test
  void settersReturnCopies() {
    var plain = BatchIndicators.host("badguyz.com");
    var rated = plain.rating(3);
    assertEquals("{\"summary\":\"badguyz.com\",\"type\":\"Host\"}", plain.toString());
    assertEquals("{\"summary\":\"badguyz.com\",\"type\":\"Host\",\"rating\":3}", rated.toString());
  }

  private static int line(String text) {
    String table = dev.tcpivot.spec.TableSource.builtIn().read("batch.table").orElseThrow();
    return (int) table.substring(0, table.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
