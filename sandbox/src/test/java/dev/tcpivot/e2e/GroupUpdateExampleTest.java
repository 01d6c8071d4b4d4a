package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tcpivot.Attribute;
import dev.tcpivot.Metadata;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IncidentStatus;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewIndicator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/groups/update.rst, "Example PUT Request", L44-127. */
@ExtendWith(SandboxExtension.class)
class GroupUpdateExampleTest {
  /**
   * L60-95: the Bad Incident Group of groups/create.rst L37-55 gets an existing Email Address of
   * Demo Community (by type, summary and ownerName) and a new Host in the Organization, a
   * Description, a new status, and loses its Targeted Attack Tag.
   */
  @Test
  void associateAnIndicatorOfACommunityAndANewHost(ThreatConnect tc) {
    Group incident =
        tc.groups()
            .create(
                GroupCreate.incident("Bad Incident")
                    .eventDate(Instant.parse("2021-11-03T00:00:00Z"))
                    .status(IncidentStatus.NEW)
                    .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
                    .build());
    Indicator email =
        tc.indicators()
            .create(
                IndicatorCreate.emailAddress("verybadguy@bad.com")
                    .ownerName(Existing.DEMO_COMMUNITY)
                    .build());

    Group updated =
        tc.groups()
            .update(
                incident.id(),
                GroupUpdate.builder()
                    .associatedIndicators(
                        IndicatorRef.emailAddress("verybadguy@bad.com")
                            .ownerName(Existing.DEMO_COMMUNITY),
                        NewIndicator.host("ultrabadguy.com"))
                    .attributes(Attribute.of("Description", "A very severe incident").asDefault())
                    .status(IncidentStatus.INCIDENT_REPORTED)
                    .tags(Metadata.delete(Tag.of("Targeted Attack")))
                    .build(),
                GroupField.ASSOCIATED_INDICATORS,
                GroupField.ATTRIBUTES,
                GroupField.TAGS);

    Group read =
        tc.groups()
            .get(
                incident.id(),
                GroupField.ASSOCIATED_INDICATORS,
                GroupField.ATTRIBUTES,
                GroupField.TAGS);
    for (Group after : List.of(updated, read)) {
      assertEquals("Incident Reported", after.status());
      assertEquals(
          Set.of("verybadguy@bad.com@Demo Community", "ultrabadguy.com@Demo Organization"),
          after.associatedIndicators().stream()
              .map(i -> i.summary() + "@" + i.ownerName())
              .collect(Collectors.toSet()));
      assertEquals(2, after.associatedIndicators().size());
      List<Map<?, ?>> attributes = ReadBack.items(after.asMap(), "attributes");
      assertEquals(
          List.of("A very severe incident"),
          attributes.stream().map(a -> a.get("value")).collect(Collectors.toList()));
      assertEquals(1, ReadBack.items(after.asMap(), "tags").size());
      assertFalse(ReadBack.names(after.asMap(), "tags").contains("Targeted Attack"));
    }
    assertEquals(
        List.of(incident.id()),
        ReadBack.ids(
            tc.indicators().get(email.id(), IndicatorField.ASSOCIATED_GROUPS).associatedGroups(),
            Group::id));
    assertEquals(
        List.of(incident.id()),
        ReadBack.ids(
            tc.indicators()
                .get("ultrabadguy.com", IndicatorField.ASSOCIATED_GROUPS)
                .associatedGroups(),
            Group::id));
  }
}
