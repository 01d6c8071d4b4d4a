package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.Internals;
import dev.tcpivot.testing.CapturedLogs;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secret key, the token and every {@code Authorization} value actually sent stay out of the
 * logs (captured at TRACE, every logger), out of exception messages and out of {@code toString()},
 * through successes, retries, refusals, lost connections, redirects and refused next links, with
 * both ways to authenticate.
 */
class SecretsStayInsideTest {
  @RegisterExtension final MockApi api = new MockApi();
  private MockWebServer elsewhere;

  @BeforeEach
  void start() throws IOException {
    elsewhere = new MockWebServer();
    elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
    CapturedLogs.clear();
  }

  @AfterEach
  void stop() throws IOException {
    elsewhere.shutdown();
  }

  @Test
  void noSecretInLogsExceptionsOrStrings() throws Exception {
    List<String> texts = new ArrayList<>();
    List<String> sent = new ArrayList<>();
    for (Function<ThreatConnect.Builder, ThreatConnect.Builder> credentials : List.<Function<ThreatConnect.Builder, ThreatConnect.Builder>>of(
        b -> b.hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY), b -> b.token(MockApi.TOKEN))) {
      ThreatConnect tc = credentials.apply(
          new VirtualTime(Instant.now()).applyTo(ThreatConnect.builder().baseUrl(api.baseUrl()))).build();
      texts.add(tc.toString());
      exercise(tc, texts);
      while (api.requestCount() > sent.size()) {
        sent.add(api.take().getHeader("Authorization"));
      }
    }
    for (int i = 0; i < elsewhere.getRequestCount(); i++) {
      RecordedRequest redirected = elsewhere.takeRequest();
      assertNull(redirected.getHeader("Authorization"), "credentials followed a redirect to another origin");
      assertNull(redirected.getHeader("Timestamp"));
    }
    List<String> logs = CapturedLogs.lines();
    texts.addAll(logs);

    List<String> secrets = new ArrayList<>(List.of(MockApi.SECRET_KEY, MockApi.TOKEN));
    for (String authorization : sent) {
      secrets.add(authorization);
      secrets.add(authorization.substring(authorization.indexOf(':') + 1)); // the signature or token part
    }
    assertEquals(24, sent.size(), "requests that reached the API");
    for (String text : texts) {
      for (String secret : secrets) {
        assertFalse(text.contains(secret), "a secret leaked: " + text);
      }
    }
    // The logs really were written, headers included, so the search above covered them.
    assertTrue(logs.stream().anyMatch(l -> l.startsWith("DEBUG dev.tcpivot.http: GET /api/v3/groups/12 -> 200 (")), logs.toString());
    assertTrue(logs.stream().anyMatch(l -> l.startsWith("TRACE dev.tcpivot.http: GET /api/v3/groups/12 request headers: [")
        && l.contains("Authorization: <redacted>") && l.contains("Timestamp: ")), logs.toString());
    assertTrue(logs.stream().anyMatch(l -> l.startsWith("TRACE dev.tcpivot.http: GET /api/v3/groups/12 request headers: [")
        && l.contains("Authorization: <redacted>") && !l.contains("Timestamp: ")), logs.toString());
    assertTrue(logs.stream().anyMatch(l -> l.equals(
        "INFO dev.tcpivot.retry: GET /api/v3/groups/13: HTTP 503; attempt 2 of 4 in 1000 ms (Retry-After)")), logs.toString());
    assertTrue(logs.stream().anyMatch(l -> l.startsWith("DEBUG dev.tcpivot.http: POST /api/v3/cases failed after ")), logs.toString());
  }

  /** Twelve requests to the API and one to the other origin: every kind of outcome. */
  private void exercise(ThreatConnect tc, List<String> texts) {
    api.respond(200, "{\"data\": {\"id\": 12}, \"status\": \"Success\"}");
    tc.groups().get(12);

    api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
    api.respond(200, "{\"data\": {\"id\": 13}, \"status\": \"Success\"}");
    tc.groups().get(13);

    api.respond(401, "{\"message\": \"Unauthorized\", \"status\": \"Error\"}");
    texts.add(refused(() -> tc.groups().get(14)));

    api.respond(401, "{\"message\": \"Timestamp Out of Acceptable Time Range\", \"status\": \"Error\"}");
    texts.add(refused(() -> tc.groups().get(15)));

    api.respond(new MockResponse().setResponseCode(500).setBody("<html>Authorization failed</html>"));
    api.respond(new MockResponse().setResponseCode(500).setBody("<html>Authorization failed</html>"));
    api.respond(new MockResponse().setResponseCode(500).setBody("<html>Authorization failed</html>"));
    api.respond(new MockResponse().setResponseCode(500).setBody("<html>Authorization failed</html>"));
    texts.add(refused(() -> tc.groups().delete(16)));

    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    texts.add(refused(() -> tc.cases().create(CaseCreate.of("Phishing", CaseSeverity.LOW, CaseStatus.OPEN).build())));

    api.respond(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/api/v3/groups/17")));
    elsewhere.enqueue(new MockResponse().setResponseCode(200).setBody("{\"data\": {\"id\": 17}, \"status\": \"Success\"}"));
    tc.groups().get(17);

    api.respond(200, "{\"next\": \"" + elsewhere.url("/api/v3/groups?resultStart=1") + "\", \"data\": [{\"id\": 1}],"
        + " \"status\": \"Success\"}");
    texts.add(refused(() -> tc.groups().list().stream().count()));
  }

  private static String refused(Executable call) {
    ThreatConnectException e = assertThrows(ThreatConnectException.class, call);
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n').append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** Jackson reads no type ids: a polymorphic hint in a response is plain data. */
  @Test
  void jacksonHasNoDefaultTyping() throws IOException {
    ObjectMapper mapper = Internals.mapper();
    assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    Object read = mapper.readValue("[\"java.net.URL\", \"http://example.com\"]", Object.class);
    assertInstanceOf(List.class, read);
    Object object = mapper.readValue("{\"@class\": \"java.net.URL\", \"protocol\": \"http\"}", Object.class);
    assertInstanceOf(LinkedHashMap.class, object);
  }

  @Test
  void aBaseUrlWithCredentialsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ThreatConnect.builder().baseUrl("https://user:hunter2@app.threatconnect.com/api"));
    assertEquals("baseUrl must not carry a user name or password; authenticate with hmac(...) or token(...)",
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"));
  }
}
