package dev.tcpivot;

import java.util.List;

/**
 * How a batch file ran: one job per part, in order. With {@code haltOnError}, a part whose job
 * counted errors is the last one run; {@link #partsNotSent()} says how many were not.
 *
 * @param jobs the jobs that ran, one per part sent
 * @param partCount the parts of the file
 */
public record BatchResult(List<BatchJobResult> jobs, int partCount) {
  public BatchResult {
    jobs = List.copyOf(jobs);
  }

  /** Whether a part's errors stopped the run before its last part. */
  public boolean halted() {
    return partsNotSent() > 0;
  }

  /** The parts not sent because an earlier one had errors and {@code haltOnError} was set. */
  public int partsNotSent() {
    return partCount - jobs.size();
  }

  /** The objects written, over every job. */
  public long successCount() {
    return jobs.stream().mapToLong(BatchJobResult::successCount).sum();
  }

  /** The errors counted, over every job. */
  public long errorCount() {
    return jobs.stream().mapToLong(BatchJobResult::errorCount).sum();
  }

  /** The objects not processed, over every job (not counting the parts not sent). */
  public long unprocessedCount() {
    return jobs.stream().mapToLong(BatchJobResult::unprocessedCount).sum();
  }

  /** Every job's errors, in order. */
  public List<BatchError> errors() {
    return jobs.stream().flatMap(j -> j.errors().stream()).toList();
  }
}
