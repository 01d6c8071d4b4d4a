package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The examples in the javadoc of {@code @ThreatConnectClient} and {@code @Associate}, declared the
 * way a team would write them, inside the class that uses them.
 */
@ExtendWith(SandboxExtension.class)
class AnnotationExamplesClientTest {
  @ThreatConnectClient
  interface PhishingTriage {
    @Update("indicators")
    @Include("associatedGroups")
    Indicator linkToCampaign(@Key String host, @Associate("Groups") long campaignId);
  }

  @ThreatConnectClient
  interface GroupLinks {
    @Update("groups")
    Group link(@Key long groupId, @Associate("Indicators") List<Long> indicatorIds);

    @Update("indicators")
    void unlink(
        @Key String summary,
        @Associate(value = "Groups", mode = Associate.Mode.DELETE) long groupId);
  }

  @Test
  void phishingTriageLinksAHostToACampaign(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Indicator host = existing.aHost();
    Group campaign = tc.groups().create(GroupCreate.campaign(Unique.name("Campaign")).build());

    Indicator linked =
        tc.create(PhishingTriage.class).linkToCampaign(host.hostName(), campaign.id());

    assertEquals(List.of(campaign.id()), ReadBack.ids(linked.associatedGroups(), Group::id));
    assertEquals(
        List.of(host.id()),
        ReadBack.ids(
            tc.groups().get(campaign.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
  }

  @Test
  void groupLinksIndicatorsByIdAndAnIndicatorUnlinksTheGroup(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group group = existing.aGroup();
    Indicator host = existing.aHost();
    Indicator address = existing.anAddress();
    GroupLinks links = tc.create(GroupLinks.class);

    links.link(group.id(), List.of(host.id(), address.id()));
    links.unlink(host.hostName(), group.id());

    assertEquals(
        List.of(address.id()),
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.indicators().get(host.id(), IndicatorField.ASSOCIATED_GROUPS).associatedGroups(),
            Group::id));
  }

  @Test
  void anIdListWithANullOrANonPositiveIdIsRefusedBeforeAnythingIsSent(ThreatConnect tc) {
    Group group = new Existing(tc).aGroup();
    long host = new Existing(tc).aHost().id();
    GroupLinks links = tc.create(GroupLinks.class);

    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> links.link(group.id(), List.of(host, 0L)));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> links.link(group.id(), Arrays.asList(host, null)));

    assertEquals("indicatorIds[1] must be a positive ID, not 0", zero.getMessage());
    assertEquals("indicatorIds[1] must not be null", missing.getMessage());
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
  }
}
