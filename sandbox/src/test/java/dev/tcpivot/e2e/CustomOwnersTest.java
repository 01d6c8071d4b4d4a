package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewGroup;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Code written against a real instance's owners runs unchanged against a sandbox that names its
 * owners the same way: {@code inOwner(...)} (v3/specify_owner.rst L7-9) and {@code ownerName} in
 * refs (v3/associations.rst L141-166, an Indicator in a Source named next to its summary).
 */
class CustomOwnersTest {
  private static Sandbox sandbox;
  private static ThreatConnect tc;

  @BeforeAll
  static void start() {
    sandbox =
        Sandbox.builder()
            .organization("Acme")
            .community("Acme Sharing")
            .source("Acme Feeds")
            .start();
    tc =
        ThreatConnect.builder()
            .baseUrl(sandbox.baseUrl())
            .hmac(sandbox.accessId(), sandbox.secretKey())
            .build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void objectsLiveInTheInstancesOwners() {
    Indicator inFeeds = tc.indicators().inOwner("Acme Feeds").create(IndicatorCreate.host("feeds.example").build());
    assertEquals("Acme Feeds", inFeeds.ownerName());
    Indicator inOrganization = tc.indicators().create(IndicatorCreate.host("feeds.example").build());
    assertEquals("Acme", inOrganization.ownerName());
    assertEquals(inFeeds.id(), tc.indicators().inOwner("Acme Feeds").get("feeds.example").id());
  }

  @Test
  void refsNameTheInstancesOwners() {
    Indicator host =
        tc.indicators()
            .create(
                IndicatorCreate.host("shared.example")
                    .associatedGroups(NewGroup.adversary("Sharing Adversary").ownerName("Acme Sharing"))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS);
    List<Group> groups = host.associatedGroups();
    assertEquals(1, groups.size());
    assertEquals("Acme Sharing", groups.get(0).ownerName());

    tc.indicators().inOwner("Acme Feeds").create(IndicatorCreate.address("198.51.100.7").build());
    Group campaign = tc.groups().create(GroupCreate.campaign("Acme Campaign").build());
    Group updated =
        tc.groups()
            .update(
                campaign.id(),
                GroupUpdate.builder()
                    .associatedIndicators(IndicatorRef.address("198.51.100.7").ownerName("Acme Feeds"))
                    .build(),
                GroupField.ASSOCIATED_INDICATORS);
    assertEquals(1, updated.associatedIndicators().size());
    Indicator linked = updated.associatedIndicators().get(0);
    assertEquals("Acme Feeds", linked.ownerName());
    assertEquals("198.51.100.7", linked.summary());
  }
}
