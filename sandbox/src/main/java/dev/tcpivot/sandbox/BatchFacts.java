package dev.tcpivot.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The rules of the V2 Batch API that the spec tables do not hold yet, each with its source in
 * threatconnect-v2-batch/v2_batch_api.rst (L = line) or, where the docs are silent, the sandbox's
 * choice, marked so. Kept in one place so that a spec table can take its place.
 */
final class BatchFacts {
  private BatchFacts() {}

  /** L146: "The maximum number of Indicators that can be created in one batch job is 25,000." */
  static final int MAX_INDICATORS = 25_000;

  /** L806-811: "File size greater than allowable limit of 2000000". */
  static final int MAX_FILE_BYTES = 2_000_000;

  /** L41 "version": the only value this sandbox runs; absent is taken as V2 (choice). */
  static final String VERSION = "V2";

  /** L43-67: the options of a job, their accepted values (first: the default, if any). */
  static final String OWNER = "owner";

  static final String HALT_ON_ERROR = "haltOnError";
  static final String ACTION = "action";
  static final String ATTRIBUTE_WRITE_TYPE = "attributeWriteType";
  static final String TAG_WRITE_TYPE = "tagWriteType";
  static final String LABEL_WRITE_TYPE = "securityLabelWriteType";
  static final String FILE_MERGE_MODE = "fileMergeMode";
  static final String HASH_COLLISION_MODE = "hashCollisionMode";

  /** L47-49. */
  static final List<String> ACTIONS = List.of("Create", "Delete");

  /** L50-54. */
  static final List<String> ATTRIBUTE_WRITE_TYPES =
      List.of("Append", "Replace", "Singleton", "Static");

  /** L55-60: Replace is the default of both. */
  static final List<String> LIST_WRITE_TYPES = List.of("Append", "Replace");

  /** L61-63: Merge is the default. */
  static final List<String> FILE_MERGE_MODES = List.of("Distribute", "Merge");

  /** L64-70: FavorIncoming is the default. */
  static final List<String> HASH_COLLISION_MODES =
      List.of("FavorExisting", "FavorIncoming", "IgnoreExisting", "IgnoreIncoming", "Split");

  /** The string options, their accepted values and their defaults ({@code null}: required). */
  static final Map<String, List<String>> CHOICES =
      Map.of(
          ACTION, ACTIONS,
          ATTRIBUTE_WRITE_TYPE, ATTRIBUTE_WRITE_TYPES,
          TAG_WRITE_TYPE, LIST_WRITE_TYPES,
          LABEL_WRITE_TYPE, LIST_WRITE_TYPES,
          FILE_MERGE_MODE, FILE_MERGE_MODES,
          HASH_COLLISION_MODE, HASH_COLLISION_MODES);

  static final Map<String, String> DEFAULTS =
      Map.of(
          TAG_WRITE_TYPE, "Replace",
          LABEL_WRITE_TYPE, "Replace",
          FILE_MERGE_MODE, "Merge",
          HASH_COLLISION_MODE, "FavorIncoming");

  /** L815-821: the statuses of a job, in order. */
  static final String CREATED = "Created";

  static final String QUEUED = "Queued";
  static final String RUNNING = "Running";
  static final String COMPLETED = "Completed";

  /** L906-918: the one code the docs show, for an unexpected failure of the whole file. */
  static final String CODE_FILE = "0x1003";

  /** Choice: an Indicator or Group that is refused (the docs show no other code). */
  static final String CODE_OBJECT = "0x1001";

  /** Choice: an association that cannot be made. */
  static final String CODE_ASSOCIATION = "0x1002";

  /** L917: the only severity an error of the docs has. */
  static final String SEVERITY = "Error";

  /** L929: the accepted values of the {@code severity} parameter of /results. */
  static final List<String> SEVERITY_PARAMS = List.of("err", "error", "info", "warn", "warning");

  /** L918: the start of the errorMessage of the docs' example. */
  static final String UNEXPECTED = "Encountered an unexpected Exception while processing batch job.";

  /** v2_batch_api_indicator_fields.rst: rating 0-5, confidence 0-100. */
  static final int MAX_RATING = 5;

  static final int MAX_CONFIDENCE = 100;
}
