package dev.tcpivot;

/**
 * A batch job's status as {@code GET /v2/batch/{id}} reports it (v2_batch_api.rst L813-854):
 * Created, Queued, Running or Completed, with the counts so far (0 when the response carries
 * none, as {@code {status: "Running"}} does).
 *
 * @param unprocessedCount read from {@code unprocessCount} (L851) or {@code unprocessedCount} (L72)
 */
public record BatchJobStatus(long jobId, String status, long successCount, long errorCount, long unprocessedCount) {
  /** Whether the job has ended (L821). */
  public boolean completed() {
    return "Completed".equals(status);
  }
}
