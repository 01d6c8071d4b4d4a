package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Associations;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walkthrough of the public API's example: create a Host with an existing Group and a new
 * Adversary in a Source, update it with a delete and a replace, read associations with {@code
 * fields}, and ask which {@code fields} values victimAssets accepts.
 */
@ExtendWith(SandboxExtension.class)
class DesignExampleFlowTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  @Test
  void createUpdateAndReadAHostsAssociations(ThreatConnect tc) {
    Group existingGroup = tc.groups().create(Bodies.adversary().build());
    Case existingCase = tc.cases().create(Bodies.phishingCase().build());
    Case previousCase = tc.cases().create(Bodies.phishingCase().build());

    // POST /v3/indicators: a new Host, associated to an existing Group and to a new Adversary in a
    // Source
    Indicator host =
        tc.indicators()
            .create(
                IndicatorCreate.host("ultrabadguy.com")
                    .associatedGroups(
                        GroupRef.id(existingGroup.id()),
                        NewGroup.adversary("Bad Guy").ownerName("Demo Source"))
                    .associatedCases(CaseRef.id(previousCase.id()))
                    .build(),
                IndicatorField.ASSOCIATED_GROUPS);
    assertEquals(
        Set.of(existingGroup.name() + "@Demo Organization", "Bad Guy@Demo Source"),
        groupsWithOwners(host));
    long badGuy =
        host.associatedGroups().stream()
            .filter(g -> g.name().equals("Bad Guy"))
            .findFirst()
            .orElseThrow()
            .id();

    // PUT /v3/indicators/ultrabadguy.com: remove an association (ids only), replace another set
    tc.indicators()
        .update(
            "ultrabadguy.com",
            IndicatorUpdate.builder()
                .associatedGroups(Associations.delete(GroupRef.id(existingGroup.id())))
                .associatedCases(
                    Associations.replace(
                        CaseRef.id(existingCase.id()),
                        NewCase.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN)))
                .build());

    Indicator updated =
        tc.indicators()
            .get(
                "ultrabadguy.com",
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.ASSOCIATED_CASES);
    assertEquals(List.of(badGuy), ReadBack.ids(updated.associatedGroups(), Group::id));
    assertEquals(
        Set.of(existingCase.name(), "Phishing Investigation"),
        updated.associatedCases().stream().map(Case::name).collect(Collectors.toSet()));
    assertEquals(2, updated.associatedCases().size());
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups()
                .get(existingGroup.id(), GroupField.ASSOCIATED_INDICATORS)
                .associatedIndicators(),
            Indicator::id));

    // GET /v3/indicators/badguy.com?fields=associatedGroups&fields=associatedIndicators
    tc.indicators()
        .create(
            IndicatorCreate.host("badguy.com")
                .associatedGroups(GroupRef.id(badGuy))
                .associatedIndicators(NewIndicator.emailAddress("badguy@bad.com"))
                .build());
    Indicator i =
        tc.indicators()
            .get(
                "badguy.com",
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.ASSOCIATED_INDICATORS);
    List<Group> groups = i.associatedGroups();
    assertEquals(List.of(badGuy), ReadBack.ids(groups, Group::id));
    assertEquals(
        List.of("badguy@bad.com"),
        i.associatedIndicators().stream().map(Indicator::summary).collect(Collectors.toList()));

    // OPTIONS /v3/victimAssets/fields
    List<FieldInfo> accepted = tc.victimAssets().fields();
    assertEquals(
        SPEC.fieldsParams(SPEC.objectAt("victimAssets").orElseThrow()),
        accepted.stream().map(FieldInfo::name).collect(Collectors.toList()));
  }

  private static Set<String> groupsWithOwners(Indicator indicator) {
    return indicator.associatedGroups().stream()
        .map(g -> g.name() + "@" + g.ownerName())
        .collect(Collectors.toSet());
  }
}
