package dev.tcpivot;

/**
 * Existing objects of the job's owner at one end of an association in a batch file. The objects
 * of the file itself are their own refs: pass the {@link BatchIndicator} or {@link BatchGroup}.
 */
public final class BatchRef {
  private BatchRef() {}

  /**
   * An existing Indicator by ID, with its type, which the API requires of an Indicator
   * (v2_batch_api.rst L122-123): {@code BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321)}.
   */
  public static <K extends IndicatorKind> BatchIndicatorRef<K> indicatorId(BatchIndicatorType<K> type, long id) {
    return new BatchIndicatorRef.Existing<>(type, null, Checks.id(id, "id"));
  }

  /**
   * An existing Indicator by type and summary, which must exist in the job's owner when the job
   * runs (v2_batch_api.rst L121, L124): {@code BatchRef.indicatorSummary(BatchIndicators.ADDRESS,
   * "71.6.135.131")}. For an Indicator of the file, pass the {@link BatchIndicator} itself.
   */
  public static <K extends IndicatorKind> BatchIndicatorRef<K> indicatorSummary(BatchIndicatorType<K> type, String summary) {
    return new BatchIndicatorRef.Existing<>(type, Checks.notBlank(summary, "summary"), 0);
  }

  /** An existing Group by ID; a Group's type is optional and not sent (v2_batch_api.rst L122-123). */
  public static BatchGroupRef groupId(long id) {
    return new BatchGroupRef.Existing(null, Checks.id(id, "id"));
  }

  /**
   * An existing Group by XID, which must exist in the job's owner when the job runs
   * (v2_batch_api.rst L121).
   */
  public static BatchGroupRef groupXid(String xid) {
    return new BatchGroupRef.Existing(Checks.notBlank(xid, "xid"), 0);
  }
}
