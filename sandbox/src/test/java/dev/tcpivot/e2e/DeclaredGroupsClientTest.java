package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.Ref;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactField;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link GroupsClient} against the sandbox: /v3/groups associates all five types, across owners.
 */
@ExtendWith(SandboxExtension.class)
class DeclaredGroupsClientTest {
  @Test
  void createWithHostsBySummaryAndVictimAssetIds(ThreatConnect tc) {
    GroupsClient groups = tc.create(GroupsClient.class);
    Existing existing = new Existing(tc);
    Indicator host = existing.aHost();
    VictimAsset asset = existing.aVictimAsset();

    Group created =
        groups.create(Bodies.adversary().build(), List.of(host.hostName()), List.of(asset.id()));

    Group read = groups.get(created.id(), null);
    for (Group group : List.of(created, read)) {
      assertEquals(List.of(host.id()), ReadBack.ids(group.associatedIndicators(), Indicator::id));
      assertEquals(
          List.of(asset.id()), ReadBack.ids(group.associatedVictimAssets(), VictimAsset::id));
    }
    assertEquals(
        List.of(created.id()),
        ReadBack.ids(
            tc.victimAssets()
                .get(asset.id(), VictimAssetField.ASSOCIATED_GROUPS)
                .associatedGroups(),
            Group::id));
  }

  @Test
  void createAndFindInASource(ThreatConnect tc) {
    GroupsClient groups = tc.create(GroupsClient.class);
    String name = Unique.name("Bad Guy");

    Group created = groups.createIn(GroupCreate.adversary(name).build(), Existing.DEMO_SOURCE);

    assertEquals(Existing.DEMO_SOURCE, created.ownerName());
    assertEquals(created.id(), groups.get(created.id(), Existing.DEMO_SOURCE).id());
    List<Group> found = new ArrayList<>();
    groups.find("summary EQ \"" + name + "\"", Existing.DEMO_SOURCE).forEach(found::add);
    assertEquals(List.of(created.id()), ReadBack.ids(found, Group::id));
    assertEquals(
        List.of(),
        groups.find("summary EQ \"" + name + "\"", Existing.DEMO_COMMUNITY).stream()
            .collect(Collectors.toList()));
  }

  @Test
  void appendIndicatorRefsThenReplaceArtifactsThenDelete(ThreatConnect tc) {
    GroupsClient groups = tc.create(GroupsClient.class);
    Existing existing = new Existing(tc);
    Indicator byId = existing.aHost();
    Indicator bySummary = existing.anAddress();
    Artifact oldArtifact = existing.anArtifact();
    Artifact newArtifact = existing.anArtifact();
    long caseId = existing.aCase().id();
    String newHost = Unique.host();
    Group group = existing.aGroup();

    List<Ref<Indicator>> indicators =
        List.of(
            IndicatorRef.id(byId.id()),
            IndicatorRef.address(bySummary.ip()),
            NewIndicator.host(newHost));
    Group appended = groups.appendIndicators(group.id(), indicators);
    assertEquals(
        Set.of(byId.summary(), bySummary.summary(), newHost),
        appended.associatedIndicators().stream()
            .map(Indicator::summary)
            .collect(Collectors.toSet()));
    assertEquals(3, appended.associatedIndicators().size());

    groups.replaceArtifacts(group.id(), List.of(ArtifactRef.id(oldArtifact.id())));
    Group replaced =
        groups.replaceArtifacts(
            group.id(),
            List.of(
                ArtifactRef.id(newArtifact.id()),
                NewArtifact.of(caseId, "badguy@bad.com", "Email Address")));
    assertEquals(
        Set.of(newArtifact.summary(), "badguy@bad.com"),
        replaced.associatedArtifacts().stream().map(Artifact::summary).collect(Collectors.toSet()));
    assertEquals(2, replaced.associatedArtifacts().size());
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.artifacts()
                .get(oldArtifact.id(), ArtifactField.ASSOCIATED_GROUPS)
                .associatedGroups(),
            Group::id));
    assertEquals(3, groups.get(group.id(), null).associatedIndicators().size());

    groups.delete(group.id());
    assertEquals(
        404,
        assertThrows(ThreatConnectException.class, () -> groups.get(group.id(), null)).status());
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.artifacts()
                .get(newArtifact.id(), ArtifactField.ASSOCIATED_GROUPS)
                .associatedGroups(),
            Group::id));
  }

  @Test
  void fieldsNameEveryAssociationOfTheRow(ThreatConnect tc) {
    Set<String> names =
        tc.create(GroupsClient.class).fields().stream()
            .map(FieldInfo::name)
            .collect(Collectors.toSet());
    assertTrue(
        names.containsAll(
            List.of(
                "associatedArtifacts",
                "associatedCases",
                "associatedGroups",
                "associatedIndicators",
                "associatedVictimAssets")),
        names::toString);
  }
}
