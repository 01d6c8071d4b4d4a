package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/victim_assets/update.rst, L15-54. */
@ExtendWith(SandboxExtension.class)
class VictimAssetUpdateExampleTest {
  /**
   * L25-38: a new Bad Incident Group associated to a WebSite Victim Asset whose website changes.
   * The hint at L21 says {@code ?fields=groups}; the value the endpoint accepts (and the only one
   * {@code VictimAssetField} offers) is {@code associatedGroups}.
   */
  @Test
  void associateANewIncidentAndChangeTheWebsite(ThreatConnect tc) {
    long victimId = new Existing(tc).aVictim().id();
    VictimAsset asset =
        tc.victimAssets().create(VictimAssetCreate.webSite(victimId, "badwebsite.com").build());

    VictimAsset updated =
        tc.victimAssets()
            .update(
                asset.id(),
                VictimAssetUpdate.builder()
                    .associatedGroups(NewGroup.incident("Bad Incident"))
                    .website("hackerwebsite.com")
                    .build(),
                VictimAssetField.ASSOCIATED_GROUPS);

    VictimAsset read = tc.victimAssets().get(asset.id(), VictimAssetField.ASSOCIATED_GROUPS);
    for (VictimAsset after : List.of(updated, read)) {
      assertEquals("WebSite", after.type());
      assertEquals(Long.valueOf(victimId), after.victimId());
      assertEquals("hackerwebsite.com", after.website());
      assertEquals(1, after.associatedGroups().size(), after::toString);
      assertEquals("Bad Incident", after.associatedGroups().get(0).name());
      assertEquals("Incident", after.associatedGroups().get(0).type());
    }
    Group incident =
        tc.groups().get(read.associatedGroups().get(0).id(), GroupField.ASSOCIATED_VICTIM_ASSETS);
    assertEquals(
        List.of(asset.id()), ReadBack.ids(incident.associatedVictimAssets(), VictimAsset::id));
  }
}
