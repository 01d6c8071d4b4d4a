package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * v3/groups/groups.rst L10-12: a Group is named by its ID or, with the owner query parameter, by
 * its XID (retrieve.rst, update.rst and delete.rst show {@code /v3/groups/{groupXid}?owner=}).
 */
@ExtendWith(SandboxExtension.class)
class GroupByXidTest {
  private static final String XID = "a1a1a1a1-a1a1-a1a1-a1a1-a1a1a1a1a1a1";

  @Test
  void readsUpdatesAndDeletesAGroupByXidWithinItsOwner(ThreatConnect tc) {
    Group created =
        tc.groups().create(GroupCreate.adversary("Bad Guy").xid(XID).ownerName(Existing.DEMO_SOURCE).build());

    Group read = tc.groups().inOwner(Existing.DEMO_SOURCE).getByXid(XID);
    assertEquals(created.id(), read.id());

    Group updated =
        tc.groups().inOwner(Existing.DEMO_SOURCE)
            .updateByXid(XID,
                GroupUpdate.builder().name("Bad Guy Reloaded").associatedIndicators(IndicatorRef.host("bad.example")).build(),
                GroupField.ASSOCIATED_INDICATORS);
    assertEquals("Bad Guy Reloaded", updated.name());
    assertEquals("bad.example", updated.associatedIndicators().get(0).summary());

    tc.groups().inOwner(Existing.DEMO_SOURCE).deleteByXid(XID);
    ThreatConnectException gone =
        assertThrows(ThreatConnectException.class, () -> tc.groups().get(created.id()));
    assertEquals(404, gone.status());
  }

  @Test
  void anXidIsLookedUpOnlyInTheOwnerNamed(ThreatConnect tc) {
    tc.groups().create(GroupCreate.campaign("Spring Wave").xid("spring-wave").build());
    ThreatConnectException elsewhere =
        assertThrows(ThreatConnectException.class,
            () -> tc.groups().inOwner(Existing.DEMO_COMMUNITY).getByXid("spring-wave"));
    assertEquals(404, elsewhere.status());
    assertEquals("Spring Wave", tc.groups().inOwner("Demo Organization").getByXid("spring-wave").name());
  }

  @Test
  void withoutAnOwnerNothingIsSent(ThreatConnect tc) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tc.groups().getByXid("spring-wave"));
    assertEquals(
        "a Group XID names an object only within its owner (the owner query parameter); call"
            + " inOwner(ownerName) first",
        e.getMessage());
  }
}
