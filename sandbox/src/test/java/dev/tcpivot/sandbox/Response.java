package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A response as the tests see it. */
record Response(int status, JsonNode body, Map<String, List<String>> headers) {
  JsonNode data() {
    return body.path("data");
  }

  String message() {
    return body.path("message").asText(null);
  }

  long id() {
    return data().path("id").asLong();
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
