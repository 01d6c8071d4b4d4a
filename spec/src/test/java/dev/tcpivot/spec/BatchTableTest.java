package dev.tcpivot.spec;

import static dev.tcpivot.spec.TableEdit.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.spec.BatchRules.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * batch.table holds the facts of threatconnect-v2-batch/v2_batch_api.rst that a batch file and a
 * batch server need, and its loader refuses a malformed row at its file and line.
 */
class BatchTableTest {
  private final BatchRules batch = SpecLoader.builtIn().batch();

  /** L120: Indicator to Group, Group to Indicator, Group to Group and Indicator to Indicator. */
  @Test
  void theFourPairsOfTheAssociationArray() {
    assertTrue(batch.accepts(Side.INDICATOR, Side.GROUP));
    assertTrue(batch.accepts(Side.GROUP, Side.INDICATOR));
    assertTrue(batch.accepts(Side.GROUP, Side.GROUP));
    assertTrue(batch.accepts(Side.INDICATOR, Side.INDICATOR));
    assertEquals(4, batch.pairs().size());
    assertEquals(
        List.of(false, false, false, true), batch.pairs().stream().map(BatchRules.Pair::typed).toList());
  }

  /** L145-146: at most 25,000 Indicators in one batch job. */
  @Test
  void aJobTakesAtMost25000Indicators() {
    assertEquals(25_000, batch.maxIndicatorsPerJob());
  }

  /** L803-811: an upload of more than 2,000,000 bytes is refused ("File size greater than ..."). */
  @Test
  void anUploadTakesAtMost2000000Bytes() {
    assertEquals(2_000_000, batch.maxUploadBytes());
  }

  @Test
  void theUploadLimitIsRequired() {
    replace("batch.table", "upload bytes             | 2000000", "")
        .assertRefusedAt(0, "[limits] lacks 'upload bytes'");
  }

  @Test
  void anUnknownLimitIsRefused() {
    replace("batch.table", "upload bytes             | 2000000", "upload megabytes | 2")
        .assertRefused("unknown limit 'upload megabytes' (limits: indicators per job, upload bytes)");
  }

  @Test
  void theUploadLimitIsAPositiveNumber() {
    replace("batch.table", "upload bytes             | 2000000", "upload bytes | 2 MB")
        .assertRefused("'2 MB' is not a positive whole number");
  }

  /** L47-69: each option's accepted values; the defaults that L57, L60, L63 and L66 mark. */
  @Test
  void theJobOptions() {
    assertOption("action", List.of("Create", "Delete"), null);
    assertOption("attributeWriteType", List.of("Append", "Replace", "Singleton", "Static"), null);
    assertOption("tagWriteType", List.of("Append", "Replace"), "Replace");
    assertOption("securityLabelWriteType", List.of("Append", "Replace"), "Replace");
    assertOption("fileMergeMode", List.of("Distribute", "Merge"), "Merge");
    assertOption(
        "hashCollisionMode",
        List.of("FavorExisting", "FavorIncoming", "IgnoreExisting", "IgnoreIncoming", "Split"),
        "FavorIncoming");
    assertEquals(6, batch.options().size());
  }

  /** The batch names of metadata are singular (_indicator_fields L217, L181, L53). */
  @Test
  void batchFieldNames() {
    assertEquals(Optional.of("tags"), batch.field(Side.INDICATOR, "tag").orElseThrow().v3Name());
    assertTrue(batch.field(Side.GROUP, "eventDate").orElseThrow().takes("Incident"));
    assertFalse(batch.field(Side.GROUP, "eventDate").orElseThrow().takes("Adversary"));
    assertTrue(batch.field(Side.INDICATOR, "tag").orElseThrow().takes("Host"));
  }

  /** L113, L116, L118: summary, name and XID; _group_fields: Email and Signature fields. */
  @Test
  void requiredFieldsInTableOrder() {
    assertEquals(List.of("summary"), names(batch.required(Side.INDICATOR, "Registry Key")));
    assertEquals(List.of("xid", "name"), names(batch.required(Side.GROUP, "Adversary")));
    assertEquals(
        List.of("xid", "name", "subject", "header", "body"), names(batch.required(Side.GROUP, "Email")));
    assertEquals(
        List.of("xid", "name", "fileName", "fileText", "fileType"),
        names(batch.required(Side.GROUP, "Signature")));
  }

  /** _group_fields L128-131: fileName is required for Signature Groups, optional for Document and Report. */
  @Test
  void aFieldMayBeRequiredByOnlySomeOfItsTypes() {
    BatchRules.Field fileName = batch.field(Side.GROUP, "fileName").orElseThrow();
    assertTrue(fileName.requiredFor("Signature"));
    assertFalse(fileName.requiredFor("Document"));
    assertTrue(fileName.takes("Document"));
    assertTrue(fileName.takes("Report"));
    assertFalse(fileName.takes("Adversary"));
    assertEquals(List.of("xid", "name"), names(batch.required(Side.GROUP, "Document")));
  }

  @Test
  void aFieldIsRequiredOnlyByTypesThatTakeIt() {
    replace("batch.table", "| Document, Report, Signature | Signature ", "| Document, Report, Signature | Email ")
        .assertRefused("field 'fileName' cannot be required by Email, which does not take it"
            + " (Document, Report, Signature)");
  }

  @Test
  void requiredIsYesOrNo() {
    replace("batch.table", "| *                        | yes      # L113", "| *                        | maybe    # L113")
        .assertRefused("expected yes or no, found 'maybe'");
  }

  private static List<String> names(List<BatchRules.Field> fields) {
    return fields.stream().map(BatchRules.Field::name).toList();
  }

  private void assertOption(String name, List<String> values, String defaultValue) {
    BatchRules.Option option = batch.option(name).orElseThrow();
    assertEquals(values, option.values());
    assertEquals(Optional.ofNullable(defaultValue), option.defaultValue());
  }

  @Test
  void aPairOfAnotherObjectIsRefused() {
    replace("batch.table", "Group       | Group     | -", "Group       | Victim    | -")
        .assertRefused("'Victim' is not Indicator or Group: a batch file holds nothing else (v2_batch_api.rst L120)");
  }

  @Test
  void indicatorToIndicatorNeedsTheAssociationTable() {
    replace("batch.table", "| indicator-associations.table    #", "| -    #")
        .assertRefused("Indicator to Indicator needs the association type indicator-associations.table");
  }

  @Test
  void anotherPairTakesNoAssociationType() {
    replace("batch.table", "Group       | Group     | -", "Group       | Group     | URL Host")
        .assertRefused("Group to Group takes no association type (- in the third cell), not 'URL Host'");
  }

  @Test
  void aPairIsListedOnce() {
    replace("batch.table", "Group       | Group     | -", "Group       | Indicator | -")
        .assertRefused("Group to Indicator is already listed at line "
            + TableEdit.lineOf("batch.table", "Group       | Indicator | -"));
  }

  @Test
  void theLimitIsAPositiveNumber() {
    replace("batch.table", "| 25000", "| 25,000")
        .assertRefused("'25,000' is not a positive whole number");
  }

  @Test
  void aDefaultIsAnAcceptedValue() {
    replace("batch.table", "| Merge           #", "| Combine         #")
        .assertRefused("default 'Combine' of option 'fileMergeMode' is not among its values (Distribute, Merge)");
  }

  @Test
  void anOptionHasValues() {
    replace("batch.table", "| Create, Delete      ", "| -                   ")
        .assertRefused("option 'action' has no accepted values");
  }

  @Test
  void aFieldNamesKnownTypes() {
    replace("batch.table", "| eventDate            | eventDate         | Event, Incident ", "| eventDate            | eventDate         | Event, Incidnt  ")
        .assertRefused("unknown Group type 'Incidnt' (types: Adversary, Attack Pattern, Campaign,"
            + " Course of Action, Document, Email, Event, Incident, Intrusion Set, Malware, Report,"
            + " Signature, Tactic, Task, Threat, Tool, Vulnerability)");
  }

  @Test
  void anUnknownSectionIsRefused() {
    replace("batch.table", "[limits]", "[limit]")
        .assertRefused("unknown section [limit] (sections: associations, limits, options, fields)");
  }
}
