package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server-side verifier against every vector of ../shared/reference/hmac-vectors.md (V1-V9).
 * Each row: secret, string to sign, expected signature. The string to sign is split back into
 * request target, method and timestamp, and the verifier must accept exactly that signature.
 */
class HmacVectorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          V1 | test                | test:GET:1587340800 | p5a/YiTRs7sNMp/PEDgZxky8lJDRLbza1pi8erjURrU=
          V2 | secret              | /api/v3/groups/12345:PUT:1700000000 | sU+jXMlDB+p5R7I6IXaJhDFQXvNr6UxpEuaL20XmyBM=
          V3 | secret              | /api/v3/groups?fields=associatedGroups&fields=associatedIndicators&resultStart=0&resultLimit=100:GET:1700000000 | OFdKZsI4fmhVebBSJUOrPnFuca93U1e4I0cE50fz5Rs=
          V4 | secret              | /api/v3/indicators?tql=hasGroup%28id%3D12%29:GET:1700000000 | nfDsQ15I3B6RYWPGRnr4iNBOdA/5ibIdhNq4UF6jsfs=
          V5 | secret              | /api/v3/indicators?tql=hasGroup(id%3D12):GET:1700000000 | W0p4qpOIoBEOHnZcLkmp+Xq3YFOYe5lUDxxNXCLZ8S0=
          V6 | secret              | /api/v3/indicators?tql=typeName+EQ+%22Host%22:GET:1700000000 | U/NmYr3GC1RvF12PGg2/EJ3XwRJewijDvOHTRKY0I9o=
          V7 | secret              | /api/v3/indicators?tql=typeName%20EQ%20%22Host%22:GET:1700000000 | LBuiDQ6L4qCf8xdRHxqQF5oKJ4+mnUy7lSOThQTTL1s=
          V8 | J+xdst/-~$iC2vL{I]  | /api/v2/indicators/hosts/example.com?Owner=Common%20Community:GET:1513703787 | ck1TtF/nvxaYcQB6XaAKZaHVfLQv1i801/7QEfLNiJM=
          V9 | sécrèt              | /api/v3/cases:POST:1700000000 | n/GsFJd6DPqxfLYOoGB0U3uqQCQybSR/qYD5rXwU/Vs=
          """)
  void verifierAcceptsTheVector(String name, String secret, String stringToSign, String signature) {
    int timestampColon = stringToSign.lastIndexOf(':');
    int methodColon = stringToSign.lastIndexOf(':', timestampColon - 1);
    String target = stringToSign.substring(0, methodColon);
    String method = stringToSign.substring(methodColon + 1, timestampColon);
    String timestamp = stringToSign.substring(timestampColon + 1);

    assertEquals(stringToSign, Hmac.message(target, method, timestamp));
    assertEquals(signature, Hmac.signature(secret, stringToSign));

    Authenticator verifier =
        new Authenticator(
            Credentials.of("1234", secret, "unused"), () -> Long.parseLong(timestamp));
    verifier.check(method, target, "TC 1234:" + signature, timestamp);

    String tampered = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> verifier.check(method, target, "TC 1234:" + tampered, timestamp));
    assertEquals(401, refused.status());
    assertEquals("Signature Data Did Not Match Expected Result", refused.getMessage());
  }
}
