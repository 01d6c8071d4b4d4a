package dev.tcpivot.sandbox;

import java.util.List;

/**
 * The rules of the V2 Batch API that the spec tables do not hold, each with its source in
 * threatconnect-v2-batch/v2_batch_api.rst (L = line) or, where the docs are silent, the sandbox's
 * choice, marked so. The most Indicators of a job, the options with a choice of values (their
 * accepted values and defaults) and the association pairs are rows of batch.table, read through
 * {@code Spec.batch()}.
 */
final class BatchFacts {
  private BatchFacts() {}

  /** L41 "version": the only value this sandbox runs; absent is taken as V2 (choice). */
  static final String VERSION = "V2";

  /** L43-46: the options that are not a choice among values, so not rows of batch.table. */
  static final String OWNER = "owner";

  static final String HALT_ON_ERROR = "haltOnError";

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

  /**
   * v2_batch_api_indicator_fields.rst: rating 0-5, confidence 0-100 (indicators.table gives their
   * kinds, not these ranges).
   */
  static final int MAX_RATING = 5;

  static final int MAX_CONFIDENCE = 100;
}
