package dev.tcpivot.cli;

import dev.tcpivot.BatchError;
import dev.tcpivot.BatchJobResult;
import dev.tcpivot.BatchResult;
import java.util.List;

/** The end of an import: a row per job and a total, then the errors tied back to their objects. */
final class ImportSummary {
  private ImportSummary() {}

  /** The summary, listing at most {@code maxErrors} errors. */
  static String of(BatchResult result, int maxErrors) {
    TextTable table = new TextTable("part", "job", "status", "succeeded", "errors", "unprocessed");
    for (BatchJobResult job : result.jobs()) {
      table.row(job.part() + 1, job.jobId(), job.status().status(), job.successCount(), job.errorCount(),
          job.unprocessedCount());
    }
    table.row("total", "", "", result.successCount(), result.errorCount(), result.unprocessedCount());
    StringBuilder out = new StringBuilder(table.render(true));
    if (result.halted()) {
      out.append("halted: ").append(result.partsNotSent()).append(" of ").append(result.partCount())
          .append(" parts not sent\n");
    }
    List<BatchError> errors = result.errors();
    if (!errors.isEmpty()) {
      out.append('\n').append(errors.size()).append(errors.size() == 1 ? " error:\n" : " errors:\n");
      for (BatchError error : errors.subList(0, Math.min(maxErrors, errors.size()))) {
        out.append("  part ").append(error.part() + 1).append(", job ").append(error.jobId()).append(": ")
            .append(error.object().map(o -> o + ": ").orElse("")).append(error.code()).append(' ')
            .append(error.message()).append('\n');
      }
      if (errors.size() > maxErrors) {
        out.append("  ... and ").append(errors.size() - maxErrors).append(" more (--all-errors lists every one)\n");
      }
    }
    return out.toString();
  }
}
