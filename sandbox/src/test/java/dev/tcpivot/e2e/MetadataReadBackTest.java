package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.Attribute;
import dev.tcpivot.AttributeInfo;
import dev.tcpivot.Metadata;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.Tag;
import dev.tcpivot.TagInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimField;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tags, Security Labels and Attributes read back typed through the SDK: the models' {@code tags()},
 * {@code securityLabels()} and {@code attributes()}, asked for with the {@code fields} constants
 * (v3/update_metadata.rst L106-226, v3/indicators/create.rst L27-125).
 */
@ExtendWith(SandboxExtension.class)
class MetadataReadBackTest {
  /**
   * update_metadata.rst L106-143: TLP:RED replaces the labels, Russia is appended to the Tags;
   * the response carries them as Tag and Security Label objects (L157-188), and the default
   * Description is the description (indicators/create.rst L68-76, L113).
   */
  @Test
  void anIndicatorsMetadataIsTyped(ThreatConnect tc) {
    tc.indicators()
        .create(
            IndicatorCreate.host("typed.example")
                .attributes(Attribute.of("Description", "This host is very dangerous").asDefault())
                .securityLabels(SecurityLabel.of("TLP:AMBER"))
                .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
                .build());
    Indicator updated =
        tc.indicators()
            .update(
                "typed.example",
                IndicatorUpdate.builder()
                    .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
                    .tags(Metadata.append(Tag.of("Russia")))
                    .build(),
                IndicatorField.ATTRIBUTES,
                IndicatorField.SECURITY_LABELS,
                IndicatorField.TAGS);

    assertEquals(
        List.of("Targeted Attack", "Phishing", "Russia"),
        updated.tags().stream().map(TagInfo::name).collect(Collectors.toList()));
    TagInfo phishing = updated.tags().get(1);
    assertEquals("T1566", phishing.techniqueId());
    assertTrue(phishing.id() > 0);
    assertTrue(phishing.lastUsed() != null);
    SecurityLabelInfo red = updated.securityLabels().get(0);
    assertEquals(1, updated.securityLabels().size());
    assertEquals("TLP:RED", red.name());
    assertEquals("FF2B2B", red.color());
    assertEquals("System", red.owner());
    AttributeInfo description = updated.attributes().get(0);
    assertEquals("Description", description.type());
    assertEquals("This host is very dangerous", description.value());
    assertEquals(Boolean.TRUE, description.isDefault());
    assertEquals(Boolean.FALSE, description.pinned());
    assertTrue(description.id() > 0);
    assertEquals("This host is very dangerous", updated.description());
  }

  /** Without the fields constants the lists are empty: they are not included by default. */
  @Test
  void theListsAreEmptyUnlessAskedFor(ThreatConnect tc) {
    Victim victim =
        tc.victims().create(VictimCreate.of("Typed Victim").tags(Tag.of("VIP")).build());
    assertEquals(List.of(), victim.tags());
    Victim read = tc.victims().get(victim.id(), VictimField.TAGS);
    assertEquals(List.of("VIP"), read.tags().stream().map(TagInfo::name).collect(Collectors.toList()));
  }

  /** v3/update_metadata.rst L33-42: a Case takes Attributes and Tags. */
  @Test
  void aCaseTagsAndAttributes(ThreatConnect tc) {
    Case created =
        tc.cases()
            .create(
                CaseCreate.of("Typed Case", CaseSeverity.LOW, CaseStatus.OPEN)
                    .tags(Tag.of("Phishing Investigation"))
                    .attributes(Attribute.of("Summary of Case Findings", "Nothing yet"))
                    .build(),
                CaseField.TAGS,
                CaseField.ATTRIBUTES);
    assertEquals("Phishing Investigation", created.tags().get(0).name());
    assertEquals("Nothing yet", created.attributes().get(0).value());
  }
}
