package dev.tcpivot;

/**
 * An Indicator at one end of an association in a batch file: a {@link BatchIndicator} added to the
 * file, or an existing Indicator of the job's owner by ID ({@link BatchRef#indicatorId}). There is
 * no way to name another owner: the V2 Batch API does not support cross-owner associations
 * (v2_batch_api.rst L11-12).
 *
 * @param <K> the Indicator's kind, which types Indicator-to-Indicator associations
 */
public abstract class BatchIndicatorRef<K extends IndicatorKind> {
  BatchIndicatorRef() {}

  /** The Indicator's type, which {@code type_1}/{@code type_2} carry. */
  abstract String type();

  /** The summary of an Indicator of the file, or null for an existing one by ID. */
  abstract String summary();

  /** The ID of an existing Indicator, or 0 for one of the file. */
  abstract long id();

  /** An existing Indicator of the job's owner by ID. */
  static final class ById<K extends IndicatorKind> extends BatchIndicatorRef<K> {
    private final String type;
    private final long id;

    ById(BatchIndicatorType<K> type, long id) {
      this.type = Checks.notNull(type, "type").name();
      this.id = Checks.id(id, "id");
    }

    @Override
    String type() {
      return type;
    }

    @Override
    String summary() {
      return null;
    }

    @Override
    long id() {
      return id;
    }

    @Override
    public String toString() {
      return "BatchRef.indicatorId(" + type + ", " + id + ")";
    }
  }
}
