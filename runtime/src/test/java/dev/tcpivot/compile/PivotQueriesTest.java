package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/**
 * DESIGN.md, "Pivot queries": its examples compile as written, and each of its "Must not compile"
 * cases is refused by javac with one error on the offending line: a keyword the query type lacks,
 * a nested query over the wrong type, a query of another endpoint, an operator the value type does
 * not take, and two query types combined.
 */
class PivotQueriesTest {

  @Test
  void theDesignExamplesCompile() {
    Snippet.of(
            "// GET /v3/indicators?tql=typeName IN (\"Host\", \"Address\") AND hasGroup(id = 12)&fields=associatedGroups",
            "Paged<Indicator> hosts = tc.indicators().list(",
            "        IndicatorQuery.typeName().in(\"Host\", \"Address\")",
            "                .and(IndicatorQuery.hasGroup(GroupQuery.id().eq(12))),",
            "        IndicatorField.ASSOCIATED_GROUPS);",
            "",
            "// GET /v3/groups?tql=...&count=true&resultLimit=1",
            "long campaigns = tc.groups().count(GroupQuery.typeName().eq(\"Campaign\")",
            "        .or(GroupQuery.hasIndicator(IndicatorQuery.summary().eq(\"badguy.com\"))));")
        .compiles();
  }

  @Test
  void everyOperationWithAQueryCompiles() {
    Snippet.of(
            "VictimAssetQuery query = VictimAssetQuery.hasIndicator(IndicatorQuery.summary().eq(\"badguy.com\"));",
            "Paged<VictimAsset> assets = tc.victimAssets().list(query, ListOptions.builder().pageSize(500).build(),",
            "    VictimAssetField.ASSOCIATED_GROUPS);",
            "long all = tc.victimAssets().count();",
            "long some = tc.victimAssets().count(query);",
            "for (Paged.Page<VictimAsset> page : assets.pages()) {",
            "  String next = page.next().orElse(null);",
            "  List<VictimAsset> items = page.items();",
            "}",
            "Paged<VictimAsset> rest = tc.victimAssets().resume(\"https://app.threatconnect.com/api/v3/victimAssets?resultStart=100\");",
            "CaseQuery cases = CaseQuery.caseOpenTime().geq(java.time.LocalDate.of(2023, 2, 1))",
            "    .and(CaseQuery.caseOpenTime().lt(java.time.Instant.EPOCH))",
            "    .or(CaseQuery.dateAdded().gt(DateCondition.DateFunction.TODAY))",
            "    .and(CaseQuery.detectionOverdue().eq(true).or(CaseQuery.calScore().in(1, 2)));",
            "GroupAttributeQuery attributes = GroupAttributeQuery.default_().eq(false);")
        .compiles();
  }

  @Test
  void artifactsHaveNoHasVictimAsset() {
    Snippet.of("ArtifactQuery query = " + Snippet.MARK + "ArtifactQuery.hasVictimAsset(VictimAssetQuery.id().eq(1));")
        .isRefusedWith(
            "cannot find symbol",
            "method hasVictimAsset(dev.tcpivot.v3.VictimAssetQuery)",
            "location: class dev.tcpivot.v3.ArtifactQuery");
  }

  @Test
  void victimAssetsHaveNoHasCase() {
    Snippet.of("VictimAssetQuery query = " + Snippet.MARK + "VictimAssetQuery.hasCase(CaseQuery.id().eq(1));")
        .isRefusedWith(
            "cannot find symbol",
            "method hasCase(dev.tcpivot.v3.CaseQuery)",
            "location: class dev.tcpivot.v3.VictimAssetQuery");
  }

  @Test
  void casesHaveNoHasVictim() {
    Snippet.of("CaseQuery query = " + Snippet.MARK + "CaseQuery.hasVictim(VictimQuery.id().eq(1));")
        .isRefusedWith(
            "cannot find symbol",
            "method hasVictim(dev.tcpivot.v3.VictimQuery)",
            "location: class dev.tcpivot.v3.CaseQuery");
  }

  @Test
  void hasGroupTakesAGroupQueryOnly() {
    Snippet.of("IndicatorQuery query = " + Snippet.MARK + "IndicatorQuery.hasGroup(IndicatorQuery.id().eq(1));")
        .isRefusedWith(
            "incompatible types: dev.tcpivot.v3.IndicatorQuery cannot be converted to dev.tcpivot.v3.GroupQuery");
  }

  @Test
  void groupsAreNotListedByAnIndicatorQuery() {
    Snippet.of("Paged<Group> groups = tc.groups()." + Snippet.MARK + "list(IndicatorQuery.typeName().eq(\"Host\"));")
        .isRefusedWith("no suitable method found for list(dev.tcpivot.v3.IndicatorQuery)");
  }

  @Test
  void groupsAreNotCountedByAnIndicatorQuery() {
    Snippet.of("long groups = tc.groups()." + Snippet.MARK + "count(IndicatorQuery.typeName().eq(\"Host\"));")
        .isRefusedWith(
            "incompatible types: dev.tcpivot.v3.IndicatorQuery cannot be converted to dev.tcpivot.v3.GroupQuery");
  }

  @Test
  void anIntegerHasNoContains() {
    Snippet.of("IndicatorQuery query = IndicatorQuery.confidence()." + Snippet.MARK + "contains(\"5\");")
        .isRefusedWith(
            "cannot find symbol",
            "method contains(java.lang.String)",
            "location: class dev.tcpivot.IntegerCondition<dev.tcpivot.v3.IndicatorQuery>");
  }

  @Test
  void aStringHasNoGreaterThan() {
    Snippet.of("IndicatorQuery query = IndicatorQuery.summary()." + Snippet.MARK + "gt(\"badguy.com\");")
        .isRefusedWith(
            "cannot find symbol",
            "method gt(java.lang.String)",
            "location: class dev.tcpivot.StringCondition<dev.tcpivot.v3.IndicatorQuery>");
  }

  @Test
  void queriesOfTwoTypesDoNotCombine() {
    Snippet.of("IndicatorQuery query = IndicatorQuery.id().eq(1).and(" + Snippet.MARK + "GroupQuery.id().eq(2));")
        .isRefusedWith(
            "incompatible types: dev.tcpivot.v3.GroupQuery cannot be converted to dev.tcpivot.v3.IndicatorQuery");
  }

  @Test
  void aDateIsNotAString() {
    Snippet.of("CaseQuery query = CaseQuery.caseOpenTime()." + Snippet.MARK + "geq(\"2023-02-01\");")
        .isRefusedWith("no suitable method found for geq(java.lang.String)");
  }

  @Test
  void aBooleanHasNoGreaterThan() {
    Snippet.of("GroupAttributeQuery query = GroupAttributeQuery.associable()." + Snippet.MARK + "gt(true);")
        .isRefusedWith(
            "cannot find symbol",
            "method gt(boolean)",
            "location: class dev.tcpivot.BooleanCondition<dev.tcpivot.v3.GroupAttributeQuery>");
  }
}
