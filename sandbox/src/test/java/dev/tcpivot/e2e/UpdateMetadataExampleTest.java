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
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/update_metadata.rst, "Example Request", L103-226. */
@ExtendWith(SandboxExtension.class)
class UpdateMetadataExampleTest {
  /**
   * L116-144: one PUT to ultrabadguy.com that dissociates Group 15 (mode delete), replaces the
   * Security Labels with TLP:RED (mode replace) and appends the Russia Tag (mode append); the
   * response of L148-226 keeps Group 12 and the two earlier Tags.
   */
  @Test
  void onePutDeletesAGroupReplacesLabelsAndAppendsATag(ThreatConnect tc) {
    Group twelve = tc.groups().create(GroupCreate.incident("Dangerous Incident").build());
    Group fifteen = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    tc.indicators()
        .create(
            IndicatorCreate.host("ultrabadguy.com")
                .associatedGroups(GroupRef.id(twelve.id()), GroupRef.id(fifteen.id()))
                .securityLabels(SecurityLabel.of("TLP:AMBER"), SecurityLabel.of("TLP:GREEN"))
                .tags(Tag.of("Malicious Host"), Tag.of("Targeted Attack"))
                .build());

    Indicator response =
        tc.indicators()
            .update(
                "ultrabadguy.com",
                IndicatorUpdate.builder()
                    .associatedGroups(Associations.delete(GroupRef.id(fifteen.id())))
                    .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
                    .tags(Metadata.append(Tag.of("Russia")))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);

    Indicator read =
        tc.indicators()
            .get(
                "ultrabadguy.com",
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);
    for (Indicator host : List.of(response, read)) {
      assertEquals(List.of(twelve.id()), ReadBack.ids(host.associatedGroups(), Group::id));
      assertEquals("Dangerous Incident", host.associatedGroups().get(0).name());
      assertEquals(List.of("TLP:RED"), ReadBack.names(host.asMap(), "securityLabels"));
      assertEquals(
          List.of("Malicious Host", "Targeted Attack", "Russia"),
          ReadBack.names(host.asMap(), "tags"));
    }
  }
}
