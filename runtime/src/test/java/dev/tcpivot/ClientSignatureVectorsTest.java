package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Victim;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vectors of hmac-vectors.md that the SDK's own requests produce, with the signing clock set to
 * the vectors' timestamp: the whole request line, the Timestamp header and the signature match.
 */
class ClientSignatureVectorsTest {
  private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
  private static final String ID = "12345678901234567890";

  @RegisterExtension final MockApi api = new MockApi();

  private ThreatConnect client(String secret) {
    return ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(ID, secret).clock(AT_1700000000).build();
  }

  private void assertVector(String target, String signature) {
    RecordedRequest request = api.take();
    assertEquals(target, request.getPath());
    assertEquals("1700000000", request.getHeader("Timestamp"));
    assertEquals("TC " + ID + ":" + signature, request.getHeader("Authorization"));
  }

  @Test
  void v2GroupUpdate() {
    api.respond(200, "{\"data\": {\"id\": 12345}, \"status\": \"Success\"}");
    client("secret").groups().update(12345, GroupUpdate.builder().name("Bad Guy").build());
    assertVector("/api/v3/groups/12345", "sU+jXMlDB+p5R7I6IXaJhDFQXvNr6UxpEuaL20XmyBM=");
  }

  /** OkHttp encodes the parentheses of a query value, so the SDK sends V4 (not V5). */
  @Test
  void v4TqlWithParentheses() {
    api.respond(200, "{\"data\": [], \"status\": \"Success\"}");
    client("secret").indicators().list(ListOptions.builder().tql("hasGroup(id=12)").build()).stream().count();
    assertVector("/api/v3/indicators?tql=hasGroup%28id%3D12%29", "nfDsQ15I3B6RYWPGRnr4iNBOdA/5ibIdhNq4UF6jsfs=");
  }

  /** Spaces go as %20, as in the docs' encoded examples (filter_results.rst L208), so V7 (not V6). */
  @Test
  void v7TqlWithSpacesAndQuotes() {
    api.respond(200, "{\"data\": [], \"status\": \"Success\"}");
    client("secret").indicators().list(ListOptions.builder().tql("typeName EQ \"Host\"").build()).stream().count();
    assertVector("/api/v3/indicators?tql=typeName%20EQ%20%22Host%22", "LBuiDQ6L4qCf8xdRHxqQF5oKJ4+mnUy7lSOThQTTL1s=");
  }

  @Test
  void v9NonAsciiSecret() {
    api.respond(201, "{\"data\": {\"id\": 1}, \"status\": \"Success\"}");
    client("sécrèt").cases().create(CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build());
    assertVector("/api/v3/cases", "n/GsFJd6DPqxfLYOoGB0U3uqQCQybSR/qYD5rXwU/Vs=");
  }

  /** Each request is signed when it is sent, for its own line: a GET of another path differs. */
  @Test
  void eachRequestIsSignedForItsOwnLine() {
    ThreatConnect tc = client("secret");
    api.respond(200, "{\"data\": {\"id\": 12345}, \"status\": \"Success\"}");
    api.respond(200, "{\"data\": {\"id\": 2}, \"status\": \"Success\"}");
    tc.groups().update(12345, GroupUpdate.builder().name("Bad Guy").build());
    Victim victim = tc.victims().get(2);
    assertEquals(2L, victim.id());
    assertVector("/api/v3/groups/12345", "sU+jXMlDB+p5R7I6IXaJhDFQXvNr6UxpEuaL20XmyBM=");
    RecordedRequest second = api.take();
    assertEquals("/api/v3/victims/2", second.getPath());
    assertEquals(
        "TC " + ID + ":" + dev.tcpivot.testing.IndependentHmac.signature("secret", "/api/v3/victims/2:GET:1700000000"),
        second.getHeader("Authorization"));
  }
}
