package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code /v2/batch} endpoints (v2_batch_api.rst): create a job (L20-90), upload its input file
 * (L772-811), its status (L813-861), its error file (L863-895) and its error details with their
 * filters (L897-929). Authenticated as the v3 endpoints are, by {@link Router}.
 */
final class BatchEndpoints {
  private static final String ERRORS = "errors";
  private static final String RESULTS = "results";

  private final BatchJobs jobs;

  BatchEndpoints(BatchJobs jobs) {
    this.jobs = jobs;
  }

  /** @param segments the raw path segments, {@code api, v2, batch, ...} */
  Reply route(
      String method, String rawPath, List<String> segments, QueryParams query, byte[] body) {
    if (segments.size() == 3) {
      requireMethod(method, rawPath, "POST");
      return create(body);
    }
    if (segments.size() > 5) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    if (segments.size() == 5) {
      String what = segments.get(4);
      if (!what.equals(ERRORS) && !what.equals(RESULTS)) {
        throw ApiException.notFound(Messages.noSuchPath(rawPath));
      }
      requireMethod(method, rawPath, "GET");
      BatchJob job = job(segments.get(3));
      return what.equals(ERRORS) ? errorFile(job) : results(job, query);
    }
    switch (method) {
      case "POST":
        return upload(job(segments.get(3)), body);
      case "GET":
        return status(job(segments.get(3)), query);
      default:
        throw ApiException.methodNotAllowed(
            Messages.methodNotAllowed(method, rawPath, "GET, POST"), "GET, POST");
    }
  }

  private Reply create(byte[] body) {
    BatchOptions options = BatchOptions.parse(Json.parseObject(body), jobs.owners(), jobs.rules());
    ObjectNode data = Json.object();
    data.put("batchId", jobs.create(options).id());
    return Reply.of(201, Json.success(data, null));
  }

  /** L796-811: 202 and Queued; 400 Invalid for a file over the limit. */
  private Reply upload(BatchJob job, byte[] file) {
    int maxBytes = jobs.rules().maxUploadBytes();
    if (file.length > maxBytes) {
      return invalid(BatchMessages.fileTooLarge(maxBytes));
    }
    int indicators = indicatorCount(file);
    int most = jobs.rules().maxIndicatorsPerJob();
    if (indicators > most) {
      return invalid(BatchMessages.tooManyIndicators(indicators, most));
    }
    if (!jobs.upload(job, file)) {
      return invalid(BatchMessages.alreadyUploaded(job.status()));
    }
    ObjectNode body = Json.object();
    body.put("status", BatchFacts.QUEUED);
    return Reply.of(202, body);
  }

  /** The Indicators a file would create; 0 if it is not valid (the job reports that). */
  private static int indicatorCount(byte[] file) {
    try {
      return BatchFile.parse(file).indicators().size();
    } catch (ApiException e) {
      return 0;
    }
  }

  /**
   * L827-852: a job not yet Completed answers with its status in {@code status} (L833-836), and
   * also its {@code batchStatus} so far; a Completed one in the success envelope.
   */
  private Reply status(BatchJob job, QueryParams query) {
    boolean additional = bool(query, "includeAdditional");
    ObjectNode batchStatus = job.render(additional);
    ObjectNode data = Json.object();
    data.set("batchStatus", batchStatus);
    if (batchStatus.get("status").asText().equals(BatchFacts.COMPLETED)) {
      return Reply.of(200, Json.success(data, null));
    }
    ObjectNode body = Json.object();
    body.put("status", batchStatus.get("status").asText());
    body.set("data", data);
    return Reply.of(200, body);
  }

  /** L885-895: the errors as a gzip-compressed JSON array, in an octet stream. */
  private Reply errorFile(BatchJob job) {
    List<BatchError> errors = finishedErrors(job);
    if (errors == null) {
      return invalid(BatchMessages.stillIn(job.status()));
    }
    ArrayNode array = Json.object().arrayNode();
    errors.forEach(error -> array.add(error.render()));
    return Reply.raw(
        200,
        gzip(Json.write(array)),
        Map.of("Content-Type", "application/octet-stream", "Content-Encoding", "gzip"));
  }

  /** L897-929: the errors as JSON, filtered by code, contains and severity. */
  private Reply results(BatchJob job, QueryParams query) {
    List<String> codes = query.all("code");
    if (codes.size() > 1) {
      throw ApiException.badRequest(BatchMessages.ONE_CODE);
    }
    for (String code : codes) {
      if (!code.startsWith("0x")) {
        throw ApiException.badRequest(BatchMessages.badCode(code));
      }
    }
    List<String> severities = new ArrayList<>();
    for (String severity : query.all("severity")) {
      String lower = severity.toLowerCase(Locale.ROOT);
      if (!BatchFacts.SEVERITY_PARAMS.contains(lower)) {
        throw ApiException.badRequest(BatchMessages.badSeverity(severity));
      }
      severities.add(lower.startsWith("err") ? "error" : lower.startsWith("warn") ? "warning" : lower);
    }
    List<BatchError> errors = finishedErrors(job);
    if (errors == null) {
      return invalid(BatchMessages.stillIn(job.status()));
    }
    String contains = query.first("contains").orElse(null);
    ArrayNode array = Json.object().arrayNode();
    for (BatchError error : errors) {
      boolean codeOk = codes.isEmpty() || codes.get(0).equalsIgnoreCase(error.code());
      boolean severityOk =
          severities.isEmpty() || severities.contains(error.severity().toLowerCase(Locale.ROOT));
      boolean textOk =
          contains == null
              || error.errorReason().contains(contains)
              || error.errorMessage().contains(contains);
      if (codeOk && severityOk && textOk) {
        array.add(error.render());
      }
    }
    return Reply.of(200, array);
  }

  /**
   * The errors of a Completed job; {@code null} while it is not; 404 when it has none (L867,
   * L900: "If there are no errors for the specified batch job, a 404 error will be returned").
   */
  private static List<BatchError> finishedErrors(BatchJob job) {
    if (!job.completed()) {
      return null;
    }
    List<BatchError> errors = job.errors();
    if (errors.isEmpty()) {
      throw ApiException.notFound(BatchMessages.noErrors(job.id()));
    }
    return errors;
  }

  private BatchJob job(String rawId) {
    String id = Percent.decodePath(rawId);
    if (!id.matches("[0-9]{1,18}")) {
      throw ApiException.notFound(BatchMessages.noSuchBatch(id));
    }
    return jobs.job(Long.parseLong(id))
        .orElseThrow(() -> ApiException.notFound(BatchMessages.noSuchBatch(id)));
  }

  /** L806-811, L879-883: {@code {"status": "Invalid", "description": ...}}. */
  private static Reply invalid(String description) {
    ObjectNode body = Json.object();
    body.put("status", "Invalid");
    body.put("description", description);
    return Reply.of(400, body);
  }

  private static boolean bool(QueryParams query, String parameter) {
    String value = query.first(parameter).orElse("false");
    if (!value.equals("true") && !value.equals("false")) {
      throw ApiException.badRequest(BatchMessages.badBoolean(parameter, value));
    }
    return value.equals("true");
  }

  private static void requireMethod(String method, String rawPath, String allowed) {
    if (!method.equals(allowed)) {
      throw ApiException.methodNotAllowed(
          Messages.methodNotAllowed(method, rawPath, allowed), allowed);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
