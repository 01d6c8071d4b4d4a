package dev.tcpivot.cli;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchJobResult;
import dev.tcpivot.BatchJobStatus;
import dev.tcpivot.BatchListener;
import java.util.List;

/**
 * A batch run's progress: a line per job created, uploaded, polled with a change, and completed,
 * and the state of the whole run (part, objects processed, successes, errors) for the bar.
 */
final class BatchProgress implements BatchListener {
  private final ProgressOutput output;
  private final int parts;
  private final long[] objects;
  private long total;
  private long doneBefore;
  private long successesBefore;
  private long errorsBefore;
  private BatchJobStatus last;

  BatchProgress(List<BatchFile.Part> parts, ProgressOutput output) {
    this.output = output;
    this.parts = parts.size();
    this.objects = new long[parts.size()];
    for (BatchFile.Part part : parts) {
      // The units a job counts: each Indicator, Group and association entry.
      objects[part.index()] = part.indicatorCount() + part.groupCount() + part.associationCount();
      total += objects[part.index()];
    }
  }

  @Override
  public void jobCreated(int part, long jobId) {
    last = null;
    output.step(label(part) + ": job " + jobId + " created");
    state(part, 0, 0);
  }

  @Override
  public void uploaded(int part, long jobId, long bytes) {
    output.step(label(part) + ": job " + jobId + " uploaded " + bytes + " bytes (" + objects[part] + " objects)");
    state(part, 0, 0);
  }

  @Override
  public void polled(int part, BatchJobStatus status) {
    if (status.equals(last)) {
      return;
    }
    last = status;
    output.step(label(part) + ": job " + status.jobId() + " " + status.status() + ", " + status.successCount()
        + " succeeded, " + status.errorCount() + " errors");
    state(part, status.successCount(), status.errorCount());
  }

  @Override
  public void completed(BatchJobResult job) {
    output.step(label(job.part()) + ": job " + job.jobId() + " completed: " + job.successCount() + " succeeded, "
        + job.errorCount() + " errors, " + job.unprocessedCount() + " unprocessed");
    doneBefore += objects[job.part()];
    successesBefore += job.successCount();
    errorsBefore += job.errorCount();
    state(job.part(), 0, 0);
  }

  @Override
  public void halted(int part, long jobId, int partsNotSent) {
    output.step(label(part) + ": job " + jobId + " had errors and --halt-on-error is set: "
        + partsNotSent + " later part(s) not sent");
  }

  private void state(int part, long successes, long errors) {
    long done = doneBefore + Math.min(objects[part], successes + errors);
    output.state(done, total, "part " + (part + 1) + "/" + parts + "  " + done + "/" + total + " objects  "
        + (successesBefore + successes) + " ok  " + (errorsBefore + errors) + " errors");
  }

  private String label(int part) {
    return "part " + (part + 1) + "/" + parts;
  }
}
