package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Associations;
import dev.tcpivot.Metadata;
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
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/indicators/update.rst, "Example PUT Request", L35-107. */
@ExtendWith(SandboxExtension.class)
class IndicatorUpdateExampleTest {
  /**
   * L48-78: on ultrabadguy.com, DNS off, the Bad Guy Adversary dissociated (by its ID, 15 in the
   * example), confidence 92, Security Labels replaced by TLP:RED, the Russia Tag appended.
   */
  @Test
  void updateHostDissociatesBadGuyAndChangesMetadata(ThreatConnect tc) {
    Group dangerous = tc.groups().create(GroupCreate.incident("Dangerous Incident").build());
    Group badGuy = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    Indicator host =
        tc.indicators()
            .create(
                IndicatorCreate.host("ultrabadguy.com")
                    .dnsActive(true)
                    .confidence(85)
                    .associatedGroups(GroupRef.id(dangerous.id()), GroupRef.id(badGuy.id()))
                    .securityLabels(SecurityLabel.of("TLP:AMBER"))
                    .tags(Tag.of("Targeted Attack"))
                    .build());

    Indicator updated =
        tc.indicators()
            .update(
                "ultrabadguy.com",
                IndicatorUpdate.builder()
                    .dnsActive(false)
                    .associatedGroups(Associations.delete(GroupRef.id(badGuy.id())))
                    .confidence(92)
                    .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
                    .tags(Metadata.append(Tag.of("Russia")))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);

    Indicator read =
        tc.indicators()
            .get(
                host.id(),
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);
    for (Indicator after : List.of(updated, read)) {
      assertEquals(Boolean.FALSE, after.dnsActive());
      assertEquals(92, after.confidence());
      assertEquals(List.of(dangerous.id()), ReadBack.ids(after.associatedGroups(), Group::id));
      assertEquals(List.of("TLP:RED"), ReadBack.names(after.asMap(), "securityLabels"));
      assertEquals(List.of("Targeted Attack", "Russia"), ReadBack.names(after.asMap(), "tags"));
    }
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups().get(badGuy.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));
  }
}
