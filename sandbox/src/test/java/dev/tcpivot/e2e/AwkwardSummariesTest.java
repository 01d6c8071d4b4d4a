package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An Indicator is addressed by its summary in the path (v3/indicators/indicators.rst L10;
 * retrieve.rst, update.rst, delete.rst). Summaries with spaces, {@code /}, {@code ?}, {@code #},
 * {@code %}, {@code +}, {@code :} and non-ASCII characters survive create, get, update and delete
 * by summary.
 */
@ExtendWith(SandboxExtension.class)
class AwkwardSummariesTest {
  static Stream<Arguments> awkward() {
    return Stream.of(
        Arguments.of(
            "a URL with a query and a fragment",
            IndicatorCreate.url("http://bad.example/a?b=c#d"),
            "http://bad.example/a?b=c#d"),
        Arguments.of(
            "a URL with a space, %, an escape and a non-ASCII path",
            IndicatorCreate.url("http://bad.example/dir name/100%/%41/ünïcødé?x=1&y=a b"),
            "http://bad.example/dir name/100%/%41/ünïcødé?x=1&y=a b"),
        Arguments.of("a CIDR block", IndicatorCreate.cidr("203.0.113.0/24"), "203.0.113.0/24"),
        Arguments.of(
            "an Email Subject",
            IndicatorCreate.emailSubject("Re: 50% off? #deal / act now"),
            "Re: 50% off? #deal / act now"),
        Arguments.of(
            "a non-ASCII Email Subject",
            IndicatorCreate.emailSubject("Überweisung – dringend ✓ 東京"),
            "Überweisung – dringend ✓ 東京"),
        Arguments.of(
            "an Email Subject with plus signs and an emoji",
            IndicatorCreate.emailSubject("C++ kit 😈 + free"),
            "C++ kit 😈 + free"),
        Arguments.of(
            "a Mutex with a backslash",
            IndicatorCreate.mutex("Global\\evil/mutex?#%"),
            "Global\\evil/mutex?#%"),
        Arguments.of("a Hashtag", IndicatorCreate.hashtag("#malware"), "#malware"),
        Arguments.of(
            "a User Agent",
            IndicatorCreate.userAgent(
                "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/115.0"),
            "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/115.0"),
        // other/common_errors.rst: a Host must be ASCII, an internationalised one in punycode (the SDK
        // refuses the Unicode form before sending and names the punycode one).
        Arguments.of(
            "an internationalised Host in punycode",
            IndicatorCreate.host("xn--bcher-bse-67a3d.example"),
            "xn--bcher-bse-67a3d.example"),
        // v3/indicators/mergeFileHashes.rst L36: the summary of a File with two hashes is "<MD5> :
        // <SHA1>".
        Arguments.of(
            "a File with two hashes",
            IndicatorCreate.fileMd5("AAAABBBBCCCCDDDDEEEEFFFF00001111")
                .sha1("AAAABBBBCCCCDDDDEEEEFFFF0000111122223333"),
            "AAAABBBBCCCCDDDDEEEEFFFF00001111 : AAAABBBBCCCCDDDDEEEEFFFF0000111122223333"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkward")
  void createGetUpdateAndDeleteBySummary(
      String description, IndicatorCreate.Builder create, String summary, ThreatConnect tc) {
    Group group = new Existing(tc).aGroup();
    Indicator created = tc.indicators().create(create.build());
    assertEquals(summary, created.summary());

    assertEquals(created.id(), tc.indicators().get(summary).id());

    Indicator updated =
        tc.indicators()
            .update(
                summary,
                IndicatorUpdate.builder()
                    .confidence(77)
                    .associatedGroups(GroupRef.id(group.id()))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS);
    assertEquals(77, updated.confidence());
    assertEquals(List.of(group.id()), ReadBack.ids(updated.associatedGroups(), Group::id));
    assertEquals(77, tc.indicators().get(created.id()).confidence());
    assertEquals(
        List.of(created.id()),
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));

    tc.indicators().delete(summary);

    assertEquals(
        404,
        assertThrows(ThreatConnectException.class, () -> tc.indicators().get(summary)).status());
    assertEquals(
        404,
        assertThrows(ThreatConnectException.class, () -> tc.indicators().get(created.id()))
            .status());
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
  }
}
