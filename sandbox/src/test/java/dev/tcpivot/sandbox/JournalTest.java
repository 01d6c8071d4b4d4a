package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journal of received requests, over raw HTTP. */
@SandboxPerMethod
class JournalTest {
  @Test
  void recordsMethodPathQueryHeadersAndBody(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    client.post("/v3/groups?owner=Demo%20Source", "{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}");
    client.get("/v3/groups?fields=tags&fields=attributes");

    List<RecordedRequest> requests = sandbox.journal().requests();
    assertEquals(2, requests.size());
    RecordedRequest post = requests.get(0);
    assertEquals("POST", post.method());
    assertEquals("/api/v3/groups", post.path());
    assertEquals("owner=Demo%20Source", post.query());
    assertEquals("{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}", post.body());
    assertEquals(Optional.of("application/json"), post.header("Content-Type"));
    assertTrue(post.header("timestamp").isPresent());
    RecordedRequest get = requests.get(1);
    assertEquals("fields=tags&fields=attributes", get.query());
    assertEquals("", get.body());
    assertEquals("GET /api/v3/groups?fields=tags&fields=attributes", get.toString());
  }

  /** quick_start.rst L159-191: the Authorization header carries the signature; it is never kept. */
  @Test
  void neverKeepsTheAuthorizationValue(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    client.get("/v3/groups");
    client.sendWith(
        "GET", "/v3/groups", null, Map.of("Authorization", "TC-Token " + sandbox.apiToken()));
    List<RecordedRequest> requests = sandbox.journal().requests();
    assertEquals(Optional.of("TC [redacted]"), requests.get(0).header("Authorization"));
    assertEquals(Optional.of("TC-Token [redacted]"), requests.get(1).header("authorization"));
    for (RecordedRequest request : requests) {
      String all = request.headers().toString() + request;
      assertFalse(all.contains(sandbox.accessId()), all);
      assertFalse(all.contains(sandbox.apiToken()), all);
    }
  }

  @Test
  void recordsRefusedRequestsTooAndCanBeCleared(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    client.sendWith("GET", "/v3/groups", null, Map.of());
    client.get("/v3/nothing");
    assertEquals(2, sandbox.journal().size());
    assertEquals(1, sandbox.journal().requests("GET", "/v3/nothing").size());
    assertEquals(2, sandbox.journal().requests("*", "/**").size());
    sandbox.journal().clear();
    assertEquals(List.of(), sandbox.journal().requests());
    client.get("/v3/groups");
    assertEquals(1, sandbox.journal().size());
    sandbox.reset();
    assertEquals(0, sandbox.journal().size());
  }
}
