package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format against the examples of the tables' {@code [formats]} sections, and the whole
 * messages an SDK puts together from them, parameter names included.
 */
class ValueFormatTest {
  private static final String CIDR_FORM =
      " is not in the IPv6 form the API takes: eight groups, none compressed (::), no leading zeros";
  private static final String CIDR_SECTION =
      " (common_errors.rst, CIDR Range Indicators with IPv6 Addresses)";

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    Spec spec = SpecLoader.builtIn();
    for (ObjectType object : spec.objects()) {
      for (FormatExample example : spec.catalog(object).formatExamples()) {
        all.add(Arguments.of(example.format(), example.value(), example));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("examples")
  void everyExampleGetsItsVerdict(ValueFormat format, String value, FormatExample example) {
    assertEquals(example.problem().orElse(null), format.problem(value), example.source().toString());
  }

  @Test
  void internationalizedHostNamesAreRefusedWithTheirPunycode() {
    assertEquals(
        "hostName 'österreich.icom.museum' is not ASCII; the API takes internationalized host"
            + " names in punycode: xn--sterreich-z7a.icom.museum (common_errors.rst, Host Indicators)",
        ValueFormat.HOST_NAME.message("hostName", "österreich.icom.museum"));
    assertNull(ValueFormat.HOST_NAME.message("hostName", "xn--sterreich-z7a.icom.museum"));
  }

  @Test
  void aHostNameWithoutAPunycodeFormIsRefusedWithoutOne() {
    String tooLong = "ö" + "x".repeat(70) + ".example";
    assertEquals(
        "is not ASCII; the API takes internationalized host names in punycode (common_errors.rst,"
            + " Host Indicators)",
        ValueFormat.HOST_NAME.problem(tooLong));
  }

  @Test
  void urlDomainsMustBeLowercaseAscii() {
    assertEquals(
        "text 'http://EXAMPLE.com/a?b=C' has a domain name that is not lowercase ASCII; the API"
            + " takes it lowercase, in punycode when internationalized: http://example.com/a?b=C"
            + " (common_errors.rst, URL Indicators)",
        ValueFormat.URL.message("text", "http://EXAMPLE.com/a?b=C"));
    assertEquals(
        "text 'https://bücher.de:8443/Pfad' has a domain name that is not lowercase ASCII; the API"
            + " takes it lowercase, in punycode when internationalized:"
            + " https://xn--bcher-kva.de:8443/Pfad (common_errors.rst, URL Indicators)",
        ValueFormat.URL.message("text", "https://bücher.de:8443/Pfad"));
    assertNull(ValueFormat.URL.message("text", "http://example.com/Ä?Q=1#F"));
  }

  @Test
  void aUrlKeepsItsUserInfoInTheFix() {
    assertEquals(
        "has a domain name that is not lowercase ASCII; the API takes it lowercase, in punycode"
            + " when internationalized: ftp://Me@example.com/X (common_errors.rst, URL Indicators)",
        ValueFormat.URL.problem("ftp://Me@Example.COM/X"));
  }

  /** Without a scheme there is no domain name to find, so nothing to refuse. */
  @Test
  void aUrlWithoutASchemeIsNotJudged() {
    assertNull(ValueFormat.URL.problem("EXAMPLE.com/path"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "AS12345", "AS 12345", "ASN 12345"})
  void asNumbersNeedTheAsnPrefixWithoutASpace(String asNumber) {
    assertEquals(
        "asNumber '" + asNumber + "' is not of the form ASN12345 (\"ASN\" then the number, no"
            + " space); did you mean ASN12345? (common_errors.rst, ASN Indicators)",
        ValueFormat.ASN.message("asNumber", asNumber));
  }

  @Test
  void anAsNumberWithoutDigitsGetsNoSuggestion() {
    assertEquals(
        "is not of the form ASN12345 (\"ASN\" then the number, no space) (common_errors.rst, ASN"
            + " Indicators)",
        ValueFormat.ASN.problem("ASN"));
    assertNull(ValueFormat.ASN.message("asNumber", "ASN204288"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc:def:10::/48", "0abc:def:10:0:0:0:0:0/48", "abc:0def:10:0:0:0:0:0/48",
        "abc:def:0010:0:0:0:0:0/48", "abc:def:10:0000:0000:0000:0000:0000/48"
      })
  void ipv6CidrRangesInTheFormsTheDocsRefuse(String block) {
    assertEquals(
        "block '" + block + "'" + CIDR_FORM + ": abc:def:10:0:0:0:0:0/48" + CIDR_SECTION,
        ValueFormat.CIDR.message("block", block));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc:def:10:0:0:0:0:0/48", "192.168.0.0/16", "2001:db8:1234:0:0:0:0:0/48"})
  void cidrRangesTheApiAccepts(String block) {
    assertNull(ValueFormat.CIDR.message("block", block));
  }

  @Test
  void anIpv6AddressWithoutAPrefixLengthIsFixedWithoutOne() {
    assertEquals(
        "block '::1'" + CIDR_FORM + ": 0:0:0:0:0:0:0:1" + CIDR_SECTION,
        ValueFormat.CIDR.message("block", "::1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc::def::1/48", "1:2:3:4:5:6:7/64", "1:2:3:4:5:6:7:8:9/64", "abc:xyz:10:0:0:0:0:0/48"
      })
  void anIpv6RangeThatDoesNotParseIsRefusedWithoutAFix(String block) {
    assertEquals(
        "block '" + block + "'" + CIDR_FORM + CIDR_SECTION, ValueFormat.CIDR.message("block", block));
  }

  @Test
  void registryKeyNamesStartWithAnHkeyRoot() {
    assertEquals(
        "keyName 'HKLM\\Software\\Microsoft' does not start with a registry root such as"
            + " HKEY_LOCAL_MACHINE; write HKEY_LOCAL_MACHINE\\Software\\Microsoft"
            + " (common_errors.rst, Registry Key Indicators)",
        ValueFormat.REGISTRY_KEY_NAME.message("keyName", "HKLM\\Software\\Microsoft"));
    assertEquals(
        "keyName 'Software\\Microsoft' does not start with a registry root such as"
            + " HKEY_LOCAL_MACHINE (common_errors.rst, Registry Key Indicators)",
        ValueFormat.REGISTRY_KEY_NAME.message("keyName", "Software\\Microsoft"));
    assertNull(ValueFormat.REGISTRY_KEY_NAME.message("keyName", "HKEY_LOCAL_MACHINE\\Software"));
  }

  /** HKLM is the documented abbreviation (L116); the other usual ones get their root too. */
  @ParameterizedTest
  @ValueSource(strings = {"HKCU=HKEY_CURRENT_USER", "hkcr=HKEY_CLASSES_ROOT", "HKU=HKEY_USERS",
      "HKCC=HKEY_CURRENT_CONFIG", "hklm=HKEY_LOCAL_MACHINE"})
  void registryAbbreviationsAreSpelledOut(String pair) {
    String abbreviation = pair.substring(0, pair.indexOf('='));
    String root = pair.substring(pair.indexOf('=') + 1);
    assertEquals(
        "does not start with a registry root such as HKEY_LOCAL_MACHINE; write " + root
            + "\\Run (common_errors.rst, Registry Key Indicators)",
        ValueFormat.REGISTRY_KEY_NAME.problem(abbreviation + "\\Run"));
  }

  /** L136-140: a single space stands for a key's unnamed value; without it, an error. */
  @Test
  void registryValueNameMayBeASpaceButNotEmpty() {
    assertEquals(
        "valueName must not be empty; for a key's unnamed value send a single space \" \""
            + " (common_errors.rst, Registry Key Indicators)",
        ValueFormat.REGISTRY_VALUE_NAME.message("valueName", ""));
    assertNull(ValueFormat.REGISTRY_VALUE_NAME.message("valueName", " "));
    assertNull(ValueFormat.REGISTRY_VALUE_NAME.message("valueName", "Value"));
  }

  @Test
  void onlyTheRegistryValueNameAllowsABlankValue() {
    for (ValueFormat format : ValueFormat.values()) {
      assertEquals(format == ValueFormat.REGISTRY_VALUE_NAME, format.blankAllowed(), format.word());
    }
    assertTrue(ValueFormat.REGISTRY_VALUE_NAME.blankAllowed());
    assertFalse(ValueFormat.HOST_NAME.blankAllowed());
  }

  @Test
  void formatsAreNamedByTheirTableWords() {
    for (ValueFormat format : ValueFormat.values()) {
      assertEquals(format, ValueFormat.byWord(format.word()).orElseThrow());
    }
    assertEquals(
        "ip address, email address, md5, sha1, sha256, host name, url, asn, cidr, registry key name,"
        + " registry value name", ValueFormat.words());
  }
}
