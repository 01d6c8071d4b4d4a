package com.example.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The declared client and the typed SDK against the sandbox. SandboxExtension starts one sandbox
 * for this class: every test method (and the @Nested class) talks to the same server and sees what
 * the others created, so each test makes its own objects and asserts only on them.
 */
@ExtendWith(SandboxExtension.class)
class HostTriageTest {
  private static Sandbox shared;

  @BeforeAll
  static void remember(Sandbox sandbox) {
    shared = sandbox;
  }

  @Test
  void attachesHostsToACampaignAndPivotsBack(ThreatConnect tc) {
    Campaigns campaigns = new Campaigns(tc);
    Group campaign = campaigns.start("Spring 2026");
    HostTriage triage = tc.create(HostTriage.class);

    Group linked = triage.attachHosts(campaign.id(), List.of("badguy.com", "ultrabadguy.com"));

    assertEquals(2, linked.associatedIndicators().size(), linked.toString());
    assertEquals(List.of("badguy.com", "ultrabadguy.com"), campaigns.hostsOf(campaign.id()).stream().sorted().toList());
    Indicator host = triage.host("badguy.com");
    assertEquals(campaign.id(), host.associatedGroups().get(0).id());
    assertTrue(host.toString().contains("associatedGroups=[" + campaign.id() + " \"Spring 2026\" (Campaign)]"),
        host.toString());
  }

  @Test
  void theServerRefusesWhatOnlyItCanKnow(ThreatConnect tc, Sandbox sandbox) {
    // Victims take no associations across owners; an ID in another owner compiles, and the server says no.
    Group inSource = tc.groups().inOwner(sandbox.source().name()).create(GroupCreate.adversary("Bad Guy").build());
    Victim victim = tc.victims().create(VictimCreate.of("Jane Doe").build());
    ThreatConnectException refused = assertThrows(ThreatConnectException.class,
        () -> tc.victims().update(victim.id(), VictimUpdate.builder().associatedGroups(GroupRef.id(inSource.id())).build()));
    assertEquals(400, refused.status(), refused.getMessage());

    // An Address is associated to an ASN, not the other way round: the wrong direction compiles, and
    // the server refuses it (a declared client gets the processor's warning for it).
    tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    tc.indicators().update("ASN204288",
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.address("66.96.146.129")).build());
    ThreatConnectException wrongWay = assertThrows(ThreatConnectException.class,
        () -> tc.indicators().update("66.96.146.129",
            IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build()));
    assertEquals(400, wrongWay.status(), wrongWay.getMessage());
  }

  @Test
  void everyMethodGetsTheClassSandbox(Sandbox sandbox) {
    assertSame(shared, sandbox);
  }

  @Nested
  class InANestedClass {
    @Test
    void theOuterClassSandboxIsShared(Sandbox sandbox) {
      assertSame(shared, sandbox);
    }
  }
}
