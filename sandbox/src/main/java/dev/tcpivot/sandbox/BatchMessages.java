package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.IndicatorAssociation;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The messages of the V2 Batch API: refusals of {@code POST /v2/batch} and of uploads, and the
 * reasons of a job's errors. Each names the field or the object and, where there is a choice, the
 * accepted values. Those the docs give are quoted with their line in v2_batch_api.rst.
 */
final class BatchMessages {
  private BatchMessages() {}

  /** L810, with the limit of batch.table. */
  static String fileTooLarge(int maxBytes) {
    return "File size greater than allowable limit of " + maxBytes;
  }

  static final String FILE_NOT_PROCESSED =
      BatchFacts.UNEXPECTED + " The input file was not processed.";

  static final String ASSOCIATION_FIRST =
      "The association array must be placed after the indicator and group arrays in a batch input"
          + " file (v2_batch_api.rst L130)";

  static final String INSIGHTS_NEED_PROVIDER =
      "aiProvider is required when insights is used (v2_batch_api_group_fields.rst)";

  static final String FILE_OCCURRENCE_EMPTY =
      "fileOccurrence: each File Occurrence needs at least one of date, fileName or path"
          + " (v2_batch_api_indicator_fields.rst, footnote 1)";

  static final String I2I_NEEDS_ARRAY =
      "associatedIndicators on an Indicator is not taken: Indicator-to-Indicator associations are"
          + " made only in the association array, with an associationType (v2_batch_api.rst L608)";

  static String unknownOption(String name, Collection<String> fields) {
    return "Unknown batch job option " + name + "; the options are " + String.join(", ", new TreeSet<>(fields));
  }

  static String badVersion(JsonNode version) {
    return "version must be \"" + BatchFacts.VERSION + "\" (the V2 Batch API), was " + version;
  }

  static String ownerRequired(JsonNode owner) {
    return "owner is required: the name of the Organization, Community or Source of the job, was "
        + owner;
  }

  static String haltOnErrorRequired(JsonNode value) {
    return "haltOnError is required and must be true or false, was " + value;
  }

  static String optionRequired(String field, List<String> accepted) {
    return field + " is required; accepted values: " + String.join(", ", accepted);
  }

  static String badOption(String field, JsonNode value, List<String> accepted) {
    return field + " must be one of " + String.join(", ", accepted) + ", was " + value;
  }

  static String noSuchBatch(String id) {
    return "No batch job with id " + id;
  }

  static String alreadyUploaded(String status) {
    return "Batch already in " + status + " state: a batch job takes one input file";
  }

  /** L882. */
  static String stillIn(String status) {
    return "Batch still in " + status + " state";
  }

  static String noErrors(long id) {
    return "Batch job " + id + " has no errors";
  }

  static String tooManyIndicators(int count, int most) {
    return "Indicator count "
        + count
        + " greater than allowable limit of "
        + most
        + " per batch job; use multiple batch jobs (v2_batch_api.rst L146)";
  }

  static String badBoolean(String parameter, String value) {
    return parameter + " must be true or false, was \"" + value + "\"";
  }

  static String badCode(String value) {
    return "code must begin with 0x, was \"" + value + "\"";
  }

  static final String ONE_CODE = "Only one error code may be specified at a time";

  static String badSeverity(String value) {
    return "severity must be one of "
        + String.join(", ", BatchFacts.SEVERITY_PARAMS)
        + ", was \""
        + value
        + "\"";
  }

  /** The errorMessage of a unit, in the form of L918. */
  static String lastProcessed(String where) {
    int space = where.indexOf(' ');
    String path = space < 0 ? where : where.substring(0, space);
    return "Error while processing batch job. Last known JSON path: '$."
        + path
        + "': Last processed "
        + where
        + ".";
  }

  static String entryNotAnObject(JsonNode entry) {
    return "Each entry must be a JSON object, was " + entry;
  }

  static String notAnArray(String field, JsonNode value) {
    return field + " must be an array, was " + value;
  }

  static String notAnObject(String field, JsonNode value) {
    return field + " entries must be objects, was " + value;
  }

  static String notAString(String field, JsonNode value) {
    return field + " must be a non-blank string, was " + value;
  }

  static String fieldRequired(String field, JsonNode value) {
    return field + " is required and must be a non-blank string, was " + value;
  }

  static String outOfRange(String field, int max, JsonNode value) {
    return field + " must be a number from 0 to " + max + ", was " + value;
  }

  static String summaryRequired(String type, List<String> fields, JsonNode summary) {
    return "A "
        + type
        + " Indicator needs a summary or "
        + String.join(", ", fields)
        + " (v2_batch_api.rst L114), summary was "
        + summary;
  }

  static String tooManyParts(String type, List<String> fields, String summary) {
    return "The summary \""
        + summary
        + "\" has more parts than a "
        + type
        + " Indicator has fields ("
        + String.join(" : ", fields)
        + ")";
  }

  static String twoHashesOfAKind(String hash, String summary) {
    return "The summary \"" + summary + "\" has two " + hash + " hashes";
  }

  static String xidOfAnotherType(String xid, String type) {
    return "The XID " + xid + " already names a " + type + " Group in the owner";
  }

  static String nestedEntry(String field, int index, String what) {
    return field + "[" + index + "] must be " + what;
  }

  static String notSaved(String kind, String path) {
    return "The " + kind + " at " + path + " was not saved, so it cannot be associated";
  }

  static String unknownEndType(int n, JsonNode type, List<String> types) {
    return "type_" + n + " must be an Indicator or Group type (" + String.join(", ", types) + "), was " + type;
  }

  static String endRequired(int n) {
    return "An association needs id_" + n + " or ref_" + n + " (v2_batch_api.rst L121-125)";
  }

  static String noGroupNoType(int n, String ref, Owner owner) {
    return "No Group with XID "
        + ref
        + " in "
        + owner.name()
        + "; an Indicator needs type_"
        + n
        + " (v2_batch_api.rst L123)";
  }

  static String noSuchXid(String xid, Owner owner) {
    return "No Group with XID " + xid + " in " + owner.name();
  }

  static String noSuchIndicator(String type, String summary, Owner owner) {
    return "No " + type + " Indicator " + summary + " in " + owner.name();
  }

  static String badEndId(int n, JsonNode id) {
    return "id_" + n + " must be an id (a whole number), was " + id;
  }

  static String noSuchId(int n, long id) {
    return "id_" + n + ": no Indicator or Group with id " + id;
  }

  static String wrongEndType(int n, Entity found, String type) {
    return "type_" + n + " is " + type + " but " + Messages.describe(found) + " is a " + found.type();
  }

  /** L12: "The V2 Batch API does not support cross-owner associations." */
  static String crossOwner(int n, Entity found, Owner owner) {
    return "The V2 Batch API does not support cross-owner associations: "
        + Messages.describe(found)
        + " is in "
        + found.owner().name()
        + ", the batch job in "
        + owner.name()
        + " (object "
        + n
        + " of the association)";
  }

  static String associationTypeRequired(List<String> names) {
    return "associationType is required for an Indicator-to-Indicator association"
        + " (v2_batch_api.rst L127); the association types are "
        + String.join(", ", names);
  }

  static String unknownAssociationType(String name, List<String> names) {
    return "Unknown associationType \"" + name + "\"; the association types are " + String.join(", ", names);
  }

  static String associationTypeMismatch(IndicatorAssociation association, String a, String b) {
    return "The association type "
        + association.name()
        + " associates "
        + String.join(", ", association.nonPrimary())
        + " Indicators to "
        + association.primary()
        + " Indicators, not "
        + a
        + " and "
        + b;
  }
}
