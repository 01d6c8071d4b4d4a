package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.testing.MockApi;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ThreatConnect.fromEnvironment}: TC_API_URL with TC_API_TOKEN or TC_ACCESS_ID and
 * TC_SECRET_KEY, as quick_start.rst's two ways to authenticate reach the server.
 */
class ClientFromEnvironmentTest {
  @RegisterExtension final MockApi api = new MockApi();

  private Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("TC_API_URL", api.baseUrl());
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private RecordedRequest oneRequest(ThreatConnect.Builder builder) {
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/retrieve-by-id.json"));
    builder.build().indicators().get(3);
    return api.take();
  }

  @Test
  void noUrlMeansNoInstance() {
    assertTrue(ThreatConnect.fromEnvironment(Map.of()).isEmpty());
    assertTrue(ThreatConnect.fromEnvironment(Map.of("TC_API_URL", "  ", "TC_API_TOKEN", MockApi.TOKEN)).isEmpty());
  }

  @Test
  void accessIdAndSecretKeySignEachRequest() {
    RecordedRequest request = oneRequest(ThreatConnect.fromEnvironment(
        env("TC_ACCESS_ID", MockApi.ACCESS_ID, "TC_SECRET_KEY", MockApi.SECRET_KEY)).orElseThrow());
    assertSigned(request);
    assertEquals("/api/v3/indicators/3", request.getPath());
  }

  @Test
  void aTokenWinsOverAccessIdAndSecretKey() {
    RecordedRequest request = oneRequest(ThreatConnect.fromEnvironment(env("TC_API_TOKEN", MockApi.TOKEN,
        "TC_ACCESS_ID", MockApi.ACCESS_ID, "TC_SECRET_KEY", MockApi.SECRET_KEY)).orElseThrow());
    assertEquals("TC-Token " + MockApi.TOKEN, request.getHeader("Authorization"));
  }

  @Test
  void aBlankTokenIsUnset() {
    RecordedRequest request = oneRequest(ThreatConnect.fromEnvironment(env("TC_API_TOKEN", " ",
        "TC_ACCESS_ID", MockApi.ACCESS_ID, "TC_SECRET_KEY", MockApi.SECRET_KEY)).orElseThrow());
    assertSigned(request);
  }

  @Test
  void aUrlWithoutCredentialsNamesWhatIsMissing() {
    assertEquals("TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN, as well"
            + " (missing: TC_ACCESS_ID and TC_SECRET_KEY)",
        assertThrows(IllegalStateException.class, () -> ThreatConnect.fromEnvironment(env())).getMessage());
    assertEquals("TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN, as well"
            + " (missing: TC_SECRET_KEY)",
        assertThrows(IllegalStateException.class,
            () -> ThreatConnect.fromEnvironment(env("TC_ACCESS_ID", MockApi.ACCESS_ID))).getMessage());
    assertEquals("TC_API_URL is set, so set TC_ACCESS_ID and TC_SECRET_KEY, or TC_API_TOKEN, as well"
            + " (missing: TC_ACCESS_ID)",
        assertThrows(IllegalStateException.class,
            () -> ThreatConnect.fromEnvironment(env("TC_SECRET_KEY", MockApi.SECRET_KEY, "TC_ACCESS_ID", ""))).getMessage());
    assertEquals(0, api.requestCount());
  }

  @Test
  void aUrlThatIsNotOneIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ThreatConnect.fromEnvironment(Map.of("TC_API_URL", "http://example.com/api", "TC_API_TOKEN", MockApi.TOKEN)));
    assertEquals("env must not be null",
        assertThrows(IllegalArgumentException.class, () -> ThreatConnect.fromEnvironment(null)).getMessage());
  }
}
