package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tcpivot.ListOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Indicators;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * v3/indicators/indicators.rst L5-10: Indicators are unique within an owner, and a summary in the
 * path is looked up in the Organization unless the {@code owner} query parameter
 * (v3/specify_owner.rst) names a Community or Source.
 */
@ExtendWith(SandboxExtension.class)
class OwnerParameterTest {
  @Test
  void theSameSummaryInTwoOwnersIsTwoIndicatorsEachAddressedWithItsOwner(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group group = existing.aGroup();
    Indicators inSource = tc.indicators().inOwner(Existing.DEMO_SOURCE);
    Indicator ofOrganization = tc.indicators().create(IndicatorCreate.host("badguy.com").build());
    Indicator ofSource = inSource.create(IndicatorCreate.host("badguy.com").build());
    assertNotEquals(ofOrganization.id(), ofSource.id());
    assertEquals(Existing.DEMO_SOURCE, ofSource.ownerName());

    inSource.update(
        "badguy.com", IndicatorUpdate.builder().associatedGroups(GroupRef.id(group.id())).build());

    assertEquals(
        List.of(group.id()),
        ReadBack.ids(
            inSource.get("badguy.com", IndicatorField.ASSOCIATED_GROUPS).associatedGroups(),
            Group::id));
    Indicator organizations = tc.indicators().get("badguy.com", IndicatorField.ASSOCIATED_GROUPS);
    assertEquals(ofOrganization.id(), organizations.id());
    assertEquals(List.of(), ReadBack.ids(organizations.associatedGroups(), Group::id));

    List<Long> listedInSource =
        tc
            .indicators()
            .list(
                ListOptions.builder()
                    .owner(Existing.DEMO_SOURCE)
                    .tql("summary EQ \"badguy.com\"")
                    .build())
            .stream()
            .map(Indicator::id)
            .collect(Collectors.toList());
    assertEquals(List.of(ofSource.id()), listedInSource);

    inSource.delete("badguy.com");
    assertEquals(ofOrganization.id(), tc.indicators().get("badguy.com").id());
  }
}
