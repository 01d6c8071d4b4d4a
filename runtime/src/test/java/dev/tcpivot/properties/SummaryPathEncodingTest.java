package dev.tcpivot.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.IndicatorUpdate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Any Indicator summary (any Unicode, the characters reserved in URLs, spaces, percent signs) goes
 * into the path as exactly one segment that decodes back to it, as the server records it, for GET,
 * PUT and DELETE (v3/indicators/indicators.rst: {@code /v3/indicators/{indicatorSummary}}).
 */
class SummaryPathEncodingTest {
  private static final String PREFIX = "/api/v3/indicators/";
  private static MockApi api;
  private static ThreatConnect tc;

  @BeforeContainer
  static void start() {
    api = new MockApi();
    tc = api.tokenClient();
  }

  @AfterContainer
  static void stop() {
    api.close();
  }

  @Property(tries = 300)
  void summariesSurviveThePathOfAGet(@ForAll("summaries") String summary) {
    api.respond(200, "{\"data\": {\"id\": 1, \"type\": \"Host\"}, \"status\": \"Success\"}");

    tc.indicators().get(summary);

    assertOneSegment(summary, "GET");
  }

  /** Fewer tries: the same encoding, through the other two methods that take a summary. */
  @Property(tries = 40)
  void summariesSurviveThePathOfAPutAndADelete(@ForAll("summaries") String summary) {
    api.respond(200, "{\"data\": {\"id\": 1, \"type\": \"Host\"}, \"status\": \"Success\"}");
    api.respond(200, "{\"message\": \"Deleted\", \"status\": \"Success\"}");

    tc.indicators().update(summary, IndicatorUpdate.builder().confidence(1).build());
    tc.indicators().delete(summary);

    assertOneSegment(summary, "PUT");
    assertOneSegment(summary, "DELETE");
  }

  private static void assertOneSegment(String summary, String method) {
    RecordedRequest request = api.take();
    assertEquals(method, request.getMethod());
    String path = request.getPath();
    assertTrue(path.startsWith(PREFIX), path);
    String segment = path.substring(PREFIX.length());
    assertTrue(segment.matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+"), "not one encoded segment: " + segment);
    assertEquals(summary, percentDecoded(segment));
  }

  @Provide
  Arbitrary<String> summaries() {
    Arbitrary<Character> reserved = Arbitraries.of('/', '?', '#', '%', ' ', '+', '&', '=', ';', ':', '@', '[', ']', '\\',
        '"', '<', '>', '{', '}', '|', '^', '`', '\'', '.', '\u00e9', '\u4e2d', '\u00a0');
    Arbitrary<String> unicode = AssociationBodiesRoundTripTest.text();
    Arbitrary<String> withReserved = Arbitraries.strings().withChars('a', 'Z', '0', '-').withCharRange('\u0000', '\u007f')
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).list().ofMinSize(1).ofMaxSize(4)
        .map(points -> new String(points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size()));
    return Arbitraries.oneOf(unicode, withReserved, astral,
            reserved.list().ofMinSize(1).ofMaxSize(8).map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat)),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10).filter(SummaryPathEncodingTest::wellFormed))
        // What the SDK refuses before sending: blank, all digits (an ID), "." and "..".
        .filter(s -> !s.isBlank() && !s.chars().allMatch(c -> c >= '0' && c <= '9') && !s.equals(".") && !s.equals(".."));
  }

  private static boolean wellFormed(String s) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }

  /** Strict percent-decoding: {@code %XX} to bytes, everything else as is ({@code +} stays {@code +}). */
  private static String percentDecoded(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
