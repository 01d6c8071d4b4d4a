package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.VictimAsset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link IntelRequirementsClient} against the sandbox: /v3/intelRequirements associates all five
 * types.
 */
@ExtendWith(SandboxExtension.class)
class DeclaredIntelRequirementsClientTest {
  @Test
  void createWithGroupRefsAndANewVictimAsset(ThreatConnect tc) {
    IntelRequirementsClient irs = tc.create(IntelRequirementsClient.class);
    Existing existing = new Existing(tc);
    Group first = existing.aGroup();
    Group second = existing.aGroup();
    long victimId = existing.aVictim().id();
    String address = Unique.email();

    IntelRequirement created =
        irs.create(
            Bodies.intelRequirement().build(),
            List.of(GroupRef.id(first.id()), GroupRef.id(second.id())),
            NewVictimAsset.emailAddress(victimId, address));

    IntelRequirement read = irs.get(created.id());
    for (IntelRequirement ir : List.of(created, read)) {
      assertEquals(
          List.of(first.id(), second.id()), ReadBack.ids(ir.associatedGroups(), Group::id));
      assertEquals(
          List.of(address),
          ir.associatedVictimAssets().stream()
              .map(VictimAsset::address)
              .collect(Collectors.toList()));
    }
    List<IntelRequirement> found =
        irs.find("id EQ " + created.id()).stream().collect(Collectors.toList());
    assertEquals(List.of(created.id()), ReadBack.ids(found, IntelRequirement::id));
  }

  @Test
  void linkAnArtifactReplaceCasesThenLinkAndUnlinkIndicators(ThreatConnect tc) {
    IntelRequirementsClient irs = tc.create(IntelRequirementsClient.class);
    Existing existing = new Existing(tc);
    IntelRequirement ir = existing.anIntelRequirement();
    Artifact artifact = existing.anArtifact();
    Case oldCase = existing.aCase();
    Case caseOne = existing.aCase();
    Case caseTwo = existing.aCase();
    Indicator host = existing.aHost();
    Indicator address = existing.anAddress();

    irs.linkArtifactAndReplaceCases(ir.id(), artifact.id(), oldCase.id());
    IntelRequirement linked =
        irs.linkArtifactAndReplaceCases(ir.id(), artifact.id(), caseOne.id(), caseTwo.id());
    assertEquals(List.of(artifact.id()), ReadBack.ids(linked.associatedArtifacts(), Artifact::id));
    assertEquals(
        Set.of(caseOne.id(), caseTwo.id()),
        Set.copyOf(ReadBack.ids(linked.associatedCases(), Case::id)));
    assertEquals(2, linked.associatedCases().size());

    irs.linkIndicators(ir.id(), List.of(host.id(), address.id()));
    IntelRequirement unlinked = irs.unlinkIndicators(ir.id(), List.of(host.id()));
    assertEquals(
        List.of(address.id()), ReadBack.ids(unlinked.associatedIndicators(), Indicator::id));
    assertEquals(
        List.of(address.id()),
        ReadBack.ids(irs.get(ir.id()).associatedIndicators(), Indicator::id));

    irs.delete(ir.id());
    assertEquals(404, assertThrows(ThreatConnectException.class, () -> irs.get(ir.id())).status());
  }

  @Test
  void fieldsNameEveryAssociationOfTheRow(ThreatConnect tc) {
    Set<String> names =
        tc.create(IntelRequirementsClient.class).fields().stream()
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
