package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a request (after authentication) to an operation: {@code /api/v3/{endpoint}} for create and
 * list, {@code /api/v3/{endpoint}/{id or summary}} for get, update and delete, {@code OPTIONS
 * /api/v3/{endpoint}/fields} and {@code OPTIONS /api/v3/{endpoint}/tql}, {@code
 * /api/v3/security/owners[/{id}]}, the lists of Tags, Security Labels and Attribute Types, and
 * the Intelligence Requirement categories, subtypes and results.
 * {@code OPTIONS /api/v3/{endpoint}} lists its body fields. {@code /api/v2/batch...} goes to the
 * V2 Batch API ({@link BatchEndpoints}).
 */
final class Router {
  private static final String FIELDS = "fields";
  private static final String TQL = "tql";

  private final SpecView view;
  private final Operations operations;
  private final Authenticator authenticator;
  private final BatchEndpoints batch;

  Router(SpecView view, Operations operations, Authenticator authenticator, BatchJobs batchJobs) {
    this.view = view;
    this.operations = operations;
    this.authenticator = authenticator;
    this.batch = new BatchEndpoints(batchJobs);
  }

  /**
   * @param rawPath the path as received, still percent-encoded
   * @param rawQuery the query as received, or {@code null} when the target has no {@code ?}
   */
  Reply route(
      String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
    List<String> segments = segments(rawPath);
    if (segments.isEmpty() || !segments.get(0).equals("api")) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    String target = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    authenticator.check(method, target, headers.get("authorization"), headers.get("timestamp"));
    QueryParams query = QueryParams.parse(rawQuery);
    if (segments.size() >= 3 && segments.get(1).equals("v2") && segments.get(2).equals("batch")) {
      return batch.route(method, rawPath, segments, query, body);
    }
    if (segments.size() < 3 || !segments.get(1).equals("v3")) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    if (segments.get(2).equals("security")) {
      return owners(method, rawPath, segments, query);
    }
    if (MetadataEndpoints.PATHS.contains(segments.get(2))) {
      return operations.metadata(method, rawPath, segments, query);
    }
    if (segments.size() > 3
        && segments.get(2).equals("intelRequirements")
        && IntelRequirementLists.PATHS.contains(segments.get(3))) {
      return operations.intelRequirementLists(method, rawPath, segments, query);
    }
    ObjectType endpoint =
        view.endpoint(segments.get(2))
            .orElseThrow(() -> ApiException.notFound(Messages.noSuchPath(rawPath)));
    if (segments.size() == 3) {
      switch (method) {
        case "POST":
          return operations.create(endpoint, query, body);
        case "GET":
          return operations.list(endpoint, query);
        case "OPTIONS":
          return operations.bodyFields(endpoint, query);
        default:
          throw notAllowed(method, rawPath, "GET, POST, OPTIONS");
      }
    }
    if (segments.size() != 4) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    String key = segments.get(3);
    switch (method) {
      case "GET":
        return operations.get(endpoint, key, query);
      case "PUT":
        return operations.update(endpoint, key, query, body);
      case "DELETE":
        return operations.delete(endpoint, key, query);
      case "OPTIONS":
        if (key.equals(FIELDS)) {
          return operations.fields(endpoint);
        }
        if (key.equals(TQL)) {
          return operations.tqlKeywords(endpoint);
        }
        throw notAllowed(method, rawPath, "GET, PUT, DELETE");
      default:
        throw notAllowed(
            method,
            rawPath,
            key.equals(FIELDS) || key.equals(TQL)
                ? "GET, PUT, DELETE, OPTIONS"
                : "GET, PUT, DELETE");
    }
  }

  private Reply owners(String method, String rawPath, List<String> segments, QueryParams query) {
    if (segments.size() < 4 || segments.size() > 5 || !segments.get(3).equals("owners")) {
      throw ApiException.notFound(Messages.noSuchPath(rawPath));
    }
    if (!method.equals("GET")) {
      throw notAllowed(method, rawPath, "GET");
    }
    return segments.size() == 4 ? operations.owners(query) : operations.owner(segments.get(4));
  }

  private static ApiException notAllowed(String method, String rawPath, String allowed) {
    return ApiException.methodNotAllowed(
        Messages.methodNotAllowed(method, rawPath, allowed), allowed);
  }

  /** The raw segments of a path, without empty ones from leading or trailing slashes. */
  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
