package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in TQL table holds the rows of tql-keywords.md for the seven association endpoints, for
 * every endpoint their nested queries reach, and for /v3/attributeTypes and
 * /v3/intelRequirements/categories, subtypes and results, and no other endpoint. The counts and rows below
 * are read off tql-keywords.md (the line of each row is cited in tql.table).
 */
class TqlTableTest {
  private final Spec spec = SpecLoader.builtIn();

  @Test
  void theQueryTypesAreTheSevenEndpointsAndWhatTheirNestedQueriesReach() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Artifact", "/v3/artifacts");
    expected.put("Case", "/v3/cases");
    expected.put("Group", "/v3/groups");
    expected.put("Indicator", "/v3/indicators");
    expected.put("IntelRequirement", "/v3/intelRequirements");
    expected.put("Victim", "/v3/victims");
    expected.put("VictimAsset", "/v3/victimAssets");
    expected.put("GroupAttribute", "/v3/groupAttributes");
    expected.put("IndicatorAttribute", "/v3/indicatorAttributes");
    expected.put("VictimAttribute", "/v3/victimAttributes");
    expected.put("Note", "/v3/notes");
    expected.put("SecurityLabel", "/v3/securityLabels");
    expected.put("Tag", "/v3/tags");
    expected.put("Task", "/v3/tasks");
    expected.put("AttributeType", "/v3/attributeTypes");
    expected.put("IntelRequirementCategory", "/v3/intelRequirements/categories");
    expected.put("IntelRequirementSubtype", "/v3/intelRequirements/subtypes");
    expected.put("IntelRequirementResult", "/v3/intelRequirements/results");
    Map<String, String> actual = new LinkedHashMap<>();
    spec.queryTypes().forEach(q -> actual.put(q.name(), q.endpoint()));
    assertEquals(expected, actual);
  }

  @Test
  void everyObjectTypeHasTheQueryTypeOfItsEndpoint() {
    for (ObjectType object : spec.objects()) {
      assertEquals(object.endpoint(), spec.queryType(object).orElseThrow().endpoint());
    }
  }

  @Test
  void keywordCountsPerEndpointAreThoseOfTheKeywordList() {
    // tql-keywords.md: rows per endpoint; groups and indicators gain associatedGroupSource and
    // associatedIndicatorSource (filter_results.rst L319-322), indicators threatAssessLastUpdated (L240).
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("/v3/artifacts", 16);
    expected.put("/v3/cases", 49);
    expected.put("/v3/groups", 69 + 2);
    expected.put("/v3/indicators", 70 + 3);
    expected.put("/v3/intelRequirements", 19);
    expected.put("/v3/victims", 26);
    expected.put("/v3/victimAssets", 14);
    expected.put("/v3/groupAttributes", 21);
    expected.put("/v3/indicatorAttributes", 21);
    expected.put("/v3/victimAttributes", 20);
    expected.put("/v3/notes", 13);
    expected.put("/v3/securityLabels", 15);
    expected.put("/v3/tags", 21);
    expected.put("/v3/tasks", 25);
    expected.put("/v3/attributeTypes", 11); // tql-keywords.md L46-56
    expected.put("/v3/intelRequirements/categories", 3); // tql-keywords.md L306-308
    expected.put("/v3/intelRequirements/subtypes", 3); // tql-keywords.md L345-347
    expected.put("/v3/intelRequirements/results", 17); // tql-keywords.md L328-344
    Map<String, Integer> actual = new LinkedHashMap<>();
    spec.queryTypes().forEach(q -> actual.put(q.endpoint(), q.keywords().size()));
    assertEquals(expected, actual);
  }

  @Test
  void nestedQueriesFollowTheKeywordListNotTheAssociationTable() {
    // tql-keywords.md L490-494: /v3/victimAssets takes hasIndicator although a Victim Asset
    // associates only Groups.
    QueryType victimAssets = spec.queryTypeAt("victimAssets").orElseThrow();
    assertEquals(
        List.of("hasGroup:Group", "hasIndicator:Indicator", "hasVictim:Victim", "hasVictimAsset:VictimAsset"),
        victimAssets.keywords().stream()
            .filter(TqlKeyword::nested)
            .map(k -> k.name() + ":" + k.targetName())
            .collect(Collectors.toList()));
    // tql-keywords.md L30-43: /v3/artifacts has no hasVictimAsset; /v3/cases has no hasVictim.
    assertTrue(spec.queryTypeAt("artifacts").orElseThrow().keyword("hasVictimAsset").isEmpty());
    assertTrue(spec.queryTypeAt("cases").orElseThrow().keyword("hasVictim").isEmpty());
  }

  @Test
  void valueTypesAreRead() {
    QueryType indicators = spec.queryTypeAt("/v3/indicators").orElseThrow();
    assertEquals(TqlType.INTEGER, indicators.keyword("abuseIpdbConfidenceScore").orElseThrow().type()); // L236
    assertEquals(TqlType.INTEGER, indicators.keyword("rating").orElseThrow().type()); // L289
    assertEquals(TqlType.STRING, indicators.keyword("summary").orElseThrow().type());
    assertEquals(TqlType.DATE, indicators.keyword("threatAssessLastUpdated").orElseThrow().type());
    assertEquals(TqlType.DATE, spec.queryTypeAt("cases").orElseThrow().keyword("caseOpenTime").orElseThrow().type()); // L88
    assertEquals(TqlType.BOOLEAN, spec.queryTypeAt("groupAttributes").orElseThrow().keyword("associable").orElseThrow().type()); // L125
    assertEquals("Group", spec.target(indicators.keyword("hasGroup").orElseThrow()).name());
    assertTrue(indicators.keywordIgnoringCase("TYPENAME").isPresent());
  }
}
