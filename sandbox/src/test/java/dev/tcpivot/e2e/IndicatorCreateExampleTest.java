package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.Attribute;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.NewGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/indicators/create.rst, "Example POST Request", L27-125. */
@ExtendWith(SandboxExtension.class)
class IndicatorCreateExampleTest {
  /**
   * L47-96: the ultrabadguy.com Host with DNS and Whois active, the existing Group 12 and a new Bad
   * Guy Adversary in a Source, a Description, ratings, TLP:AMBER and two Tags.
   */
  @Test
  void createHostWithExistingGroupAndNewAdversaryInASource(ThreatConnect tc) {
    Group twelve = tc.groups().create(GroupCreate.incident("Dangerous Incident").build());

    Indicator created =
        tc.indicators()
            .create(
                IndicatorCreate.host("ultrabadguy.com")
                    .dnsActive(true)
                    .whoisActive(true)
                    .active(true)
                    .associatedGroups(
                        GroupRef.id(twelve.id()),
                        NewGroup.adversary("Bad Guy").ownerName("Demo Source"))
                    .attributes(
                        Attribute.of("Description", "This host is very dangerous").asDefault())
                    .confidence(85)
                    .rating(BigDecimal.valueOf(5))
                    .securityLabels(SecurityLabel.of("TLP:AMBER"))
                    .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.ATTRIBUTES,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);

    Indicator read =
        tc.indicators()
            .get(
                "ultrabadguy.com",
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.ATTRIBUTES,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);
    for (Indicator host : List.of(created, read)) {
      assertEquals("Host", host.type());
      assertEquals("ultrabadguy.com", host.summary());
      assertEquals(Boolean.TRUE, host.dnsActive());
      assertEquals(Boolean.TRUE, host.whoisActive());
      assertEquals(Boolean.TRUE, host.active());
      assertEquals(85, host.confidence());
      assertEquals(0, BigDecimal.valueOf(5).compareTo(host.rating()));
      assertEquals(
          Set.of("Dangerous Incident@Demo Organization", "Bad Guy@Demo Source"),
          host.associatedGroups().stream()
              .map(g -> g.name() + "@" + g.ownerName())
              .collect(Collectors.toSet()));
      List<Map<?, ?>> attributes = ReadBack.items(host.asMap(), "attributes");
      assertEquals(1, attributes.size(), attributes::toString);
      assertEquals("This host is very dangerous", attributes.get(0).get("value"));
      assertEquals(List.of("TLP:AMBER"), ReadBack.names(host.asMap(), "securityLabels"));
      assertEquals(2, ReadBack.items(host.asMap(), "tags").size());
      assertTrue(ReadBack.names(host.asMap(), "tags").contains("Targeted Attack"));
    }
    Group badGuy =
        read.associatedGroups().stream()
            .filter(g -> g.name().equals("Bad Guy"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(created.id()),
        ReadBack.ids(
            tc.groups().get(badGuy.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
  }

  /**
   * L18-19: a POST of an Indicator that already exists in the owner updates it; the associations of
   * the second POST are added to those of the first.
   */
  @Test
  void postOfAnExistingIndicatorUpdatesItAndAddsItsAssociations(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group first = existing.aGroup();
    Group second = existing.aGroup();

    Indicator created =
        tc.indicators()
            .create(
                IndicatorCreate.emailAddress("badguy@bad.com")
                    .associatedGroups(GroupRef.id(first.id()))
                    .build());
    Indicator again =
        tc.indicators()
            .create(
                IndicatorCreate.emailAddress("badguy@bad.com")
                    .confidence(60)
                    .associatedGroups(GroupRef.id(second.id()))
                    .build());

    assertEquals(created.id(), again.id());
    Indicator read = tc.indicators().get("badguy@bad.com", IndicatorField.ASSOCIATED_GROUPS);
    assertEquals(60, read.confidence());
    assertEquals(
        List.of(first.id(), second.id()), ReadBack.ids(read.associatedGroups(), Group::id));
  }
}
