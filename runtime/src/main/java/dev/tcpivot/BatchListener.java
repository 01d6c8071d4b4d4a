package dev.tcpivot;

/**
 * Hears how a batch run goes, on the thread that runs it; every method does nothing by default.
 */
public interface BatchListener {
  /** {@code POST /v2/batch} created the job that will run this part. */
  default void jobCreated(int part, long jobId) {}

  /** The part was uploaded to its job ({@code POST /v2/batch/{id}}). */
  default void uploaded(int part, long jobId, long bytes) {}

  /** A poll of {@code GET /v2/batch/{id}} answered, with the counts so far. */
  default void polled(int part, BatchJobStatus status) {}

  /** The part's job completed; its errors are read. */
  default void completed(BatchJobResult job) {}

  /** The part's job had errors and {@code haltOnError} is set: {@code partsNotSent} later parts are not sent. */
  default void halted(int part, long jobId, int partsNotSent) {}
}
