package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.BatchFile;
import dev.tcpivot.spec.TableSource;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The fields that only some types of Group or Indicator carry in a batch file
 * (v2_batch_api_group_fields.rst, v2_batch_api_indicator_fields.rst): each on its own types as
 * the docs name them, refused on the others with the row that says so, batch.table's where it
 * lists the field and groups.table's (the v3 field of the same name) where it does not.
 */
class BatchTypeFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** _group_fields L85-115: eventType, for Event Groups only. */
  @Test
  void anEventHasAnEventType() throws Exception {
    assertEquals("Investigation",
        json(BatchGroups.event("x-1", "Scan").eventType("Investigation")).path("eventType").asText());
    refused("eventType is for Event Groups, not Incident (groups.table:" + line("groups.table", "eventType ") + ")",
        () -> BatchGroups.incident("x-1", "Scan").eventType("Investigation"));
    refused("eventType must not be blank", () -> BatchGroups.event("x-1", "Scan").eventType(" "));
  }

  /**
   * _group_fields L208-236: an Event's status is one of Completed, Escalated, False Positive, In
   * Progress, Needs Review, New, No Further Action, Reopened; an Incident's one of New, Open,
   * Stalled, Containment Achieved, Restoration Achieved, Incident Reported, Closed, Rejected,
   * Deleted.
   */
  @Test
  void eventsAndIncidentsEachHaveTheirStatuses() throws Exception {
    for (String status : List.of("Completed", "Escalated", "False Positive", "In Progress",
        "Needs Review", "New", "No Further Action", "Reopened")) {
      assertEquals(status, json(BatchGroups.event("x-1", "e").status(status)).path("status").asText());
    }
    for (String status : List.of("New", "Open", "Stalled", "Containment Achieved",
        "Restoration Achieved", "Incident Reported", "Closed", "Rejected", "Deleted")) {
      assertEquals(status, json(BatchGroups.incident("x-1", "i").status(status)).path("status").asText());
    }
    refused("status of Incident Groups must be one of New, Open, Stalled, Containment Achieved,"
            + " Restoration Achieved, Incident Reported, Closed, Rejected, Deleted, not 'Escalated'"
            + " (groups.table:" + line("groups.table", "enum incident status") + ")",
        () -> BatchGroups.incident("x-1", "i").status("Escalated"));
    refused("status of Event Groups must be one of Completed, Escalated, False Positive, In Progress,"
            + " Needs Review, New, No Further Action, Reopened, not 'Open'"
            + " (groups.table:" + line("groups.table", "enum event status") + ")",
        () -> BatchGroups.event("x-1", "e").status("Open"));
    // the batch docs give a status to Event and Incident Groups only (L209), not to a Task as v3 does
    refused("status is for Event, Incident Groups, not Task (batch.table:" + line("batch.table", "Group       | status") + ")",
        () -> BatchGroups.task("x-1", "t").status("Pending"));
  }

  /** _group_fields L160-163 and L249-252: from and to, for Email Groups only. */
  @Test
  void anEmailHasASenderAndARecipient() throws Exception {
    JsonNode email = json(BatchGroups.email("x-1", "Phish", "Invoice", "Received: x", "Pay now")
        .from("billing@badguyz.com").to("victim@example.com"));
    assertEquals("billing@badguyz.com", email.path("from").asText());
    assertEquals("victim@example.com", email.path("to").asText());
    refused("to is for Email Groups, not Document (batch.table:" + line("batch.table", "Group       | to ") + ")",
        () -> BatchGroups.document("x-1", "d").to("victim@example.com"));
    refused("from is for Email Groups, not Document (groups.table:" + line("groups.table", "from ") + ")",
        () -> BatchGroups.document("x-1", "d").from("billing@badguyz.com"));
  }

  /**
   * _group_fields L128-131: fileName is required for Signature Groups and optional for Document
   * and Report Groups; L178-191: malware (Document only) with the password it requires.
   */
  @Test
  void documentsAndReportsMayNameTheirFile() throws Exception {
    assertEquals("report.pdf", json(BatchGroups.document("x-1", "d").fileName("report.pdf")).path("fileName").asText());
    assertEquals("q3.pdf", json(BatchGroups.report("x-1", "r").fileName("q3.pdf")).path("fileName").asText());
    refused("fileName is for Document, Report, Signature Groups, not Adversary (batch.table:"
            + line("batch.table", "Group       | fileName") + ")",
        () -> BatchGroups.adversary("x-1", "a").fileName("x.txt"));
    JsonNode malware = json(BatchGroups.document("x-1", "d").malware("infected"));
    assertEquals(true, malware.path("malware").asBoolean());
    assertEquals("infected", malware.path("password").asText());
    refused("password must not be blank", () -> BatchGroups.document("x-1", "d").malware(""));
    refused("malware is for Document Groups, not Report (groups.table:" + line("groups.table", "malware ") + ")",
        () -> BatchGroups.report("x-1", "r").malware("infected"));
  }

  /**
   * _indicator_fields L120-135 and footnote 1: File Occurrences of a File Indicator, each with at
   * least one of date, fileName and path. The docs give the field the type Object and speak of
   * several occurrences: the file holds them as an array of such objects, one per call.
   */
  @Test
  void aFileHasFileOccurrences() throws Exception {
    JsonNode file = json(BatchIndicators.file("8743b52063cd84097a65d1633f5c74f5")
        .fileOccurrence("setup.exe", "C:\\Temp", Instant.parse("2024-08-04T00:00:00Z"))
        .fileOccurrence(null, "/tmp", null));
    assertEquals(JSON.readTree(
            "[{\"fileName\":\"setup.exe\",\"path\":\"C:\\\\Temp\",\"date\":\"2024-08-04T00:00:00Z\"},"
                + "{\"path\":\"/tmp\"}]"),
        file.path("fileOccurrence"));
    refused("a File Occurrence needs at least one of fileName, path and date",
        () -> BatchIndicators.file("8743b52063cd84097a65d1633f5c74f5").fileOccurrence(null, null, null));
    refused("fileOccurrence is for File Indicators, not Host (batch.table:"
            + line("batch.table", "Indicator   | fileOccurrence") + ")",
        () -> BatchIndicators.host("badguyz.com").fileOccurrence("a.exe", null, null));
  }

  /** The fields land in the file as set. */
  @Test
  void theFileHoldsTheFields() throws Exception {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchGroups.event("x-1", "Scan").eventType("Investigation").status("New"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      file.writeTo(out);
      JsonNode group = JSON.readTree(out.toByteArray()).path("group").path(0);
      assertEquals("Investigation", group.path("eventType").asText());
      assertEquals("New", group.path("status").asText());
    }
  }

  private static JsonNode json(Object object) throws Exception {
    return JSON.readTree(object.toString());
  }

  private static int line(String tableName, String text) {
    String table = TableSource.builtIn().read(tableName).orElseThrow();
    // a row starts a line; "enum ..." is found within its row
    int at = text.startsWith("enum ") ? table.indexOf(text) : table.indexOf("\n" + text) + 1;
    if (at < 1) {
      throw new AssertionError(text + " is not in " + tableName);
    }
    return (int) table.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
