package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tcpivot.Associations;
import dev.tcpivot.IdRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimField;
import dev.tcpivot.v3.VictimUpdate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code mode} of an association block (v3/update_metadata.rst L7-22) and the source document's
 * "Remove Associations" example (v3/associations.rst L284-306), read back with {@code fields}.
 */
@ExtendWith(SandboxExtension.class)
class AssociationModesTest {
  /**
   * v3/associations.rst L292-306: {@code PUT /v3/indicators/badguy.com} with {@code
   * {"associatedGroups": {"data": [{"id": 12345}], "mode": "delete"}}}.
   */
  @Test
  void removeAssociationsExample(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group removed = existing.aGroup();
    Group kept = existing.aGroup();
    Indicator host =
        tc.indicators()
            .create(
                IndicatorCreate.host("badguy.com")
                    .associatedGroups(GroupRef.id(removed.id()), GroupRef.id(kept.id()))
                    .build());

    tc.indicators()
        .update(
            "badguy.com",
            IndicatorUpdate.builder()
                .associatedGroups(Associations.delete(GroupRef.id(removed.id())))
                .build());

    assertEquals(
        List.of(kept.id()),
        groupIds(tc.indicators().get("badguy.com", IndicatorField.ASSOCIATED_GROUPS)));
    assertFalse(
        ReadBack.ids(
                tc.groups()
                    .get(removed.id(), GroupField.ASSOCIATED_INDICATORS)
                    .associatedIndicators(),
                Indicator::id)
            .contains(host.id()));
  }

  /**
   * v3/update_metadata.rst L16-19: replace removes every association of the field, then links the
   * new ones.
   */
  @Test
  void replaceLeavesOnlyTheNewLinks(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Case oldOne = existing.aCase();
    Case oldTwo = existing.aCase();
    Case newOne = existing.aCase();
    String created = Unique.name("Phishing Investigation");
    Indicator host =
        tc.indicators()
            .create(
                Bodies.host()
                    .associatedCases(CaseRef.id(oldOne.id()), CaseRef.id(oldTwo.id()))
                    .build());

    tc.indicators()
        .update(
            host.id(),
            IndicatorUpdate.builder()
                .associatedCases(
                    Associations.replace(
                        CaseRef.id(newOne.id()),
                        NewCase.of(created, CaseSeverity.LOW, CaseStatus.OPEN)))
                .build());

    List<Case> cases =
        tc.indicators().get(host.id(), IndicatorField.ASSOCIATED_CASES).associatedCases();
    assertEquals(
        Set.of(newOne.name(), created), cases.stream().map(Case::name).collect(Collectors.toSet()));
    assertEquals(2, cases.size(), cases::toString);
    assertFalse(
        indicatorIds(tc.cases().get(oldOne.id(), CaseField.ASSOCIATED_INDICATORS))
            .contains(host.id()));
    assertFalse(
        indicatorIds(tc.cases().get(oldTwo.id(), CaseField.ASSOCIATED_INDICATORS))
            .contains(host.id()));
  }

  /**
   * v3/update_metadata.rst L21-22: without a mode the API appends; the SDK sends none for refs
   * given without a block. Linking the same object twice keeps one link.
   */
  @Test
  void appendWithoutAModeKeepsTheOldLinksAndTwiceIsOnce(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Indicator first = existing.aHost();
    Indicator second = existing.anAddress();
    Group group =
        tc.groups()
            .create(Bodies.adversary().associatedIndicators(IndicatorRef.id(first.id())).build());

    GroupUpdate addSecond =
        GroupUpdate.builder().associatedIndicators(IndicatorRef.address(second.ip())).build();
    tc.groups().update(group.id(), addSecond);
    tc.groups().update(group.id(), addSecond);

    List<Long> ids =
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id);
    assertEquals(
        List.of(first.id(), second.id()), ids.stream().sorted().collect(Collectors.toList()));
  }

  /** v3/update_metadata.rst L12: append adds and keeps what is there. */
  @Test
  void appendModeKeepsTheOldLinks(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group first = existing.aGroup();
    Group second = existing.aGroup();
    Victim victim =
        tc.victims().create(Bodies.victim().associatedGroups(GroupRef.id(first.id())).build());

    tc.victims()
        .update(
            victim.id(),
            VictimUpdate.builder()
                .associatedGroups(Associations.append(GroupRef.id(second.id())))
                .build());

    assertEquals(
        List.of(first.id(), second.id()),
        sorted(
            ReadBack.ids(
                tc.victims().get(victim.id(), VictimField.ASSOCIATED_GROUPS).associatedGroups(),
                Group::id)));
  }

  /** Bulk links come from lists of IDs: replace and delete take a {@code List} of refs. */
  @Test
  void replaceAndDeleteTakeListsOfIds(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    VictimAsset asset = existing.aVictimAsset();
    List<Long> groups =
        Stream.generate(() -> existing.aGroup().id()).limit(5).collect(Collectors.toList());
    List<IdRef<Group>> all = groups.stream().map(GroupRef::id).collect(Collectors.toList());

    tc.victimAssets()
        .update(
            asset.id(),
            VictimAssetUpdate.builder().associatedGroups(Associations.replace(all)).build());
    assertEquals(groups, sorted(assetGroupIds(tc, asset)));

    tc.victimAssets()
        .update(
            asset.id(),
            VictimAssetUpdate.builder()
                .associatedGroups(Associations.delete(all.subList(0, 3)))
                .build());
    assertEquals(groups.subList(3, 5), sorted(assetGroupIds(tc, asset)));
  }

  /**
   * v3/update_metadata.rst L33-37: a Case's associatedCases takes every mode; both Cases see the
   * change.
   */
  @Test
  void deleteFromOneSideRemovesTheLinkFromBoth(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Case linked = existing.aCase();
    Case aCase =
        tc.cases().create(Bodies.phishingCase().associatedCases(CaseRef.id(linked.id())).build());
    assertEquals(List.of(aCase.id()), caseIds(tc, linked));

    tc.cases()
        .update(
            linked.id(),
            CaseUpdate.builder()
                .associatedCases(Associations.delete(CaseRef.id(aCase.id())))
                .build());

    assertEquals(List.of(), caseIds(tc, linked));
    assertEquals(List.of(), caseIds(tc, aCase));
  }

  private static List<Long> groupIds(Indicator indicator) {
    return ReadBack.ids(indicator.associatedGroups(), Group::id);
  }

  private static List<Long> indicatorIds(Case aCase) {
    return ReadBack.ids(aCase.associatedIndicators(), Indicator::id);
  }

  private static List<Long> caseIds(ThreatConnect tc, Case aCase) {
    return ReadBack.ids(
        tc.cases().get(aCase.id(), CaseField.ASSOCIATED_CASES).associatedCases(), Case::id);
  }

  private static List<Long> assetGroupIds(ThreatConnect tc, VictimAsset asset) {
    return ReadBack.ids(
        tc.victimAssets().get(asset.id(), VictimAssetField.ASSOCIATED_GROUPS).associatedGroups(),
        Group::id);
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }
}
