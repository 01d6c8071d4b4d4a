package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Indicator named by its summary in the path ({@code /v3/indicators/{indicatorId or
 * indicatorSummary}}, v3/indicators/indicators.rst L10) travels as one path segment, percent-encoded
 * the way v3/indicators/mergeFileHashes.rst L52 shows it: every character other than letters,
 * digits and {@code -._~} as {@code %XX} of its UTF-8 bytes, so {@code " : "} is {@code %20%3A%20}.
 * The server decodes the segment back to the summary, and the signature covers the encoded form.
 */
class IndicatorSummaryPathTest {
  private static final String FILE_SUMMARY =
      "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA : BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

  @RegisterExtension final MockApi api = new MockApi();
  private ThreatConnect tc;

  @BeforeEach
  void start() {
    tc = api.hmacClient();
  }

  private void respondWithIndicator() {
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/retrieve-by-summary.json"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "badguy.com                                 | badguy.com",
        "verybadguy@bad.com                         | verybadguy%40bad.com",
        "john+tag@bad.com                           | john%2Btag%40bad.com",
        "Re: invoice due                            | Re%3A%20invoice%20due",
        "http://www.badstuff.com/a/b?x=1&y=2#top    | http%3A%2F%2Fwww.badstuff.com%2Fa%2Fb%3Fx%3D1%26y%3D2%23top",
        "50% off                                    | 50%25%20off",
        "bücher.example                             | b%C3%BCcher.example",
        "ASN204288                                  | ASN204288",
        "2001:db8:85a3:0:0:8a2e:370:7334            | 2001%3Adb8%3A85a3%3A0%3A0%3A8a2e%3A370%3A7334",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA : BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%20%3A%20BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
      })
  void getSendsTheSummaryAsOneEncodedSegment(String summary, String segment) {
    respondWithIndicator();
    tc.indicators().get(summary);

    RecordedRequest request = api.take();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v3/indicators/" + segment, request.getPath());
    assertEquals(List.of("api", "v3", "indicators", summary), request.getRequestUrl().pathSegments());
    assertSigned(request);
  }

  /** The request of v3/indicators/mergeFileHashes.rst L52, with the body the SDK can send. */
  @Test
  void updateOfAFileBySummaryOfTwoHashes() {
    respondWithIndicator();
    tc.indicators().update(FILE_SUMMARY, IndicatorUpdate.builder().confidence(50).build());

    RecordedRequest request = api.take();
    assertEquals("PUT", request.getMethod());
    assertEquals(
        "/api/v3/indicators/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%20%3A%20BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
        request.getPath());
    assertSigned(request);
  }

  @Test
  void deleteBySummary() {
    // v3/indicators/delete.rst L29-31
    api.respond(200, "{\"message\": \"Deleted\", \"status\": \"Success\"}");
    tc.indicators().delete("http://badsite.com/x");

    RecordedRequest request = api.take();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v3/indicators/http%3A%2F%2Fbadsite.com%2Fx", request.getPath());
    assertSigned(request);
  }

  /** A path segment of digits is an ID to the API; a summary of digits is refused before sending. */
  @Test
  void allDigitSummaryIsRefusedBeforeSending() {
    IllegalArgumentException get =
        assertThrows(IllegalArgumentException.class, () -> tc.indicators().get("12345"));
    assertEquals(
        "summary '12345' is all digits, which the API reads as an ID; pass a long to name an object by ID",
        get.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> tc.indicators().update("12345", IndicatorUpdate.builder().confidence(1).build()));
    assertThrows(IllegalArgumentException.class, () -> tc.indicators().delete("12345"));
    assertEquals(0, api.requestCount());
  }

  @Test
  void blankSummaryIsRefusedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> tc.indicators().get(" "));
    assertThrows(IllegalArgumentException.class, () -> tc.indicators().get((String) null));
    assertEquals(0, api.requestCount());
  }
}
