package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactField;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseResolution;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.NewGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * v3/case_management/cases/update.rst, L15-103.
 *
 * <p>The Case create example (cases/create.rst L35-70) is not replayed: its body nests a new
 * Artifact with its own {@code associatedIndicators} under {@code artifacts}, and sets an {@code
 * assignee}; {@code CaseCreate} has neither setter, so the SDK cannot express that request.
 */
@ExtendWith(SandboxExtension.class)
class CaseUpdateExampleTest {
  /**
   * L26-47: the Case is closed as a False Positive, and a new Extreme Bad Guy Adversary, itself
   * associated to the existing Artifact 4, is associated to the Case.
   */
  @Test
  void closeCaseAndAssociateANewGroupThatCarriesAnArtifact(ThreatConnect tc) {
    Case phishing =
        tc.cases()
            .create(
                CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build());
    Artifact four = new Existing(tc).anArtifact();

    Case updated =
        tc.cases()
            .update(
                phishing.id(),
                CaseUpdate.builder()
                    .resolution(CaseResolution.FALSE_POSITIVE)
                    .status(CaseStatus.CLOSED)
                    .associatedGroups(
                        NewGroup.adversary("Extreme Bad Guy")
                            .associatedArtifacts(ArtifactRef.id(four.id())))
                    .build(),
                CaseField.ASSOCIATED_GROUPS);

    Case read = tc.cases().get(phishing.id(), CaseField.ASSOCIATED_GROUPS);
    for (Case after : List.of(updated, read)) {
      assertEquals(CaseStatus.CLOSED, after.status());
      assertEquals(CaseResolution.FALSE_POSITIVE, after.resolution());
      assertEquals(1, after.associatedGroups().size(), after::toString);
      assertEquals("Extreme Bad Guy", after.associatedGroups().get(0).name());
    }
    Group extreme =
        tc.groups()
            .get(
                read.associatedGroups().get(0).id(),
                GroupField.ASSOCIATED_ARTIFACTS,
                GroupField.ASSOCIATED_CASES);
    assertEquals(List.of(four.id()), ReadBack.ids(extreme.associatedArtifacts(), Artifact::id));
    assertEquals(List.of(phishing.id()), ReadBack.ids(extreme.associatedCases(), Case::id));
    assertEquals(
        List.of(extreme.id()),
        ReadBack.ids(
            tc.artifacts().get(four.id(), ArtifactField.ASSOCIATED_GROUPS).associatedGroups(),
            Group::id));
  }
}
