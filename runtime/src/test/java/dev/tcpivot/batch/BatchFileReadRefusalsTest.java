package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchFileException;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reading a batch input file refuses, one test per kind: each refusal names the file, the
 * line and column of the offending value, its JSON path, what is wrong and what is accepted. The
 * rules come from batch.table, indicator-associations.table and the docs' field tables
 * (v2_batch_api_indicator_fields.rst, v2_batch_api_group_fields.rst); the lists in the messages
 * are read from the tables.
 */
class BatchFileReadRefusalsTest {
  private static final Spec SPEC = SpecLoader.builtIn();
  private static final String HOST = "{\"summary\":\"a.com\",\"type\":\"Host\"}";

  @TempDir Path directory;

  @Test
  void anUnknownTopLevelMember() throws IOException {
    refused("{\"indicators\":[" + HOST + "]}",
        "$.indicators", 1, 2,
        "unknown member indicators (a batch input file has: indicator, group, association)");
  }

  @Test
  void malformedJson() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",}]}",
        "$.indicator[0]", 1, 48,
        "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
  }

  @Test
  void anArrayThatIsNotOne() throws IOException {
    refused("{\"group\":{}}", "$.group", 1, 10, "group must be an array of objects");
  }

  @Test
  void anIndicatorTypeOutsideTheTables() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Domain\"}]}",
        "$.indicator[0].type", 1, 41,
        "'Domain' is not an Indicator type (" + String.join(", ", types("indicators")) + ")");
  }

  @Test
  void aGroupTypeOutsideTheTables() throws IOException {
    refused("{\"group\":[{\"name\":\"n\",\"type\":\"Actor\",\"xid\":\"x\"}]}",
        "$.group[0].type", 1, 30,
        "'Actor' is not a Group type (" + String.join(", ", types("groups")) + ")");
  }

  /** batch.table: an Email Group requires subject, header and body. */
  @Test
  void aRequiredFieldMissing() throws IOException {
    refused("{\"group\":[{\"name\":\"n\",\"type\":\"Email\",\"xid\":\"x\",\"header\":\"h\",\"body\":\"b\"}]}",
        "$.group[0]", 1, 11, "this Email Group lacks subject, which it requires");
  }

  @Test
  void aRequiredFieldOfTheWrongJsonType() throws IOException {
    refused("{\"indicator\":[{\"summary\":42,\"type\":\"Host\"}]}",
        "$.indicator[0].summary", 1, 26, "must be a string, not 42");
  }

  /** batch.table: size is for File Indicators only. */
  @Test
  void aFieldTheTypeDoesNotTake() throws IOException {
    BatchRules.Field size = SPEC.batch().field(Side.INDICATOR, "size").orElseThrow();
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"size\":10}]}",
        "$.indicator[0].size", 1, 55,
        "size is for " + String.join(", ", size.types()) + " Indicators, not Host (" + size.source() + ")");
  }

  /** batch.table: eventDate is for Event and Incident Groups only. */
  @Test
  void aGroupFieldTheTypeDoesNotTake() throws IOException {
    BatchRules.Field eventDate = SPEC.batch().field(Side.GROUP, "eventDate").orElseThrow();
    refused("{\"group\":[{\"name\":\"n\",\"type\":\"Adversary\",\"xid\":\"x\",\"eventDate\":\"2024-08-04T00:00:00Z\"}]}",
        "$.group[0].eventDate", 1, 64,
        "eventDate is for " + String.join(", ", eventDate.types()) + " Groups, not Adversary ("
            + eventDate.source() + ")");
  }

  @Test
  void aFieldOfNoIndicator() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"colour\":\"red\"}]}",
        "$.indicator[0].colour", 1, 57,
        "colour is not a field of an Indicator (its fields: summary, type, rating, confidence, active,"
            + " activeLocked, privateFlag, description, firstSeen, lastSeen, externalDateAdded,"
            + " externalDateExpires, externalLastModified, size, fileOccurrence, tag, securityLabel, attribute,"
            + " associatedGroups, associatedIndicators)");
  }

  /** v2_batch_api_indicator_fields.rst: rating from 0 to 5. */
  @Test
  void aRatingOutOfRange() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"rating\":6}]}",
        "$.indicator[0].rating", 1, 57, "rating must be from 0 to 5, not 6");
  }

  /** v2_batch_api_indicator_fields.rst: confidence from 0 to 100. */
  @Test
  void aConfidenceOutOfRange() throws IOException {
    refused("{\"indicator\":[\n" + HOST + ",\n{\"summary\":\"b.com\",\"type\":\"Host\",\"confidence\":101}]}",
        "$.indicator[1].confidence", 3, 47, "confidence must be from 0 to 100, not 101");
  }

  @Test
  void aDateThatIsNotOne() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"firstSeen\":\"yesterday\"}]}",
        "$.indicator[0].firstSeen", 1, 60,
        "must be a date and time with an offset like 2024-08-04T00:00:00Z, not \"yesterday\"");
  }

  @Test
  void aSecondIndicatorOfTheSameTypeAndSummary() throws IOException {
    refused("{\"indicator\":[" + HOST + ",\n  " + HOST + "]}",
        "$.indicator[1]", 2, 3, "the Indicator Host a.com is already in this file");
  }

  @Test
  void aSecondGroupOfTheSameXid() throws IOException {
    String group = "{\"name\":\"n\",\"type\":\"Adversary\",\"xid\":\"x-1\"}";
    refused("{\"group\":[" + group + "," + group + "]}",
        "$.group[1]", 1, 55, "the Group of XID x-1 is already in this file");
  }

  /** indicator-associations.table: only the default types. */
  @Test
  void anIndicatorAssociationTypeOutsideTheTable() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"a.com\",\"type_1\":\"Host\",\"id_2\":7,\"type_2\":\"Address\","
            + "\"associationType\":\"Host to Indicators\"}]}",
        "$.association[0].associationType", 1, 96,
        "'Host to Indicators' is not a default Indicator-to-Indicator association type ("
            + String.join(", ", SPEC.indicatorAssociations().stream().map(IndicatorAssociation::name).toList()) + ")");
  }

  /** indicator-associations.table: URL Host goes from the Host (non-primary, ref_1) to the URL (primary, ref_2). */
  @Test
  void anIndicatorAssociationTheWrongWayRound() throws IOException {
    IndicatorAssociation urlHost = SPEC.indicatorAssociations().stream()
        .filter(r -> r.name().equals("URL Host")).findFirst().orElseThrow();
    refused("{\"association\":[{\"ref_1\":\"http://a.com\",\"type_1\":\"URL\",\"ref_2\":\"a.com\",\"type_2\":\"Host\","
            + "\"associationType\":\"URL Host\"}]}",
        "$.association[0].associationType", 1, 106,
        "URL Host associates " + String.join(" or ", urlHost.nonPrimary()) + " (ref_1) to "
            + urlHost.primary() + " (ref_2), not URL to Host");
  }

  /** v2_batch_api.rst L127: associationType is required between two Indicators. */
  @Test
  void anIndicatorAssociationWithoutItsType() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"a.com\",\"type_1\":\"Host\",\"id_2\":7,\"type_2\":\"URL\"}]}",
        "$.association[0]", 1, 17,
        "an Indicator-to-Indicator association requires an associationType (the default ones: "
            + String.join(", ", SPEC.indicatorAssociations().stream().map(IndicatorAssociation::name).toList()) + ")");
  }

  /** v2_batch_api.rst L127: associationType is for Indicator-to-Indicator associations only. */
  @Test
  void anAssociationTypeBetweenAGroupAndAnIndicator() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"ref_2\":\"a.com\",\"type_2\":\"Host\",\"associationType\":\"URL Host\"}]}",
        "$.association[0].associationType", 1, 80,
        "associationType is for Indicator-to-Indicator associations only, not Group to Indicator");
  }

  /** v2_batch_api.rst L11-12: no cross-owner associations. */
  @Test
  void anEndThatNamesAnOwner() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"id_2\":12,\"ownerName\":\"Other Source\"}]}",
        "$.association[0].ownerName", 1, 52,
        "ownerName names an owner, but the V2 Batch API does not support cross-owner associations"
            + " (v2_batch_api.rst L11-12): every object is the job's owner's");
  }

  /** v2_batch_api.rst L11-12, in a nested ref. */
  @Test
  void aNestedRefThatNamesAnOwner() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"associatedGroups\":[{\"groupXid\":\"x\",\"ownerId\":3}]}]}",
        "$.indicator[0].associatedGroups[0].ownerId", 1, 94,
        "ownerId names an owner, but the V2 Batch API does not support cross-owner associations"
            + " (v2_batch_api.rst L11-12): every object is the job's owner's");
  }

  /** v2_batch_api.rst L121-126: an end is ref_n or id_n. */
  @Test
  void anEndNamedByNeitherRefNorId() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"type_2\":\"Host\"}]}",
        "$.association[0]", 1, 17,
        "the association names no end 2: give ref_2 (the summary of an Indicator or the XID of a Group)"
            + " or id_2 (the ID of an existing one)");
  }

  @Test
  void anIdThatIsNotOne() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"id_2\":0}]}",
        "$.association[0].id_2", 1, 37, "id_2 must be a positive ID, not 0");
  }

  @Test
  void anEndTypeOfNeitherKind() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"ref_2\":\"a.com\",\"type_2\":\"Domain\"}]}",
        "$.association[0].type_2", 1, 55,
        "'Domain' is neither an Indicator type (" + String.join(", ", types("indicators"))
            + ") nor a Group type (" + String.join(", ", types("groups")) + ")");
  }

  /**
   * An Indicator's associatedIndicators carry no association type: only a pair that one default
   * type joins is read (Host and Mutex: none).
   */
  @Test
  void nestedIndicatorsThatNoDefaultTypeJoins() throws IOException {
    String directions = String.join("; ", SPEC.indicatorAssociations().stream()
        .map(r -> r.name() + " associates " + String.join(" or ", r.nonPrimary()) + " (ref_1) to "
            + r.primary() + " (ref_2)").toList());
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"associatedIndicators\":"
            + "[{\"indicatorType\":\"Mutex\",\"summary\":\"m\"}]}]}",
        "$.indicator[0].associatedIndicators[0]", 1, 72,
        "no default Indicator-to-Indicator association type joins Host and Mutex (" + directions + ")");
  }

  @Test
  void anEmptyFile() throws IOException {
    refused("", "$", 1, 1, "the file is empty: a batch input file is an object of the arrays indicator, group, association");
  }

  @Test
  void anArrayGivenTwice() throws IOException {
    refused("{\"indicator\":[],\"indicator\":[]}", "$.indicator", 1, 17, "indicator appears twice in the file");
  }

  @Test
  void aFieldGivenTwice() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"rating\":1,\"rating\":2}]}",
        "$.indicator[0].rating", 1, 59, "rating appears twice in this object");
  }

  @Test
  void textAfterTheObject() throws IOException {
    refused("{}\n{}", "$", 2, 1, "the file goes on after its object");
  }

  /** v2_batch_api_indicator_fields.rst: color and description make a new Security Label, together. */
  @Test
  void aSecurityLabelWithAColourOnly() throws IOException {
    refused("{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"securityLabel\":[{\"name\":\"TLP:RED\",\"color\":\"FF0000\"}]}]}",
        "$.indicator[0].securityLabel[0]", 1, 65,
        "a Security Label takes color and description together (for one that the job creates) or"
            + " neither (for an existing one)");
  }

  /** v2_batch_api_group_fields.rst L13-16: aiProvider is required with insights. */
  @Test
  void insightsWithoutTheirProvider() throws IOException {
    refused("{\"group\":[{\"name\":\"n\",\"type\":\"Report\",\"xid\":\"x\",\"insights\":\"text\"}]}",
        "$.group[0].insights", 1, 60,
        "insights requires aiProvider, the provider of the AI-generated summary (v2_batch_api_group_fields.rst L13-16)");
  }

  /** One end, one way of naming it: the typed API writes ref_n or id_n. */
  @Test
  void anEndNamedTwice() throws IOException {
    refused("{\"association\":[{\"ref_1\":\"x\",\"id_1\":4,\"id_2\":5}]}",
        "$.association[0].id_1", 1, 37, "ref_1 and id_1 both name end 1: give one of them");
  }

  private void refused(String json, String location, long line, long column, String problem)
      throws IOException {
    Path file = directory.resolve("input.json");
    Files.writeString(file, json);
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFile.read(file));
    assertEquals(file + ":" + line + ":" + column + ": " + location + ": " + problem, e.getMessage());
    assertEquals(file, e.file());
    assertEquals(location, e.location());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
  }

  private static List<String> types(String endpoint) {
    return SPEC.catalog(SPEC.objectAt(endpoint).orElseThrow()).types();
  }
}
