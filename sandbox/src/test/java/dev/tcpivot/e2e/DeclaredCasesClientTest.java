package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.IdRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.NewGroup;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CasesClient} against the sandbox: /v3/cases associates Cases, Groups and Indicators. */
@ExtendWith(SandboxExtension.class)
class DeclaredCasesClientTest {
  @Test
  void openWithACaseIdAndANewGroupInASourceThenReplaceRelatedCases(ThreatConnect tc) {
    CasesClient cases = tc.create(CasesClient.class);
    Existing existing = new Existing(tc);
    Case related = existing.aCase();
    Case replacement = existing.aCase();
    String name = Unique.name("Phishing Investigation");

    Case opened =
        cases.open(
            CaseCreate.of(name, CaseSeverity.HIGH, CaseStatus.OPEN).build(),
            related.id(),
            NewGroup.adversary("Bad Guy").ownerName(Existing.DEMO_SOURCE));
    assertEquals(List.of(related.id()), ReadBack.ids(opened.associatedCases(), Case::id));
    assertEquals(
        "Bad Guy@Demo Source",
        opened.associatedGroups().get(0).name()
            + "@"
            + opened.associatedGroups().get(0).ownerName());

    List<IdRef<Case>> only = List.of(CaseRef.id(replacement.id()));
    Case replaced = cases.replaceRelated(opened.id(), only);
    assertEquals(List.of(replacement.id()), ReadBack.ids(replaced.associatedCases(), Case::id));
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.cases().get(related.id(), CaseField.ASSOCIATED_CASES).associatedCases(), Case::id));
    assertEquals(
        List.of(opened.id()),
        ReadBack.ids(
            tc.cases().get(replacement.id(), CaseField.ASSOCIATED_CASES).associatedCases(),
            Case::id));

    assertEquals(
        List.of(opened.id()), ReadBack.ids(cases.find("name EQ \"" + name + "\""), Case::id));
  }

  @Test
  void closeAndLinkAddressesBySummaryInOneUpdate(ThreatConnect tc) {
    CasesClient cases = tc.create(CasesClient.class);
    Existing existing = new Existing(tc);
    Indicator first = existing.anAddress();
    Indicator second = existing.anAddress();
    Case aCase = existing.aCase();

    cases.closeAndLinkAddresses(
        aCase.id(),
        CaseUpdate.builder().status(CaseStatus.CLOSED).build(),
        first.ip(),
        second.ip());

    Case read = cases.get(aCase.id());
    assertEquals(CaseStatus.CLOSED, read.status());
    assertEquals(
        Set.of(first.id(), second.id()),
        Set.copyOf(ReadBack.ids(read.associatedIndicators(), Indicator::id)));
    assertEquals(
        List.of(), read.associatedGroups().stream().map(Group::id).collect(Collectors.toList()));
  }
}
