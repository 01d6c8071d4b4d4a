package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/** A ref to one object type does not fit where another type is associated. */
class WrongTargetTypeTest {

  @Test
  void aCaseWhereGroupsAreExpectedIsRefused() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    " + Snippet.MARK + ".associatedGroups(CaseRef.id(1))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedGroups(dev.tcpivot.IdRef<dev.tcpivot.v3.Case>)",
            "dev.tcpivot.IdRef<dev.tcpivot.v3.Case> cannot be converted to dev.tcpivot.Ref<dev.tcpivot.v3.Group>");
  }

  @Test
  void aCaseInABlockWhereGroupsAreExpectedIsRefused() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    " + Snippet.MARK + ".associatedGroups(Associations.replace(CaseRef.id(1)))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedGroups(dev.tcpivot.Block<dev.tcpivot.IdRef<dev.tcpivot.v3.Case>>)");
  }

  @Test
  void aGroupWhereIndicatorsAreExpectedIsRefused() {
    Snippet.of(
            "ArtifactCreate body = ArtifactCreate.of(12345, \"badguy@bad.com\", \"Email Address\")",
            "    " + Snippet.MARK + ".associatedIndicators(NewGroup.adversary(\"Bad Guy\"))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedIndicators(dev.tcpivot.v3.NewGroup)",
            "dev.tcpivot.v3.NewGroup cannot be converted to dev.tcpivot.Ref<dev.tcpivot.v3.Indicator>");
  }

  @Test
  void anIndicatorWhereVictimAssetsAreExpectedIsRefused() {
    Snippet.of(
            "GroupUpdate body = GroupUpdate.builder()",
            "    " + Snippet.MARK + ".associatedVictimAssets(List.of(IndicatorRef.host(\"badguy.com\")))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedVictimAssets(java.util.List<dev.tcpivot.v3.IndicatorRef>)");
  }

  @Test
  void aBlockMixingTwoTypesIsRefused() {
    Snippet.of(
            "GroupUpdate body = GroupUpdate.builder()",
            "    " + Snippet.MARK + ".associatedCases(Associations.append(CaseRef.id(1), ArtifactRef.id(2)))",
            "    .build();")
        .isRefusedWith("no suitable method found for associatedCases(");
  }

  @Test
  void eachTypeWhereItIsExpectedCompiles() {
    Snippet.of(
            "GroupUpdate body = GroupUpdate.builder()",
            "    .associatedArtifacts(ArtifactRef.id(1), NewArtifact.of(12345, \"badguy@bad.com\", \"Email Address\"))",
            "    .associatedCases(CaseRef.id(1), NewCase.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN))",
            "    .associatedGroups(Associations.replace(GroupRef.id(1), NewGroup.adversary(\"Bad Guy\")))",
            "    .associatedIndicators(List.of(IndicatorRef.id(1), IndicatorRef.host(\"badguy.com\"), NewIndicator.host(\"badguy.com\")))",
            "    .associatedVictimAssets(VictimAssetRef.id(1), NewVictimAsset.emailAddress(12345, \"jsmith@companyabc.com\"))",
            "    .build();")
        .compiles();
  }
}
