package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults on demand, over raw HTTP. The docs give no body for a 429 or 503, so a fault answers with
 * the error envelope of v3/http_status_codes.rst ({@code "status": "Error"} and a message that names
 * the fault), and Retry-After in delay-seconds (RFC 9110 10.2.3).
 */
@SandboxPerMethod
class FaultsTest {
  private static final String ADVERSARY = "{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}";

  @Test
  void tooManyRequestsWithRetryAfterForTheNextMatchingRequestsOnly(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    long id = client.post("/v3/groups", ADVERSARY).id();
    sandbox.faults().next(2).matching("PUT", "/v3/groups/*").respond(429).retryAfter(Duration.ofMillis(1500));
    String update = "{\"name\": \"Renamed\"}";

    // Another method, or a path the pattern does not match, is answered as usual.
    assertEquals(200, client.get("/v3/groups/" + id).status());
    assertEquals(405, client.put("/v3/groups", update).status());
    for (int i = 0; i < 2; i++) {
      Response limited = client.put("/v3/groups/" + id, update);
      assertEquals(429, limited.status(), limited::toString);
      assertEquals(List.of("2"), limited.headers().get("Retry-After"));
      assertEquals("Error", limited.body().path("status").asText());
      assertEquals(
          "The sandbox was asked to answer PUT /v3/groups/* with HTTP 429", limited.message());
    }
    assertEquals(0, sandbox.faults().pending());
    assertEquals("Bad Guy", client.get("/v3/groups/" + id).data().path("name").asText());
    Response through = client.put("/v3/groups/" + id, update);
    assertEquals(200, through.status(), through::toString);
    assertEquals("Renamed", through.data().path("name").asText());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503})
  void serverErrorsWithoutRetryAfter(int status, Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(1).matching("POST", "/v3/groups").respond(status);
    Response failed = client.post("/v3/groups", ADVERSARY);
    assertEquals(status, failed.status(), failed::toString);
    assertEquals(null, failed.headers().get("Retry-After"));
    // The request never reached the store.
    assertEquals(0, client.get("/v3/groups?count=true").body().path("count").asInt());
    assertEquals(201, client.post("/v3/groups", ADVERSARY).status());
  }

  @Test
  void aDelayedRequestIsAnsweredAsUsualLater(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(1).matching("*", "/v3/**").delay(Duration.ofMillis(400));
    long start = System.nanoTime();
    Response slow = client.post("/v3/groups", ADVERSARY);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(201, slow.status(), slow::toString);
    assertTrue(tookMillis >= 400, "took " + tookMillis + " ms");
    start = System.nanoTime();
    assertEquals(200, client.get("/v3/groups").status());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 400);
  }

  @Test
  void aDroppedConnectionGetsNoAnswer(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(1).anyRequest().dropConnection();
    assertThrows(UncheckedIOException.class, () -> client.post("/v3/groups", ADVERSARY));
    assertEquals(1, sandbox.journal().requests("POST", "/v3/groups").size());
    assertEquals(0, client.get("/v3/groups?count=true").body().path("count").asInt());
  }

  @Test
  void patternsReadPathsBelowTheApiRootOrFromIt(Sandbox sandbox) {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(1).matching("get", "/api/v3/*/fields").respond(500);
    assertEquals(200, client.get("/v3/groups").status());
    assertEquals(500, client.get("/v3/groups/fields").status());
    assertEquals(0, sandbox.faults().pending());
    sandbox.faults().next(1).matching("GET", "/v3/**").respond(502);
    assertEquals(1, sandbox.faults().pending());
    assertEquals(502, client.get("/v3/security/owners").status());
  }

  /** Under concurrent requests, a fault takes exactly as many requests as it was armed for. */
  @Test
  void concurrentRequestsTakeExactlyTheArmedCount(Sandbox sandbox) throws Exception {
    TestClient client = new TestClient(sandbox);
    sandbox.faults().next(50).matching("GET", "/v3/groups").respond(503);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        statuses.add(pool.submit(() -> client.get("/v3/groups").status()));
      }
      int unavailable = 0;
      for (Future<Integer> status : statuses) {
        unavailable += status.get() == 503 ? 1 : 0;
      }
      assertEquals(50, unavailable);
      assertEquals(200, sandbox.journal().requests("GET", "/v3/groups").size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resetDisarmsFaults(Sandbox sandbox) {
    sandbox.faults().next(5).anyRequest().respond(503);
    sandbox.reset();
    assertEquals(0, sandbox.faults().pending());
    assertEquals(200, new TestClient(sandbox).get("/v3/groups").status());
  }

  @Test
  void badArgumentsAreRefusedAtOnce(Sandbox sandbox) {
    Faults faults = sandbox.faults();
    assertEquals(
        "count must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> faults.next(0)).getMessage());
    assertEquals(
        "a fault's status is 400 to 599, was 200",
        assertThrows(
                IllegalArgumentException.class,
                () -> faults.next(1).anyRequest().respond(200))
            .getMessage());
    assertEquals(
        "a path pattern starts with /, e.g. /v3/groups/*, was \"v3/groups\"",
        assertThrows(
                IllegalArgumentException.class, () -> faults.next(1).matching("GET", "v3/groups"))
            .getMessage());
    assertEquals(0, faults.pending());
  }
}
