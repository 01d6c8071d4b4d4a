package dev.tcpivot;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.testing.MockApi;
import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two ways to authenticate of quick_start.rst, as the server receives them. */
class AuthenticationHeadersTest {
  @RegisterExtension final MockApi api = new MockApi();

  /** quick_start.rst L102-110: {@code Authorization: TC-Token <token>}, and no Timestamp. */
  @Test
  void tokenHeader() {
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/retrieve-by-id.json"));
    api.tokenClient().indicators().get(3);

    RecordedRequest request = api.take();
    assertEquals("TC-Token " + MockApi.TOKEN, request.getHeader("Authorization"));
    assertNull(request.getHeader("Timestamp"));
  }

  /** quick_start.rst L159-185: a Timestamp of the current epoch second and a signature over it. */
  @Test
  void hmacHeaders() {
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/retrieve-by-id.json"));
    long before = System.currentTimeMillis() / 1000;
    api.hmacClient().indicators().get(3);
    long after = System.currentTimeMillis() / 1000;

    RecordedRequest request = api.take();
    long timestamp = Long.parseLong(request.getHeader("Timestamp"));
    assertTrue(before <= timestamp && timestamp <= after, timestamp + " not in [" + before + ", " + after + "]");
    assertSigned(request);
  }

  /** A client given to the builder keeps its own interceptors and is not changed. */
  @Test
  void ownHttpClientIsKeptAndLeftUnchanged() {
    OkHttpClient own =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Team", "soc").build()))
            .build();
    ThreatConnect tc =
        ThreatConnect.builder().baseUrl(api.baseUrl()).hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY).httpClient(own).build();
    api.respond(200, JsonTrees.resourceText("docs/responses/victims/retrieve-by-id.json"));
    tc.victims().get(3);

    RecordedRequest request = api.take();
    assertEquals("soc", request.getHeader("X-Team"));
    assertSigned(request);
    assertTrue(own.networkInterceptors().isEmpty());
  }

  @Test
  void toStringsShowNoSecret() {
    ThreatConnect hmac = api.hmacClient();
    ThreatConnect token = api.tokenClient();
    for (String text : new String[] {
        hmac.toString(), token.toString(),
        new HmacAuth(MockApi.ACCESS_ID, MockApi.SECRET_KEY, Clock.systemUTC()).toString(),
        new TokenAuth(MockApi.TOKEN).toString()}) {
      assertFalse(text.contains(MockApi.SECRET_KEY), text);
      assertFalse(text.contains(MockApi.TOKEN), text);
    }
    assertEquals("ThreatConnect[" + api.baseUrl() + "/]", hmac.toString());
  }
}
