package dev.tcpivot.checks;

import static dev.tcpivot.testing.JsonTrees.assertWrites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.RegistryValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formats other/common_errors.rst documents for Indicator summaries ("Creating Indicators"):
 * what the API refuses is refused before a request is built, with the form it takes; what it
 * accepts (IPv6 Addresses, punycode hosts, a Registry Key's " " value name) goes through as is. The
 * same rule applies to a new Indicator, to the body of a create and to a ref to an existing one.
 */
class SummaryFormatsTest {

  private static void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void internationalizedHostNamesAreRefusedWithTheirPunycode() {
    String message = "hostName 'österreich.icom.museum' is not ASCII; the API takes internationalized host"
        + " names in punycode: xn--sterreich-z7a.icom.museum (common_errors.rst, Host Indicators)";
    refused(message, () -> IndicatorCreate.host("österreich.icom.museum"));
    refused(message, () -> NewIndicator.host("österreich.icom.museum"));
    refused(message, () -> IndicatorRef.host("österreich.icom.museum"));
  }

  @Test
  void punycodeHostNamesAreAccepted() {
    assertWrites("{\"type\": \"Host\", \"hostName\": \"xn--sterreich-z7a.icom.museum\"}",
        NewIndicator.host("xn--sterreich-z7a.icom.museum"));
  }

  @Test
  void urlDomainsMustBeLowercaseAscii() {
    refused("text 'http://EXAMPLE.com/a?b=C' has a domain name that is not lowercase ASCII; the API takes"
            + " it lowercase, in punycode when internationalized: http://example.com/a?b=C"
            + " (common_errors.rst, URL Indicators)",
        () -> IndicatorCreate.url("http://EXAMPLE.com/a?b=C"));
    refused("text 'https://bücher.de:8443/Pfad' has a domain name that is not lowercase ASCII; the API"
            + " takes it lowercase, in punycode when internationalized: https://xn--bcher-kva.de:8443/Pfad"
            + " (common_errors.rst, URL Indicators)",
        () -> IndicatorRef.url("https://bücher.de:8443/Pfad"));
    // Only the domain name is concerned: the path keeps its case and its characters.
    assertWrites("{\"type\": \"URL\", \"text\": \"http://example.com/Ä?Q=1#F\"}",
        IndicatorRef.url("http://example.com/Ä?Q=1#F"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "AS12345", "AS 12345", "ASN 12345"})
  void asNumbersNeedTheAsnPrefixWithoutASpace(String asNumber) {
    refused("asNumber '" + asNumber + "' is not of the form ASN12345 (\"ASN\" then the number, no space);"
            + " did you mean ASN12345? (common_errors.rst, ASN Indicators)",
        () -> IndicatorCreate.asn(asNumber));
  }

  @Test
  void asnInTheDocumentedForm() {
    assertWrites("{\"type\": \"ASN\", \"AS Number\": \"ASN204288\"}", IndicatorRef.asn("ASN204288"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "abc:def:10::/48", "0abc:def:10:0:0:0:0:0/48", "abc:0def:10:0:0:0:0:0/48",
      "abc:def:0010:0:0:0:0:0/48", "abc:def:10:0000:0000:0000:0000:0000/48"})
  void ipv6CidrRangesInTheFormsTheDocsRefuse(String block) {
    refused("block '" + block + "' is not in the IPv6 form the API takes: eight groups, none compressed"
            + " (::), no leading zeros: abc:def:10:0:0:0:0:0/48 (common_errors.rst, CIDR Range"
            + " Indicators with IPv6 Addresses)",
        () -> NewIndicator.cidr(block));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc:def:10:0:0:0:0:0/48", "192.168.0.0/16", "2001:db8:1234:0:0:0:0:0/48"})
  void cidrRangesTheApiAccepts(String block) {
    assertWrites("{\"type\": \"CIDR\", \"Block\": \"" + block + "\"}", IndicatorRef.cidr(block));
  }

  /** No format is documented for IPv6 Address Indicators, so every form is sent as given. */
  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "::1", "71.6.135.131"})
  void addressesAreSentAsGiven(String ip) {
    assertWrites("{\"type\": \"Address\", \"ip\": \"" + ip + "\"}", NewIndicator.address(ip));
  }

  /** fields.rst L276: each hash a File is given is checked, the first and the ones set after it. */
  @Test
  void everyHashOfAFileIsChecked() {
    refused("sha1 'xyz' is not a SHA1 hash: 40 hexadecimal digits (v3/indicators/fields.rst L276: at"
            + " least one valid hash)",
        () -> IndicatorCreate.fileMd5("2ea0564f33e4cb67063c4a06734eb627").sha1("xyz"));
    refused("md5 'xyz' is not an MD5 hash: 32 hexadecimal digits (v3/indicators/fields.rst L276: at"
            + " least one valid hash)",
        () -> IndicatorCreate.fileSha1("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB").md5("xyz"));
  }

  @Test
  void registryKeyNamesStartWithAnHkeyRoot() {
    refused("keyName 'HKLM\\Software\\Microsoft' does not start with a registry root such as"
            + " HKEY_LOCAL_MACHINE; write HKEY_LOCAL_MACHINE\\Software\\Microsoft (common_errors.rst,"
            + " Registry Key Indicators)",
        () -> IndicatorCreate.registryKey("HKLM\\Software\\Microsoft", "Value", RegistryValueType.REG_SZ));
    refused("keyName 'Software\\Microsoft' does not start with a registry root such as HKEY_LOCAL_MACHINE"
            + " (common_errors.rst, Registry Key Indicators)",
        () -> IndicatorRef.registryKey("Software\\Microsoft", "Value", RegistryValueType.REG_SZ));
  }

  /** common_errors.rst, "Value Name": a single space stands for a key's unnamed value. */
  @Test
  void registryValueNameMayBeASpaceButNotEmpty() {
    assertWrites("{\"type\": \"Registry Key\", \"Key Name\": \"HKEY_LOCAL_MACHINE\\\\Software\","
            + " \"Value Name\": \" \", \"Value Type\": \"REG_NONE\"}",
        NewIndicator.registryKey("HKEY_LOCAL_MACHINE\\Software", " ", RegistryValueType.REG_NONE));
    refused("valueName must not be empty; for a key's unnamed value send a single space \" \""
            + " (common_errors.rst, Registry Key Indicators)",
        () -> NewIndicator.registryKey("HKEY_LOCAL_MACHINE\\Software", "", RegistryValueType.REG_NONE));
    refused("valueName must not be null",
        () -> NewIndicator.registryKey("HKEY_LOCAL_MACHINE\\Software", null, RegistryValueType.REG_NONE));
  }

  @Test
  void otherSummariesNeedOnlyNotBeBlank() {
    refused("md5 must not be blank", () -> IndicatorRef.fileMd5(" "));
    refused("subject must not be null", () -> NewIndicator.emailSubject(null));
    assertWrites("{\"type\": \"Email Subject\", \"Subject\": \"Re: ünïcode / ? # %\"}",
        NewIndicator.emailSubject("Re: ünïcode / ? # %"));
  }

  /** An Indicator named by summary in a client that has no request yet: nothing was sent. */
  @Test
  void nothingIsSentForARefusedSummary() {
    try (MockApi api = new MockApi()) {
      assertThrows(IllegalArgumentException.class, () -> api.hmacClient().indicators().create(
          IndicatorCreate.host("bücher.de").build()));
      assertEquals(0, api.requestCount());
    }
  }
}
