package dev.tcpivot.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client needs an API root and credentials; requests must use HTTPS (quick_start.rst L18-20),
 * so plain http is refused except to this machine, where a test server runs.
 */
class ClientBuilderChecksTest {

  @Test
  void baseUrlIsRequired() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ThreatConnect.builder().token("APIV2:430:x").build());
    assertEquals("baseUrl is required, e.g. https://app.threatconnect.com/api", e.getMessage());
  }

  @Test
  void credentialsAreRequired() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ThreatConnect.builder().baseUrl("https://app.threatconnect.com/api").build());
    assertEquals("credentials are required: call hmac(...) or token(...)", e.getMessage());
  }

  @Test
  void blankCredentials() {
    ThreatConnect.Builder builder = ThreatConnect.builder().baseUrl("https://app.threatconnect.com/api");
    assertEquals("accessId must not be null",
        assertThrows(IllegalArgumentException.class, () -> builder.hmac(null, "secret")).getMessage());
    assertEquals("secretKey must not be blank",
        assertThrows(IllegalArgumentException.class, () -> builder.hmac("12345678901234567890", " ")).getMessage());
    assertEquals("token must not be blank",
        assertThrows(IllegalArgumentException.class, () -> builder.token("")).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://app.threatconnect.com/api",
      "http://10.0.0.5:8443/api",
      "http://localhost.example.com/api",
      "http://127.0.0.1.example.com/api"})
  void plainHttpToAnotherHostIsRefused(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ThreatConnect.builder().baseUrl(url));
    assertEquals(
        "baseUrl must use https (the API refuses plain http); http is allowed only on loopback: " + url,
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080/api", "http://127.0.0.1:8080/api", "http://[::1]:8080/api"})
  void plainHttpOnLoopbackIsAccepted(String url) {
    ThreatConnect tc = ThreatConnect.builder().baseUrl(url).token("APIV2:430:x").build();
    assertEquals(url + "/", tc.baseUrl());
  }

  @Test
  void httpsRootGetsItsTrailingSlash() {
    ThreatConnect tc =
        ThreatConnect.builder().baseUrl("https://companyabc.threatconnect.com/api").hmac("id", "secret").build();
    assertEquals("https://companyabc.threatconnect.com/api/", tc.baseUrl());
  }

  @Test
  void malformedBaseUrls() {
    assertThrows(IllegalArgumentException.class, () -> ThreatConnect.builder().baseUrl(null));
    assertThrows(IllegalArgumentException.class, () -> ThreatConnect.builder().baseUrl("app.threatconnect.com/api"));
    assertThrows(IllegalArgumentException.class,
        () -> ThreatConnect.builder().baseUrl("https://app.threatconnect.com/api?owner=Demo"));
  }

  @Test
  void timeoutsMustBePositive() {
    assertEquals("connectTimeout must be positive, not PT0S",
        assertThrows(IllegalArgumentException.class,
            () -> ThreatConnect.builder().connectTimeout(Duration.ZERO)).getMessage());
    assertEquals("readTimeout must be positive, not PT-1S",
        assertThrows(IllegalArgumentException.class,
            () -> ThreatConnect.builder().readTimeout(Duration.ofSeconds(-1))).getMessage());
  }
}
