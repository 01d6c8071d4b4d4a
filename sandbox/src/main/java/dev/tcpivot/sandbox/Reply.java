package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An HTTP response to send: status, JSON body and extra headers. */
record Reply(int status, ObjectNode body, Map<String, String> headers) {
  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply of(int status, ObjectNode body) {
    return new Reply(status, body, Map.of());
  }

  static Reply error(ApiException error) {
    return new Reply(
        error.status(),
        Json.error(error),
        error.allow().map(allow -> Map.of("Allow", allow)).orElse(Map.of()));
  }
}
