package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.BatchFile;
import dev.tcpivot.v3.BatchIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A batch Indicator's summary is held to the format of the v3 field it stands for (other/
 * common_errors.rst, v2_batch_api_indicator_fields.rst L145-153, the [formats] examples of
 * indicators.table), so a summary the API would refuse never reaches a job: it is refused when the
 * Indicator is made, before anything is added or sent. A summary that joins several fields (a
 * File's hashes) is only refused when blank.
 */
class BatchSummaryFormatsTest {
  @Test
  void aHostNameThatIsNotOneIsRefused() {
    refused("summary 'not a host!' is not a host name: labels of letters, digits, hyphens and underscores"
            + " separated by dots (v2_batch_api_indicator_fields.rst L145: a valid hostname or domain)",
        () -> BatchIndicators.host("not a host!"));
    refused("summary 'österreich.icom.museum' is not ASCII; the API takes internationalized host names in"
            + " punycode: xn--sterreich-z7a.icom.museum (common_errors.rst, Host Indicators)",
        () -> BatchIndicators.host("österreich.icom.museum"));
    assertEquals("xn--sterreich-z7a.icom.museum",
        BatchIndicators.host("xn--sterreich-z7a.icom.museum").toString().replaceAll(".*\"summary\":\"([^\"]*)\".*", "$1"));
  }

  @Test
  void anAddressMustBeIPv4OrIPv6() {
    refused("summary '999.1.1.1' is not an IPv4 address (four numbers from 0 to 255 separated by dots)"
            + " or an IPv6 address (v2_batch_api_indicator_fields.rst L149: a valid IPv4 or IPv6 address)",
        () -> BatchIndicators.address("999.1.1.1"));
    BatchIndicators.address("2001:db8:1234::");
    BatchIndicators.address("255.255.255.255");
  }

  @Test
  void aUrlTakesItsDomainLowercase() {
    refused("summary 'http://EXAMPLE.com' has a domain name that is not lowercase ASCII; the API takes it"
            + " lowercase, in punycode when internationalized: http://example.com (common_errors.rst, URL"
            + " Indicators)",
        () -> BatchIndicators.url("http://EXAMPLE.com"));
    BatchIndicators.url("http://example.com/Ä?Q=1#F");
  }

  /** common_errors.rst L39-51: an ASN is written ASN and its number. */
  @Test
  void anAsnIsWrittenWithItsPrefix() {
    assertThrows(IllegalArgumentException.class, () -> BatchIndicators.asn("12345"));
    BatchIndicators.asn("ASN12345");
  }

  /** A File's summary joins its hashes (v2_batch_api_indicator_fields.rst, footnote 2): only blank is refused. */
  @Test
  void aFileSummaryIsOnlyRefusedWhenBlank() {
    BatchIndicators.file("8743b52063cd84097a65d1633f5c74f5 : 01b3a49fc1a5a7b0f7ac1ae6d9a3b8c2d9e1f0a1");
    refused("summary must not be blank", () -> BatchIndicators.file(" "));
  }

  /** A refused summary leaves the file as it was. */
  @Test
  void nothingIsAddedWhenASummaryIsRefused() {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchIndicators.host("good.example.com"));
      assertThrows(IllegalArgumentException.class, () -> file.add(BatchIndicators.host("bad..com")));
      assertEquals(1, file.indicatorCount());
    }
  }

  private static void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
