package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import retrofit2.Call;

/**
 * Runs a {@link BatchFile} as V2 Batch API jobs (threatconnect-v2-batch/v2_batch_api.rst), one per
 * part and in order: for each, {@code POST /v2/batch} creates the job, {@code POST /v2/batch/{id}}
 * uploads the part as {@code application/octet-stream}, streamed from the file's temporary files
 * (never whole in memory), and {@code GET /v2/batch/{id}} is polled until the job is
 * {@code Completed}: at once, then after 1 s, and each wait 1.5 times the one before, at most
 * 30 s. A job that counted errors has them read from {@code GET /v2/batch/{id}/results}, each tied
 * to the object its JSON path names. With {@code haltOnError}, a part with errors is the last one
 * sent.
 *
 * <p>Requests go through the client's retries and request budget; a refusal is the usual
 * {@link ThreatConnectException} subclass (401 without permission to create, L86-91; 503 when the
 * batch API is disabled, L93-98; 400 for an overlarge file, L803-811).
 */
public final class BatchJobs {
  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Pattern PATH = Pattern.compile("'\\$\\.(indicator|group|association)\\[(\\d+)\\]'");

  private final Transport transport;
  private final Sleeper sleeper;
  private final BatchApi api;

  BatchJobs(Transport transport, Sleeper sleeper) {
    this.transport = transport;
    this.sleeper = sleeper;
    this.api = transport.service(BatchApi.class);
  }

  /** {@link #run(BatchFile, BatchOptions, BatchListener)} without a listener. */
  public BatchResult run(BatchFile file, BatchOptions options) {
    return run(file, options, new BatchListener() {});
  }

  /**
   * Runs each part of the file as a job and waits for it; returns when the last part sent has
   * completed.
   *
   * @throws IllegalArgumentException if an argument is null; nothing is sent
   * @throws ThreatConnectException if a request is refused
   * @throws IllegalStateException if the file is closed, or the thread is interrupted while waiting
   */
  public BatchResult run(BatchFile file, BatchOptions options, BatchListener listener) {
    Checks.notNull(file, "file");
    Checks.notNull(options, "options");
    Checks.notNull(listener, "listener");
    List<BatchFile.Part> parts = file.parts();
    List<BatchJobResult> jobs = new ArrayList<>();
    for (BatchFile.Part part : parts) {
      BatchJobResult job = runPart(part, options, listener);
      jobs.add(job);
      listener.completed(job);
      if (options.haltOnError() && job.errorCount() > 0 && part.index() + 1 < parts.size()) {
        listener.halted(part.index(), job.jobId(), parts.size() - part.index() - 1);
        break;
      }
    }
    return new BatchResult(jobs, parts.size());
  }

  private BatchJobResult runPart(BatchFile.Part part, BatchOptions options, BatchListener listener) {
    JsonNode created = json(api.create(RequestBody.create(options.body().toString(), JSON)));
    JsonNode batchId = created.path("data").path("batchId");
    if (!batchId.canConvertToLong() || batchId.asLong() <= 0) {
      throw new ThreatConnectException(201, "POST", "/v2/batch",
          "the response names no batchId: " + Transport.abbreviate(created.toString()), null, null);
    }
    long id = batchId.asLong();
    listener.jobCreated(part.index(), id);
    transport.text(api.upload(id, new PartBody(part)));
    listener.uploaded(part.index(), id, part.byteCount());
    BatchJobStatus status = poll(part, id, listener);
    List<BatchError> errors = status.errorCount() > 0 ? errors(part, id) : List.of();
    return new BatchJobResult(part.index(), status, errors);
  }

  private BatchJobStatus poll(BatchFile.Part part, long id, BatchListener listener) {
    Duration wait = FIRST_WAIT;
    while (true) {
      BatchJobStatus status = status(id, json(api.status(id)));
      listener.polled(part.index(), status);
      if (status.completed()) {
        return status;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for batch job " + id, e);
      }
      Duration longer = Duration.ofMillis(wait.toMillis() * 3 / 2);
      wait = longer.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : longer;
    }
  }

  /**
   * The status of either shape: {@code {status: "Running"}} (L833-836), the job's status at the
   * top, or the envelope of L840-854 with {@code data.batchStatus}.
   */
  static BatchJobStatus status(long id, JsonNode body) {
    String top = body.path("status").asText("");
    JsonNode counts = body.path("data").path("batchStatus");
    String status = "Success".equals(top) ? counts.path("status").asText("") : top;
    if (status.isEmpty() || "Error".equals(top) || "Invalid".equals(top)) {
      throw new ThreatConnectException(200, "GET", "/v2/batch/" + id,
          "the response names no job status: " + Transport.abbreviate(body.toString()), null, null);
    }
    JsonNode unprocessed = counts.has("unprocessCount") ? counts.path("unprocessCount") : counts.path("unprocessedCount");
    return new BatchJobStatus(id, status, counts.path("successCount").asLong(0),
        counts.path("errorCount").asLong(0), unprocessed.asLong(0));
  }

  private List<BatchError> errors(BatchFile.Part part, long id) {
    JsonNode results;
    try {
      results = json(api.results(id));
    } catch (NotFoundException none) {
      return List.of(); // L900: a job without errors answers 404
    }
    List<BatchError> errors = new ArrayList<>();
    for (JsonNode item : results) {
      String message = item.path("errorMessage").asText("");
      errors.add(new BatchError(part.index(), id, item.path("code").asText(""), item.path("severity").asText(""),
          item.path("errorReason").asText(""), message, object(part, message)));
    }
    return errors;
  }

  /** The object that a message's JSON path names, e.g. {@code '$.indicator[2]'}. */
  static Optional<BatchObject> object(BatchFile.Part part, String message) {
    Matcher path = PATH.matcher(message);
    if (!path.find()) {
      return Optional.empty();
    }
    int n;
    try {
      n = Integer.parseInt(path.group(2));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
    return part.describe(BatchObject.Kind.of(path.group(1)), n);
  }

  private JsonNode json(Call<okhttp3.ResponseBody> call) {
    String text = transport.text(call);
    try {
      return Json.mapper().readTree(text.isBlank() ? "{}" : text);
    } catch (IOException e) {
      okhttp3.Request request = call.request();
      throw new ThreatConnectException(200, request.method(), request.url().encodedPath(),
          "the response is not JSON: " + Transport.abbreviate(text), null, null);
    }
  }

  /** A part as an upload body, written from the temporary files each time it is sent. */
  private static final class PartBody extends RequestBody {
    private final BatchFile.Part part;

    PartBody(BatchFile.Part part) {
      this.part = part;
    }

    @Override
    public MediaType contentType() {
      return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
      return part.byteCount();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      try {
        part.writeTo(sink.outputStream());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
