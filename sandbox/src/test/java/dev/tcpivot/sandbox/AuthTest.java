package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HMAC and token authentication, over HTTP (quick_start.rst "Authentication";
 * other/common_errors.rst).
 */
class AuthTest {
  private static Sandbox sandbox;
  private static TestClient client;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = new TestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  /** quick_start.rst L159-191: Timestamp + "TC <access id>:<signature>". */
  @Test
  void hmacIsAccepted() {
    assertEquals(200, client.get("/v3/groups").status());
  }

  /** quick_start.rst L102-110: "Authorization: TC-Token <token>", no Timestamp needed. */
  @Test
  void tokenIsAccepted() {
    Response response =
        client.sendWith(
            "GET", "/v3/groups", null, Map.of("Authorization", "TC-Token " + sandbox.apiToken()));
    assertEquals(200, response.status(), response::toString);
  }

  /** other/common_errors.rst "Unauthorized": an unknown (expired, regenerated) token. */
  @Test
  void wrongTokenIsRefused() {
    Response response =
        client.sendWith(
            "GET", "/v3/groups", null, Map.of("Authorization", "TC-Token APIV2:1:x:2:nope"));
    assertError(response, 401, "Unauthorized");
  }

  /** v3/http_status_codes.rst L18-19: 401 when the request carries no credentials. */
  @Test
  void missingCredentialsAreRefused() {
    assertError(
        client.sendWith("GET", "/v3/groups", null, Map.of()),
        401,
        "Unauthorized: the request has no Authorization header");
  }

  /** other/common_errors.rst "Signature Data Did Not Match Expected Result". */
  @Test
  void wrongSecretIsRefused() {
    Map<String, String> headers = client.hmacHeaders("GET", "/v3/groups", now(), "not the secret");
    assertError(
        client.sendWith("GET", "/v3/groups", null, headers),
        401,
        "Signature Data Did Not Match Expected Result");
  }

  /** other/common_errors.rst "Access Denied": a wrong access id. */
  @Test
  void wrongAccessIdIsRefused() {
    long now = now();
    String signature = TestClient.sign(sandbox.secretKey(), "/api/v3/groups:GET:" + now);
    Map<String, String> headers =
        Map.of("Timestamp", Long.toString(now), "Authorization", "TC 999:" + signature);
    assertError(client.sendWith("GET", "/v3/groups", null, headers), 401, "Access Denied");
  }

  /** quick_start.rst L177, other/common_errors.rst: the timestamp must be within five minutes. */
  @Test
  void expiredTimestampIsRefused() {
    long old = now() - 6 * 60;
    Map<String, String> headers = client.hmacHeaders("GET", "/v3/groups", old, sandbox.secretKey());
    assertError(
        client.sendWith("GET", "/v3/groups", null, headers),
        401,
        "Timestamp Out of Acceptable Time Range");
    long future = now() + 6 * 60;
    Map<String, String> ahead =
        client.hmacHeaders("GET", "/v3/groups", future, sandbox.secretKey());
    assertError(
        client.sendWith("GET", "/v3/groups", null, ahead),
        401,
        "Timestamp Out of Acceptable Time Range");
  }

  /** HMAC without a Timestamp header (quick_start.rst L159: both headers are required). */
  @Test
  void missingTimestampIsRefused() {
    Map<String, String> headers =
        client.hmacHeaders("GET", "/v3/groups", now(), sandbox.secretKey());
    Map<String, String> withoutTimestamp = Map.of("Authorization", headers.get("Authorization"));
    assertEquals(401, client.sendWith("GET", "/v3/groups", null, withoutTimestamp).status());
  }

  /**
   * The signature covers the path and query exactly as sent (quick_start.rst L185; hmac-vectors.md
   * V6/V7): the same query encoded differently signs differently, and signing the decoded form
   * fails.
   */
  @Test
  void signatureCoversTheRawQuery() {
    String encoded = "/v3/indicators?tql=typeName%20EQ%20%22Host%22";
    assertEquals(200, client.get(encoded).status());
    assertEquals(200, client.get("/v3/indicators?tql=typeName+EQ+%22Host%22").status());
    String decoded = "/api/v3/indicators?tql=typeName EQ \"Host\"";
    long now = now();
    Map<String, String> headers =
        Map.of(
            "Timestamp",
            Long.toString(now),
            "Authorization",
            "TC "
                + sandbox.accessId()
                + ":"
                + TestClient.sign(sandbox.secretKey(), decoded + ":GET:" + now));
    assertError(
        client.sendWith("GET", encoded, null, headers),
        401,
        "Signature Data Did Not Match Expected Result");
  }

  /** The method is signed too: a GET signature does not authorise a DELETE. */
  @Test
  void signatureCoversTheMethod() {
    Map<String, String> headers =
        client.hmacHeaders("GET", "/v3/groups/1", now(), sandbox.secretKey());
    assertEquals(401, client.sendWith("DELETE", "/v3/groups/1", null, headers).status());
  }

  /** No refusal echoes a credential. */
  @Test
  void refusalsDoNotEchoTheSecret() {
    Map<String, String> headers = client.hmacHeaders("GET", "/v3/groups", now(), "wrong");
    Response response = client.sendWith("GET", "/v3/groups", null, headers);
    assertFalse(response.body().toString().contains(sandbox.secretKey()));
    assertFalse(response.body().toString().contains(sandbox.accessId()));
    assertFalse(sandbox.toString().contains(sandbox.secretKey()));
  }

  static void assertError(Response response, int status, String message) {
    assertEquals(status, response.status(), response::toString);
    assertEquals("Error", response.body().path("status").asText(), response::toString);
    assertEquals(message, response.message(), response::toString);
  }
}
