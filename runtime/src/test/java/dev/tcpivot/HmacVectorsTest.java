package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vectors of hmac-vectors.md, through {@link HmacAuth}. */
class HmacVectorsTest {
  private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "V1 | test                 | test:GET:1587340800 | p5a/YiTRs7sNMp/PEDgZxky8lJDRLbza1pi8erjURrU=",
        "V2 | secret               | /api/v3/groups/12345:PUT:1700000000 | sU+jXMlDB+p5R7I6IXaJhDFQXvNr6UxpEuaL20XmyBM=",
        "V3 | secret               | /api/v3/groups?fields=associatedGroups&fields=associatedIndicators&resultStart=0&resultLimit=100:GET:1700000000 | OFdKZsI4fmhVebBSJUOrPnFuca93U1e4I0cE50fz5Rs=",
        "V4 | secret               | /api/v3/indicators?tql=hasGroup%28id%3D12%29:GET:1700000000 | nfDsQ15I3B6RYWPGRnr4iNBOdA/5ibIdhNq4UF6jsfs=",
        "V5 | secret               | /api/v3/indicators?tql=hasGroup(id%3D12):GET:1700000000 | W0p4qpOIoBEOHnZcLkmp+Xq3YFOYe5lUDxxNXCLZ8S0=",
        "V6 | secret               | /api/v3/indicators?tql=typeName+EQ+%22Host%22:GET:1700000000 | U/NmYr3GC1RvF12PGg2/EJ3XwRJewijDvOHTRKY0I9o=",
        "V7 | secret               | /api/v3/indicators?tql=typeName%20EQ%20%22Host%22:GET:1700000000 | LBuiDQ6L4qCf8xdRHxqQF5oKJ4+mnUy7lSOThQTTL1s=",
        "V8 | J+xdst/-~$iC2vL{I]   | /api/v2/indicators/hosts/example.com?Owner=Common%20Community:GET:1513703787 | ck1TtF/nvxaYcQB6XaAKZaHVfLQv1i801/7QEfLNiJM=",
        "V9 | sécrèt               | /api/v3/cases:POST:1700000000 | n/GsFJd6DPqxfLYOoGB0U3uqQCQybSR/qYD5rXwU/Vs=",
      })
  void signsEveryVector(String vector, String secret, String text, String signature) {
    assertEquals(signature, new HmacAuth("12345678901234567890", secret, AT_1700000000).sign(text), vector);
  }

  /** V4/V5 and V6/V7 are the same query in different bytes: they must not sign alike. */
  @Test
  void differentBytesSignDifferently() {
    HmacAuth auth = new HmacAuth("id", "secret", AT_1700000000);
    assertNotEquals(
        auth.sign("/api/v3/indicators?tql=hasGroup%28id%3D12%29:GET:1700000000"),
        auth.sign("/api/v3/indicators?tql=hasGroup(id%3D12):GET:1700000000"));
  }

  /**
   * V3 to V7 end to end: the URL is built with OkHttp's {@link HttpUrl} so that its encoded query is
   * exactly the vector's; {@link HmacAuth#signedText} gives the vector's text, and the request that
   * reaches the server carries that request line and the vector's signature.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "V3 | /api/v3/groups?fields=associatedGroups&fields=associatedIndicators&resultStart=0&resultLimit=100 | OFdKZsI4fmhVebBSJUOrPnFuca93U1e4I0cE50fz5Rs=",
        "V4 | /api/v3/indicators?tql=hasGroup%28id%3D12%29 | nfDsQ15I3B6RYWPGRnr4iNBOdA/5ibIdhNq4UF6jsfs=",
        "V5 | /api/v3/indicators?tql=hasGroup(id%3D12) | W0p4qpOIoBEOHnZcLkmp+Xq3YFOYe5lUDxxNXCLZ8S0=",
        "V6 | /api/v3/indicators?tql=typeName+EQ+%22Host%22 | U/NmYr3GC1RvF12PGg2/EJ3XwRJewijDvOHTRKY0I9o=",
        "V7 | /api/v3/indicators?tql=typeName%20EQ%20%22Host%22 | LBuiDQ6L4qCf8xdRHxqQF5oKJ4+mnUy7lSOThQTTL1s=",
      })
  void signsTheRequestLineItSends(String vector, String target, String signature) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(new MockResponse().setBody("{\"data\": [], \"status\": \"Success\"}"));
      HttpUrl url = HttpUrl.get("http://127.0.0.1:" + server.getPort() + target);
      assertEquals(target, url.encodedPath() + "?" + url.encodedQuery(), vector);
      assertEquals(target + ":GET:1700000000", HmacAuth.signedText(url, "GET", "1700000000"), vector);

      OkHttpClient client =
          new OkHttpClient.Builder()
              .addNetworkInterceptor(new HmacAuth("12345678901234567890", "secret", AT_1700000000))
              .build();
      try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
        assertEquals(200, response.code());
      }

      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertNotNull(request);
      assertEquals(target, request.getPath(), vector);
      assertEquals("1700000000", request.getHeader("Timestamp"), vector);
      assertEquals("TC 12345678901234567890:" + signature, request.getHeader("Authorization"), vector);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
