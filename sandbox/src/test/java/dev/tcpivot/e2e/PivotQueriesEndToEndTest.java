package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.sandbox.SandboxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Typed queries sent by the SDK and answered by the sandbox over HTTP (v3/filter_results.rst; the
 * keywords of tql.table). The sandbox serves every method of the class, so each method makes
 * objects with names of its own and asks only about them.
 */
@ExtendWith(SandboxExtension.class)
class PivotQueriesEndToEndTest {

  /** A Campaign and an Incident that share one Host; each also has Indicators of its own. */
  private record Wave(Group campaign, Group incident) {}

  private static Wave wave(ThreatConnect tc, String prefix) {
    Group campaign =
        tc.groups().create(GroupCreate.campaign(prefix + " campaign")
            .associatedIndicators(
                NewIndicator.host(prefix + "-a.example"),
                NewIndicator.host(prefix + "-shared.example"),
                NewIndicator.emailAddress(prefix + "@bad.example"))
            .build());
    Group incident =
        tc.groups().create(GroupCreate.incident(prefix + " incident")
            .associatedIndicators(NewIndicator.host(prefix + "-shared.example"), NewIndicator.host(prefix + "-b.example"))
            .build());
    return new Wave(campaign, incident);
  }

  private static List<String> summaries(ThreatConnect tc, IndicatorQuery query) {
    return tc.indicators().list(query).stream().map(Indicator::summary).sorted().toList();
  }

  private static List<String> names(ThreatConnect tc, GroupQuery query) {
    return tc.groups().list(query).stream().map(Group::name).sorted().toList();
  }

  @Test
  void theIndicatorsOfACampaign(ThreatConnect tc) {
    Wave wave = wave(tc, "one");
    assertEquals(
        List.of("one-a.example", "one-shared.example", "one@bad.example"),
        summaries(tc, IndicatorQuery.hasGroup(GroupQuery.id().eq(wave.campaign().id()))));
  }

  @Test
  void theGroupsOfAnIndicatorTheOtherWayRound(ThreatConnect tc) {
    wave(tc, "two");
    assertEquals(
        List.of("two campaign", "two incident"),
        names(tc, GroupQuery.hasIndicator(IndicatorQuery.summary().eq("two-shared.example"))));
    assertEquals(
        List.of("two incident"),
        names(tc, GroupQuery.hasIndicator(IndicatorQuery.summary().eq("two-b.example"))));
  }

  @Test
  void theGroupsTwoHopsAway(ThreatConnect tc) {
    wave(tc, "three");
    // three-b.example -> the incident -> its Indicators (three-shared.example among them) -> their Groups.
    GroupQuery twoHops =
        GroupQuery.hasIndicator(
            IndicatorQuery.hasGroup(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("three-b.example"))));
    assertEquals(List.of("three campaign", "three incident"), names(tc, twoHops));
  }

  @Test
  void andBindsTighterThanOr(ThreatConnect tc) {
    Wave wave = wave(tc, "four");
    IndicatorQuery inCampaign = IndicatorQuery.hasGroup(GroupQuery.id().eq(wave.campaign().id()));
    // typeName = "EmailAddress" OR (summary = "four-b.example" AND hasGroup(campaign)): four-b is
    // not in the campaign, so of this wave only its Email Address matches.
    IndicatorQuery query =
        IndicatorQuery.typeName().eq("EmailAddress")
            .or(IndicatorQuery.summary().eq("four-b.example").and(inCampaign));
    assertTrue(summaries(tc, query).contains("four@bad.example"));
    assertFalse(summaries(tc, query).contains("four-b.example"));
    // (typeName = "EmailAddress" OR summary = "four-b.example") AND hasGroup(campaign)
    IndicatorQuery grouped =
        IndicatorQuery.typeName().eq("EmailAddress").or(IndicatorQuery.summary().eq("four-b.example")).and(inCampaign);
    assertEquals(List.of("four@bad.example"), summaries(tc, grouped));
  }

  @Test
  void stringOperators(ThreatConnect tc) {
    wave(tc, "five");
    assertEquals(
        List.of("five-a.example", "five-b.example", "five-shared.example"),
        summaries(tc, IndicatorQuery.summary().startsWith("five-").and(IndicatorQuery.typeName().in("Host"))));
    assertEquals(List.of("five-shared.example"), summaries(tc, IndicatorQuery.summary().contains("five-sha")));
    assertEquals(
        List.of("five@bad.example"),
        summaries(tc, IndicatorQuery.summary().endsWith("@bad.example").and(IndicatorQuery.summary().startsWith("five"))));
  }

  @Test
  void quotesAndBackslashesInANameAreEscaped(ThreatConnect tc) {
    String name = "six \"Bad\" O'Brien \\ `x`";
    tc.groups().create(GroupCreate.adversary(name).build());
    assertEquals(List.of(name), names(tc, GroupQuery.summary().eq(name)));
  }

  @Test
  void datesCompareAsTheApiCompares(ThreatConnect tc) {
    wave(tc, "seven");
    Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
    IndicatorQuery seven = IndicatorQuery.summary().startsWith("seven");
    assertEquals(4, summaries(tc, seven.and(IndicatorQuery.dateAdded().gt(yesterday))).size());
    assertEquals(List.of(), summaries(tc, seven.and(IndicatorQuery.dateAdded().lt(yesterday))));
  }

  @Test
  void countsWithAndWithoutAQuery(ThreatConnect tc) {
    Wave wave = wave(tc, "eight");
    IndicatorQuery hostsInCampaign =
        IndicatorQuery.typeName().eq("Host").and(IndicatorQuery.hasGroup(GroupQuery.id().eq(wave.campaign().id())));
    assertEquals(2, tc.indicators().count(hostsInCampaign));
    long all = tc.indicators().count();
    assertEquals(tc.indicators().list(IndicatorQuery.id().gt(0)).stream().count(), all);
    assertTrue(all >= 4);
  }

  @Test
  void aQueryWithFields(ThreatConnect tc) {
    Wave wave = wave(tc, "nine");
    List<Indicator> shared =
        tc.indicators().list(IndicatorQuery.summary().eq("nine-shared.example"), IndicatorField.ASSOCIATED_GROUPS)
            .stream().toList();
    assertEquals(1, shared.size());
    assertEquals(
        List.of(wave.campaign().id(), wave.incident().id()),
        shared.get(0).associatedGroups().stream().map(Group::id).sorted().toList());
  }
}
