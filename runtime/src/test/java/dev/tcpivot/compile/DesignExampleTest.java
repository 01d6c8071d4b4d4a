package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/** The example of DESIGN.md, "The public API", compiles as written. */
class DesignExampleTest {

  @Test
  void theDesignExampleCompiles() {
    Snippet.of(
            "String accessId = \"12345678901234567890\";",
            "String secretKey = \"secret\";",
            "tc = ThreatConnect.builder()",
            "        .baseUrl(\"https://app.threatconnect.com/api\")   // the instance's API root",
            "        .hmac(accessId, secretKey)                      // or .token(apiToken)",
            "        .build();",
            "",
            "// POST /v3/indicators: a new Host, associated to an existing Group and to a new Adversary in a Source",
            "Indicator host = tc.indicators().create(",
            "        IndicatorCreate.host(\"ultrabadguy.com\")",
            "                .associatedGroups(GroupRef.id(12), NewGroup.adversary(\"Bad Guy\").ownerName(\"Demo Source\"))",
            "                .build(),",
            "        IndicatorField.ASSOCIATED_GROUPS);",
            "",
            "// PUT /v3/indicators/ultrabadguy.com: remove an association (ids only), replace another set",
            "tc.indicators().update(\"ultrabadguy.com\",",
            "        IndicatorUpdate.builder()",
            "                .associatedGroups(Associations.delete(GroupRef.id(15)))",
            "                .associatedCases(Associations.replace(CaseRef.id(7), NewCase.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN)))",
            "                .build());",
            "",
            "// GET /v3/indicators/badguy.com?fields=associatedGroups&fields=associatedIndicators",
            "Indicator i = tc.indicators().get(\"badguy.com\", IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS);",
            "List<Group> groups = i.associatedGroups();",
            "",
            "// OPTIONS /v3/victimAssets/fields",
            "List<FieldInfo> accepted = tc.victimAssets().fields();")
        .compiles();
  }

  @Test
  void theTokenAlternativeCompiles() {
    Snippet.of(
            "ThreatConnect viaToken = ThreatConnect.builder()",
            "        .baseUrl(\"https://app.threatconnect.com/api\")",
            "        .token(\"APIV2:430:c8mTcH:1234567890123:7mbiy0OnuSIq0ujNbkrqEB3RlpplzNL3CcQsYGso8ZQ=\")",
            "        .build();")
        .compiles();
  }
}
