package dev.tcpivot.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the sandbox received it, for tests to assert on. Secrets are not kept: the value of
 * {@code Authorization} (and of {@code Proxy-Authorization} and {@code Cookie}) is replaced by its
 * scheme and {@code [redacted]}, e.g. {@code TC [redacted]} or {@code TC-Token [redacted]}.
 *
 * @param received when the request arrived
 * @param method the method, e.g. {@code PUT}
 * @param path the path as sent, still percent-encoded, e.g. {@code /api/v3/groups/12}
 * @param query the query string as sent (without {@code ?}), or empty
 * @param headers the headers by lower-case name, each with its values in order
 * @param body the body as UTF-8 text, or empty
 */
public record RecordedRequest(
    Instant received,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body) {
  public RecordedRequest {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of a header, by any spelling of its name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }
}
