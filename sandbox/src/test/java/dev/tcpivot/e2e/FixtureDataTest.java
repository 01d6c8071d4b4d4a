package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxData;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.GroupQuery;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @SandboxData} with {@code @SandboxPerMethod}: every test method starts from world.json,
 * whose objects name each other by xid, name and summary; the SDK pivots over them.
 */
@SandboxPerMethod
@SandboxData("world.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixtureDataTest {
  @Test
  @Order(1)
  void theFixturesAssociationsArePivots(ThreatConnect tc) {
    Indicator host = tc.indicators().inOwner("Demo Source").get("badguy.com", IndicatorField.ASSOCIATED_GROUPS);
    assertEquals(List.of("Bad Guy"), host.associatedGroups().stream().map(Group::name).collect(Collectors.toList()));
    List<String> withTheAdversary =
        tc.indicators()
            .list(IndicatorQuery.hasGroup(GroupQuery.summary().eq("Bad Guy")))
            .stream()
            .map(Indicator::summary)
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("ASN204288", "badguy.com"), withTheAdversary);
    Indicator asn = tc.indicators().get("ASN204288", IndicatorField.ASSOCIATED_INDICATORS);
    assertEquals("66.96.146.129", asn.associatedIndicators().get(0).summary());
    tc.indicators().delete("ASN204288");
  }

  @Test
  @Order(2)
  void theNextMethodStartsFromTheFixtureAgain(ThreatConnect tc) {
    assertEquals(3, tc.indicators().count());
    assertEquals(1, tc.groups().count());
  }
}
