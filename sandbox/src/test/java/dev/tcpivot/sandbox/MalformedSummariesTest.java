package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indicators whose summaries are not valid values of their type are not created: each body below,
 * sent as is, is answered with a 400 error envelope that names the field, and nothing is stored.
 */
@ExtendWith(SandboxExtension.class)
class MalformedSummariesTest {
  private final TestClient client;

  MalformedSummariesTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # v2_batch_api_indicator_fields.rst L145: "A valid hostname or domain"
          {"type":"Host","hostName":"not a host!"}                                            | hostName
          # v2_batch_api_indicator_fields.rst L149: "A valid IPv4 or IPv6 address"
          {"type":"Address","ip":"999.1.1.1"}                                                 | ip
          # v3/indicators/fields.rst L276: "you must include at least one valid hash"
          {"type":"File","md5":"xyz"}                                                         | md5
          # v3/indicators/fields.rst L227-231: the email address of an EmailAddress Indicator
          {"type":"EmailAddress","address":"badguy.bad.com"}                                  | address
          # other/common_errors.rst L49: AS12345 # INCORRECT
          {"type":"ASN","AS Number":"AS12345"}                                                | AS Number
          # other/common_errors.rst L62: abc:def:10::/48 # INCORRECT
          {"type":"CIDR","Block":"abc:def:10::/48"}                                           | Block
          # other/common_errors.rst L116, L122: HKLM\\ must be written HKEY_LOCAL_MACHINE\\
          {"type":"Registry Key","Key Name":"HKLM\\\\Software","Value Name":"v","Value Type":"REG_SZ"} | Key Name
          """)
  void isRefusedWith400(String body, String field) {
    int before = client.get("/v3/indicators").data().size();
    Response response = client.post("/v3/indicators", body);
    assertEquals(400, response.status(), response::toString);
    assertEquals("Error", response.body().path("status").asText(), response::toString);
    assertTrue(response.message().startsWith(field + " '"), response::toString);
    assertEquals(before, client.get("/v3/indicators").data().size());
  }
}
