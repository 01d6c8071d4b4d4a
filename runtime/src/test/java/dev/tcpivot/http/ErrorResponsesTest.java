package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server refuses surfaces as a {@link ThreatConnectException} that names the request and
 * carries the status and the server's words; the credentials never appear in it.
 */
class ErrorResponsesTest {
  @RegisterExtension final MockApi api = new MockApi();

  private static ThreatConnectException refused(Executable call) {
    return assertThrows(ThreatConnectException.class, call);
  }

  /**
   * The wrong-way Indicator-to-Indicator PUT of v3/indicators/associations.rst L206-218, answered
   * with the error of L224-228 (the docs do not say which HTTP status comes with it; 400 here).
   */
  @Test
  void associationRefusedWithErrCode() {
    ThreatConnect tc = api.hmacClient();
    api.respond(400, """
        {
            "errCode": "0x1001",
            "message": "Association cannot be applied to the indicator types.",
            "status": "Error"
        }
        """);

    ThreatConnectException e = refused(() -> tc.indicators().update("66.96.146.129",
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build()));

    assertEquals(400, e.status());
    assertEquals("PUT", e.method());
    assertEquals("/api/v3/indicators/66.96.146.129", e.path());
    assertEquals("Association cannot be applied to the indicator types.", e.serverMessage());
    assertEquals(Optional.of("0x1001"), e.errorCode());
    assertEquals(
        "PUT /api/v3/indicators/66.96.146.129: HTTP 400: Association cannot be applied to the indicator"
            + " types. (errCode 0x1001)",
        e.getMessage());
  }

  @Test
  void notFoundWithoutBody() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(404));

    ThreatConnectException e = refused(() -> tc.groups().get(99));

    assertEquals(404, e.status());
    assertEquals("GET", e.method());
    assertEquals("/api/v3/groups/99", e.path());
    assertEquals(Optional.empty(), e.errorCode());
    assertTrue(e.getMessage().startsWith("GET /api/v3/groups/99: HTTP 404"), e.getMessage());
  }

  @Test
  void htmlErrorPage() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse()
        .setResponseCode(500)
        .setHeader("Content-Type", "text/html")
        .setBody("<html>\n<head><title>500 Internal Server Error</title></head>\n"
            + "<body><h1>Internal Server Error</h1></body>\n</html>\n"));

    ThreatConnectException e = refused(() -> tc.cases().delete(7));

    assertEquals(500, e.status());
    assertEquals("DELETE", e.method());
    assertEquals("/api/v3/cases/7", e.path());
    assertEquals(Optional.empty(), e.errorCode());
    assertTrue(e.getMessage().startsWith("DELETE /api/v3/cases/7: HTTP 500: "), e.getMessage());
    assertTrue(e.getMessage().contains("500 Internal Server Error"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /** quick_start.rst L16: an "Error" status carries a message saying why, whatever the HTTP status. */
  @Test
  void errorStatusWithHttp200() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, """
        {"message": "Victim cannot be associated to a Group in another owner.", "status": "Error"}
        """);

    ThreatConnectException e = refused(() -> tc.victims().update(2,
        VictimUpdate.builder().associatedGroups(GroupRef.id(12)).build()));

    assertEquals(200, e.status());
    assertEquals("PUT", e.method());
    assertEquals("/api/v3/victims/2", e.path());
    assertEquals("Victim cannot be associated to a Group in another owner.", e.serverMessage());
    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(
        "PUT /api/v3/victims/2: HTTP 200: Victim cannot be associated to a Group in another owner.",
        e.getMessage());
  }

  /**
   * A 200 whose body is not JSON at all, such as a login page of a proxy in front of the instance,
   * is a response: the exception carries its status and a glimpse of the body, not "no response".
   */
  @Test
  void htmlPageWithHttp200() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "text/html")
        .setBody("<html><body>Please sign in</body></html>"));

    ThreatConnectException e = refused(() -> tc.groups().get(1));

    assertEquals(200, e.status());
    assertEquals("GET", e.method());
    assertEquals("/api/v3/groups/1", e.path());
    assertEquals(
        "GET /api/v3/groups/1: HTTP 200: the response is not JSON: <html><body>Please sign in</body></html>",
        e.getMessage());
  }

  @Test
  void emptyBodyWithHttp200() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(200));

    ThreatConnectException e = refused(() -> tc.groups().delete(1));

    assertEquals(200, e.status());
    assertEquals("DELETE /api/v3/groups/1: HTTP 200: empty response body", e.getMessage());
  }

  @Test
  void jsonOfTheWrongShapeWithHttp200() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"data\": \"not a list\", \"status\": \"Success\"}");

    ThreatConnectException e = refused(() -> tc.victims().list().stream().count());

    assertEquals(200, e.status());
    assertEquals(
        "GET /api/v3/victims: HTTP 200: unexpected response: {\"data\": \"not a list\", \"status\": \"Success\"}",
        e.getMessage());
  }

  @Test
  void successWithoutData() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"status\": \"Success\"}");

    ThreatConnectException e = refused(() -> tc.artifacts().get(3));

    assertEquals(200, e.status());
    assertEquals("/api/v3/artifacts/3", e.path());
    assertTrue(e.getMessage().contains("no data"), e.getMessage());
  }

  @Test
  void noResponse() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    ThreatConnectException e = refused(() -> tc.intelRequirements().get(10));

    assertEquals(0, e.status());
    assertEquals("GET", e.method());
    assertEquals("/api/v3/intelRequirements/10", e.path());
    assertTrue(e.getMessage().startsWith("GET /api/v3/intelRequirements/10: no response"), e.getMessage());
  }

  /** Every kind of failure above, with both ways to authenticate: no secret in any message. */
  @Test
  void messagesNeverContainCredentials() {
    for (Function<MockApi, ThreatConnect> client :
        java.util.List.<Function<MockApi, ThreatConnect>>of(MockApi::hmacClient, MockApi::tokenClient)) {
      ThreatConnect tc = client.apply(api);
      api.respond(401, "{\"message\": \"Unauthorized\", \"status\": \"Error\"}");
      assertNoCredentials(refused(() -> tc.indicators().get("badguy.com")));
      api.respond(new MockResponse().setResponseCode(404));
      assertNoCredentials(refused(() -> tc.indicators().get(3)));
      api.respond(new MockResponse().setResponseCode(500).setBody("<html>oops</html>"));
      assertNoCredentials(refused(() -> tc.indicators().get(3)));
      api.respond(200, "{\"message\": \"Access Denied\", \"status\": \"Error\"}");
      assertNoCredentials(refused(() -> tc.indicators().get(3)));
      api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      assertNoCredentials(refused(() -> tc.indicators().get(3)));
    }
  }

  private static void assertNoCredentials(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String text = t + " " + t.getMessage();
      assertFalse(text.contains(MockApi.SECRET_KEY), text);
      assertFalse(text.contains(MockApi.TOKEN), text);
      assertFalse(text.contains("TC-Token"), text);
      assertFalse(text.contains("TC " + MockApi.ACCESS_ID + ":"), text);
    }
  }
}
