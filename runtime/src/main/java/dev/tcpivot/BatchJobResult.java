package dev.tcpivot;

import java.util.List;

/**
 * How one batch job, the run of one part of a batch file, ended.
 *
 * @param part the part's index
 * @param status the job's last status, {@code Completed}
 * @param errors the job's errors, each tied to its object when its message names one
 */
public record BatchJobResult(int part, BatchJobStatus status, List<BatchError> errors) {
  public BatchJobResult {
    errors = List.copyOf(errors);
  }

  /** The job's ID. */
  public long jobId() {
    return status.jobId();
  }

  /** The objects the job wrote. */
  public long successCount() {
    return status.successCount();
  }

  /** The errors the job counted. */
  public long errorCount() {
    return status.errorCount();
  }

  /** The objects the job did not reach (after a halt). */
  public long unprocessedCount() {
    return status.unprocessedCount();
  }
}
