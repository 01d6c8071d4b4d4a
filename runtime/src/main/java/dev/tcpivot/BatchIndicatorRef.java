package dev.tcpivot;

/**
 * An Indicator at one end of an association in a batch file: a {@link BatchIndicator} added to the
 * file, or an existing Indicator of the job's owner by ID ({@link BatchRef#indicatorId}) or by
 * summary ({@link BatchRef#indicatorSummary}). There is
 * no way to name another owner: the V2 Batch API does not support cross-owner associations
 * (v2_batch_api.rst L11-12).
 *
 * @param <K> the Indicator's kind, which types Indicator-to-Indicator associations
 */
public abstract class BatchIndicatorRef<K extends IndicatorKind> {
  BatchIndicatorRef() {}

  /** The Indicator's type, which {@code type_1}/{@code type_2} carry. */
  abstract String type();

  /** The summary, or null for an existing Indicator by ID. */
  abstract String summary();

  /** The ID of an existing Indicator, or 0. */
  abstract long id();

  /** Whether this is a {@link BatchIndicator}, which must have been added to the file. */
  abstract boolean inFile();

  /** An existing Indicator of the job's owner, by ID or by summary. */
  static final class Existing<K extends IndicatorKind> extends BatchIndicatorRef<K> {
    private final String type;
    private final String summary;
    private final long id;

    Existing(BatchIndicatorType<K> type, String summary, long id) {
      this.type = Checks.notNull(type, "type").name();
      this.summary = summary;
      this.id = id;
    }

    @Override
    String type() {
      return type;
    }

    @Override
    String summary() {
      return summary;
    }

    @Override
    long id() {
      return id;
    }

    @Override
    boolean inFile() {
      return false;
    }

    @Override
    public String toString() {
      return summary != null
          ? "BatchRef.indicatorSummary(" + type + ", " + summary + ")"
          : "BatchRef.indicatorId(" + type + ", " + id + ")";
    }
  }
}
