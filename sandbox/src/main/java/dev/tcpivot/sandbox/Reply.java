package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An HTTP response to send: status, JSON body (an object, or an array for the V2 Batch results) and
 * extra headers; or, when {@code raw} is not null, those bytes as they are (the V2 Batch error
 * file), with the Content-Type the headers give.
 */
record Reply(int status, JsonNode body, Map<String, String> headers, byte[] raw) {
  Reply {
    headers = Map.copyOf(headers);
  }

  Reply(int status, JsonNode body, Map<String, String> headers) {
    this(status, body, headers, null);
  }

  static Reply raw(int status, byte[] bytes, Map<String, String> headers) {
    return new Reply(status, null, headers, bytes.clone());
  }

  static Reply of(int status, JsonNode body) {
    return new Reply(status, body, Map.of());
  }

  static Reply error(ApiException error) {
    return new Reply(
        error.status(),
        Json.error(error),
        error.allow().map(allow -> Map.of("Allow", allow)).orElse(Map.of()));
  }
}
