package dev.tcpivot;

import java.util.Optional;

/**
 * One error of a batch job, an item of {@code GET /v2/batch/{id}/results} (v2_batch_api.rst
 * L897-920), tied back to the object of the uploaded part that its message names.
 *
 * @param part the part of the batch file the job ran
 * @param jobId the job
 * @param code e.g. {@code 0x1003}
 * @param severity e.g. {@code Error}
 * @param reason the {@code errorReason}
 * @param message the {@code errorMessage}, e.g. {@code ... '$.group[1]': Last processed group[1] ...}
 * @param object the Indicator, Group or association the message's JSON path names, when it names one
 */
public record BatchError(
    int part, long jobId, String code, String severity, String reason, String message, Optional<BatchObject> object) {
  @Override
  public String toString() {
    return code + " " + severity + " in job " + jobId + object.map(o -> " at " + o).orElse("") + ": " + message;
  }
}
