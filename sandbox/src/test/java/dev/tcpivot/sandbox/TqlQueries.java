package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Sends TQL queries to a sandbox list endpoint and reads back what matched. */
final class TqlQueries {
  private final TestClient client;

  TqlQueries(TestClient client) {
    this.client = client;
  }

  static String encode(String tql) {
    return URLEncoder.encode(tql, StandardCharsets.UTF_8).replace("+", "%20");
  }

  Response list(String endpoint, String tql) {
    return client.get("/v3/" + endpoint + "?resultLimit=10000&tql=" + encode(tql));
  }

  /** The ids the query matches, in the order of the answer; fails unless the answer is a 200. */
  List<Long> ids(String endpoint, String tql) {
    Response response = list(endpoint, tql);
    assertEquals(200, response.status(), () -> tql + " -> " + response);
    List<Long> ids = new ArrayList<>();
    response.data().forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  /** The summaries (Indicators) or names (others) of what the query matches. */
  List<String> names(String endpoint, String tql) {
    Response response = list(endpoint, tql);
    assertEquals(200, response.status(), () -> tql + " -> " + response);
    List<String> names = new ArrayList<>();
    response
        .data()
        .forEach(
            item ->
                names.add(item.has("summary") ? item.path("summary").asText() : item.path("name").asText()));
    return names;
  }

  /** The query's 400 and its message. */
  void assertRefused(String endpoint, String tql, String message) {
    AuthTest.assertError(list(endpoint, tql), 400, message);
  }
}
