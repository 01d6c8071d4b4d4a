package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.NoResponseException;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IndicatorUpdate;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each fault a server or a network can produce gives a typed exception with the status (0 without a
 * response), the method, the path and the server's words, and never a credential. Clients here do
 * not retry (the retry tests cover which of these are retried); timeouts are the builder's, short.
 */
class FaultsTest {
  private static final String GROUP = "{\"data\": {\"id\": 1, \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();

  private ThreatConnect shortTimeouts() {
    return ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)
        .readTimeout(Duration.ofMillis(250)).retries(RetryPolicy.none()).build();
  }

  private static ThreatConnectException refused(Executable call) {
    ThreatConnectException e = assertThrows(ThreatConnectException.class, call);
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t + " " + t.getMessage();
      assertFalse(text.contains(MockApi.SECRET_KEY) || text.contains(MockApi.TOKEN), text);
    }
    return e;
  }

  @Test
  void connectionDroppedMidBody() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(200).setBody(GROUP)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    NoResponseException e = assertInstanceOf(NoResponseException.class, refused(() -> tc.groups().get(1)));

    assertEquals(0, e.status());
    assertEquals("GET", e.method());
    assertEquals("/api/v3/groups/1", e.path());
    assertFalse(e.timedOut());
    assertTrue(e.getMessage().startsWith("GET /api/v3/groups/1: no response: the connection failed while the body"
        + " of an HTTP 200 response was read, so the request may have been applied: "), e.getMessage());
  }

  @Test
  void stalledResponse() {
    ThreatConnect tc = shortTimeouts();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    NoResponseException e = assertInstanceOf(NoResponseException.class, refused(() -> tc.victims().get(2)));

    assertTrue(e.timedOut());
    // The JDK words the timeout itself ("timeout", "Read timed out"); the kind is what counts.
    assertTrue(e.getMessage().startsWith("GET /api/v3/victims/2: no response: SocketTimeoutException: "), e.getMessage());
  }

  @Test
  void bodyThatStallsHalfway() {
    ThreatConnect tc = shortTimeouts();
    api.respond(new MockResponse().setResponseCode(200).setBody(GROUP).setBodyDelay(3, TimeUnit.SECONDS));

    NoResponseException e = assertInstanceOf(NoResponseException.class, refused(() -> tc.groups().get(1)));

    assertTrue(e.timedOut());
    assertTrue(e.getMessage().contains("the body of an HTTP 200 response was read"), e.getMessage());
  }

  /** Slow is not stalled: a body that trickles in, each read well within the timeout, arrives. */
  @Test
  void slowButSteadyResponse() {
    ThreatConnect tc = shortTimeouts();
    api.respond(new MockResponse().setResponseCode(200).setBody(GROUP).throttleBody(16, 5, TimeUnit.MILLISECONDS));

    assertEquals("Bad Guy", tc.groups().get(1).name());
  }

  @Test
  void htmlErrorPageOfAProxy() {
    ThreatConnect tc = api.tokenClient();
    api.respond(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>"));

    ThreatConnectException e = refused(() -> tc.groups().get(1));

    assertEquals(502, e.status());
    assertEquals("GET /api/v3/groups/1: HTTP 502: unexpected response: <html><head><title>502 Bad Gateway</title>"
        + "</head> <body>nginx</body></html>", e.getMessage());
  }

  @Test
  void truncatedJson() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"data\": {\"id\": 1, \"name\": \"Bad");

    ThreatConnectException e = refused(() -> tc.groups().get(1));

    assertEquals(200, e.status());
    assertEquals("GET /api/v3/groups/1: HTTP 200: the response ends in the middle of its JSON: {\"data\": {\"id\": 1,"
        + " \"name\": \"Bad", e.getMessage());
  }

  @Test
  void nonJsonBody() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain").setBody("OK"));

    assertEquals("PUT /api/v3/indicators/3: HTTP 200: the response is not JSON: OK",
        refused(() -> tc.indicators().update(3, IndicatorUpdate.builder().confidence(50).build())).getMessage());
  }

  @Test
  void errorEnvelopeWithAndWithoutErrCode() {
    ThreatConnect tc = api.hmacClient();
    api.respond(400, "{\"errCode\": \"0x1001\", \"message\": \"Association cannot be applied to the indicator types.\","
        + " \"status\": \"Error\"}");
    api.respond(400, "{\"message\": \"Invalid field: foo\", \"status\": \"Error\"}");

    ThreatConnectException with = refused(() -> tc.groups().update(1,
        dev.tcpivot.v3.GroupUpdate.builder().associatedGroups(GroupRef.id(2)).build()));
    ThreatConnectException without = refused(() -> tc.groups().get(1));

    assertEquals(Optional.of("0x1001"), with.errorCode());
    assertEquals("Association cannot be applied to the indicator types.", with.serverMessage());
    assertEquals(Optional.empty(), without.errorCode());
    assertEquals("GET /api/v3/groups/1: HTTP 400: Invalid field: foo", without.getMessage());
  }

  /** other/common_errors.rst, "Timestamp Out of Acceptable Time Range": the clock is 5 minutes off or more. */
  @Test
  void clockSkewSaysToCheckTheClock() {
    ThreatConnect tc = api.hmacClient();
    api.respond(401, "{\"message\": \"Timestamp Out of Acceptable Time Range\", \"status\": \"Error\"}");

    ThreatConnectException e = refused(() -> tc.groups().get(1));

    assertEquals(401, e.status());
    assertEquals("Timestamp Out of Acceptable Time Range", e.serverMessage());
    assertEquals("GET /api/v3/groups/1: HTTP 401: Timestamp Out of Acceptable Time Range; check the local clock: an"
        + " HMAC Timestamp must be within 5 minutes of the server's time (quick_start.rst, Timestamp;"
        + " common_errors.rst)", e.getMessage());
  }

  @Test
  void unauthorizedForbiddenAndNotFound() {
    ThreatConnect tc = api.tokenClient();
    api.respond(401, "{\"message\": \"Unauthorized\", \"status\": \"Error\"}");
    api.respond(403, "{\"message\": \"Access Denied\", \"status\": \"Error\"}");
    api.respond(404, "{\"message\": \"Group not found\", \"status\": \"Error\"}");

    assertEquals("GET /api/v3/groups/1: HTTP 401: Unauthorized", refused(() -> tc.groups().get(1)).getMessage());
    // The path of the message leaves out the query (here ?owner=Demo%20Source).
    assertEquals("GET /api/v3/groups/2: HTTP 403: Access Denied",
        refused(() -> tc.groups().inOwner("Demo Source").get(2)).getMessage());
    ThreatConnectException missing = refused(() -> tc.groups().get(3));
    assertEquals(404, missing.status());
    assertEquals("Group not found", missing.serverMessage());
  }

  @Test
  void rateLimitedWithRetryAfter() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(429).setHeader("Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT")
        .setBody("{\"message\": \"Too Many Requests\", \"status\": \"Error\"}"));
    api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));

    assertEquals("GET /api/v3/groups/1: HTTP 429: Too Many Requests; the server asks to retry after Sun, 01 Mar 2026"
        + " 12:00:30 GMT", refused(() -> tc.groups().get(1)).getMessage());
    assertEquals("DELETE /api/v3/groups/1: HTTP 503: no message; the server asks to retry after 120 s",
        refused(() -> tc.groups().delete(1)).getMessage());
  }

  @Test
  void deleteAnsweredNoContentSucceeds() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(204));

    tc.indicators().delete("badguy.com");

    RecordedRequest request = api.take();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v3/indicators/badguy.com", request.getPath());
  }

  @Test
  void nextLinkToAnotherOriginIsNotFollowed() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      ThreatConnect tc = api.hmacClient();
      api.respond(200, "{\"next\": \"" + other.url("/api/v3/groups?resultStart=1") + "\", \"data\": [{\"id\": 1}],"
          + " \"status\": \"Success\"}");

      ThreatConnectException e = refused(() -> tc.groups().list().stream().count());

      assertEquals(0, other.getRequestCount());
      assertEquals("GET /api/v3/groups: HTTP 200: the next page link points outside http://127.0.0.1:" + api.port()
          + "; it was not followed, so no credentials were sent there", e.getMessage());
    }
  }

  @Test
  void redirectToAnotherHostCarriesNoCredentials() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      for (ThreatConnect tc : new ThreatConnect[] {api.hmacClient(), api.tokenClient()}) {
        api.respond(new MockResponse().setResponseCode(307).setHeader("Location", other.url("/api/v3/groups/1")));
        other.enqueue(new MockResponse().setResponseCode(200).setBody(GROUP));

        assertEquals(1L, tc.groups().update(1, dev.tcpivot.v3.GroupUpdate.builder().name("Bad Guy").build()).id());

        RecordedRequest original = api.take();
        RecordedRequest redirected = other.takeRequest();
        assertTrue(original.getHeader("Authorization").startsWith("TC"), original.getHeader("Authorization"));
        assertEquals("PUT", redirected.getMethod());
        assertEquals("{\"name\":\"Bad Guy\"}", redirected.getBody().readUtf8());
        assertNull(redirected.getHeader("Authorization"));
        assertNull(redirected.getHeader("Timestamp"));
      }
    }
  }
}
