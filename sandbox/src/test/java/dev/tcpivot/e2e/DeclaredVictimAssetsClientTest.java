package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.VictimAsset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link VictimAssetsClient} against the sandbox: /v3/victimAssets associates Groups only. */
@ExtendWith(SandboxExtension.class)
class DeclaredVictimAssetsClientTest {
  @Test
  void createWithGroupsAppendOneThenUnlinkByIdAndDelete(ThreatConnect tc) {
    VictimAssetsClient assets = tc.create(VictimAssetsClient.class);
    Existing existing = new Existing(tc);
    Group existingGroup = existing.aGroup();
    Group appended = existing.aGroup();
    String newName = Unique.name("Bad Incident");

    List<SameOwnerRef<Group>> groups =
        List.of(GroupRef.id(existingGroup.id()), NewGroup.incident(newName));
    VictimAsset created = assets.create(Bodies.emailAsset(existing.aVictim().id()).build(), groups);
    assertEquals(
        List.of(existingGroup.name(), newName),
        created.associatedGroups().stream().map(Group::name).collect(Collectors.toList()));

    VictimAsset afterAppend = assets.append(created.id(), appended.id());
    assertEquals(3, afterAppend.associatedGroups().size());

    VictimAsset afterUnlink =
        assets.unlink(
            created.id(), List.of(GroupRef.id(existingGroup.id()), GroupRef.id(appended.id())));
    assertEquals(
        List.of(newName),
        afterUnlink.associatedGroups().stream().map(Group::name).collect(Collectors.toList()));
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups()
                .get(existingGroup.id(), GroupField.ASSOCIATED_VICTIM_ASSETS)
                .associatedVictimAssets(),
            VictimAsset::id));
    assertEquals(
        List.of(created.id()), ReadBack.ids(assets.find("id EQ " + created.id()), VictimAsset::id));

    assets.delete(created.id());
    assertEquals(
        404, assertThrows(ThreatConnectException.class, () -> assets.get(created.id())).status());
  }

  @Test
  void fieldsNameOnlyGroups(ThreatConnect tc) {
    List<String> associations =
        tc.create(VictimAssetsClient.class).fields().stream()
            .map(FieldInfo::name)
            .filter(n -> n.startsWith("associated"))
            .collect(Collectors.toList());
    assertEquals(List.of("associatedGroups"), associations);
  }
}
