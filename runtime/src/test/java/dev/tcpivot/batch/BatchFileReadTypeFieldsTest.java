package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchFileException;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the fields that only some types carry (v2_batch_api_group_fields.rst: eventType L85-115,
 * status L208-236, from L160-163, to L249-252, fileName L128-131, malware and password L178-191;
 * v2_batch_api_indicator_fields.rst: fileOccurrence L120-135) gives the file the typed setters
 * write, and refuses what they refuse, at the value's line and column.
 */
class BatchFileReadTypeFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void groupFieldsReadAsTheTypedSettersWriteThem() throws IOException {
    String input = "{\"group\":["
        + "{\"type\":\"Event\",\"xid\":\"e\",\"name\":\"Scan\",\"eventType\":\"Investigation\",\"status\":\"Escalated\"},"
        + "{\"type\":\"Email\",\"xid\":\"m\",\"name\":\"Phish\",\"subject\":\"s\",\"header\":\"h\",\"body\":\"b\","
        + "\"from\":\"billing@badguyz.com\",\"to\":\"victim@example.com\"},"
        + "{\"type\":\"Document\",\"xid\":\"d\",\"name\":\"Dropper\",\"fileName\":\"dropper.zip\",\"malware\":true,"
        + "\"password\":\"infected\"}]}";
    try (BatchFile typed = BatchFile.create()) {
      typed.add(BatchGroups.event("e", "Scan").eventType("Investigation").status("Escalated"))
          .add(BatchGroups.email("m", "Phish", "s", "h", "b").from("billing@badguyz.com").to("victim@example.com"))
          .add(BatchGroups.document("d", "Dropper").fileName("dropper.zip").malware("infected"));
      assertEquals(json(typed), json(read(input)));
    }
  }

  /** One File Occurrence as an object (the docs' type) or several as an array. */
  @Test
  void fileOccurrencesReadAsObjectOrArray() throws IOException {
    String md5 = "8743b52063cd84097a65d1633f5c74f5";
    String input = "{\"indicator\":["
        + "{\"type\":\"File\",\"summary\":\"" + md5 + "\",\"fileOccurrence\":{\"fileName\":\"a.exe\",\"date\":\"2024-08-04T00:00:00Z\"}},"
        + "{\"type\":\"File\",\"summary\":\"" + md5.replace('8', '9') + "\",\"fileOccurrence\":[{\"path\":\"/tmp\"},{\"fileName\":\"b.exe\"}]}]}";
    try (BatchFile typed = BatchFile.create()) {
      typed.add(BatchIndicators.file(md5).fileOccurrence("a.exe", null, Instant.parse("2024-08-04T00:00:00Z")))
          .add(BatchIndicators.file(md5.replace('8', '9')).fileOccurrence(null, "/tmp", null)
              .fileOccurrence("b.exe", null, null));
      assertEquals(json(typed), json(read(input)));
    }
  }

  @Test
  void aStatusTheTypeDoesNotAccept() throws IOException {
    BatchFileException e = refused("{\"group\":[{\"type\":\"Incident\",\"xid\":\"i\",\"name\":\"n\",\"status\":\"Escalated\"}]}");
    assertEquals("$.group[0].status", e.location());
    assertEquals(60, e.column()); // where "Escalated" starts
    assertEquals(true, e.getMessage().endsWith("status of Incident Groups must be one of New, Open, Stalled,"
        + " Containment Achieved, Restoration Achieved, Incident Reported, Closed, Rejected, Deleted, not"
        + " 'Escalated' (groups.table:45)"), e.getMessage());
  }

  /** L188-191: a malware Document requires its password, and a password goes with malware. */
  @Test
  void malwareAndItsPasswordGoTogether() throws IOException {
    BatchFileException alone = refused("{\"group\":[{\"type\":\"Document\",\"xid\":\"d\",\"name\":\"n\",\"malware\":true}]}");
    assertEquals("$.group[0].malware", alone.location());
    assertEquals(true, alone.getMessage().endsWith("malware requires password, the password of the malware file"
        + " (v2_batch_api_group_fields.rst L188-191)"), alone.getMessage());
    BatchFileException password = refused("{\"group\":[{\"type\":\"Document\",\"xid\":\"d\",\"name\":\"n\",\"password\":\"x\"}]}");
    assertEquals("$.group[0].password", password.location());
    assertEquals(true, password.getMessage().endsWith("password goes with malware: true, which this Group lacks"),
        password.getMessage());
  }

  /** A summary the v3 field refuses (v2_batch_api_indicator_fields.rst L145) is refused at the summary. */
  @Test
  void aSummaryInTheWrongForm() throws IOException {
    BatchFileException e = refused("{\"indicator\":[{\"summary\":\"bad..com\",\"type\":\"Host\"}]}");
    assertEquals("$.indicator[0].summary", e.location());
    assertEquals(true, e.getMessage().endsWith("summary 'bad..com' is not a host name: labels of letters, digits,"
        + " hyphens and underscores separated by dots (v2_batch_api_indicator_fields.rst L145: a valid"
        + " hostname or domain)"), e.getMessage());
  }

  @Test
  void aFileOccurrenceOfAnotherType() throws IOException {
    BatchFileException e = refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"fileOccurrence\":{\"path\":\"/tmp\"}}]}");
    assertEquals("$.indicator[0].fileOccurrence", e.location());
    assertEquals(true, e.getMessage().contains("fileOccurrence is for File Indicators, not Host"), e.getMessage());
  }

  private BatchFile read(String json) throws IOException {
    Path file = directory.resolve("input.json");
    Files.writeString(file, json);
    return BatchFile.read(file);
  }

  private BatchFileException refused(String json) throws IOException {
    Path file = directory.resolve("input.json");
    Files.writeString(file, json);
    return assertThrows(BatchFileException.class, () -> BatchFile.read(file));
  }

  private static JsonNode json(BatchFile file) throws IOException {
    try (file) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      file.writeTo(out);
      return JSON.readTree(out.toByteArray());
    }
  }
}
