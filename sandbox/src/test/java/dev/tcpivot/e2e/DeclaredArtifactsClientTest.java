package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ArtifactsClient} against the sandbox: /v3/artifacts associates Groups and Indicators. */
@ExtendWith(SandboxExtension.class)
class DeclaredArtifactsClientTest {
  @Test
  void createWithGroupIdsLinkHostsBySummaryThenUnlinkAndDelete(ThreatConnect tc) {
    ArtifactsClient artifacts = tc.create(ArtifactsClient.class);
    Existing existing = new Existing(tc);
    Group first = existing.aGroup();
    Group second = existing.aGroup();
    Indicator host = existing.aHost();

    Artifact created =
        artifacts.createForGroups(
            Bodies.artifact(existing.aCase().id()).build(), List.of(first.id(), second.id()));
    assertEquals(
        List.of(first.id(), second.id()), ReadBack.ids(created.associatedGroups(), Group::id));

    Artifact linked = artifacts.linkHosts(created.id(), List.of(host.hostName()));
    assertEquals(List.of(host.id()), ReadBack.ids(linked.associatedIndicators(), Indicator::id));

    artifacts.unlinkGroups(created.id(), first.id());
    Artifact read = artifacts.get(created.id());
    assertEquals(List.of(second.id()), ReadBack.ids(read.associatedGroups(), Group::id));
    assertEquals(List.of(host.id()), ReadBack.ids(read.associatedIndicators(), Indicator::id));
    assertEquals(
        List.of(created.id()),
        ReadBack.ids(
            tc.indicators()
                .get(host.id(), IndicatorField.ASSOCIATED_ARTIFACTS)
                .associatedArtifacts(),
            Artifact::id));
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups().get(first.id(), GroupField.ASSOCIATED_ARTIFACTS).associatedArtifacts(),
            Artifact::id));

    artifacts.delete(created.id());
    assertEquals(
        404,
        assertThrows(ThreatConnectException.class, () -> artifacts.get(created.id())).status());
  }

  @Test
  void fieldsNameTheAssociationsOfTheRow(ThreatConnect tc) {
    List<String> names =
        tc.create(ArtifactsClient.class).fields().stream()
            .map(FieldInfo::name)
            .collect(Collectors.toList());
    assertTrue(
        names.containsAll(List.of("associatedGroups", "associatedIndicators")), names::toString);
    assertFalse(names.contains("associatedCases"), names::toString);
  }
}
