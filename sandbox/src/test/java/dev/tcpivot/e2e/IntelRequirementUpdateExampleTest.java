package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.KeywordSection;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.IntelRequirementField;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.KeywordComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/intelligence_requirements/update.rst, L17-136. */
@ExtendWith(SandboxExtension.class)
class IntelRequirementUpdateExampleTest {
  /** L29-73: new keywords replace the old ones, and the IR is associated to Group 15. */
  @Test
  void replaceKeywordsAndAssociateAGroup(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    IntelRequirement ir = existing.anIntelRequirement();
    Group fifteen = existing.aGroup();

    IntelRequirement updated =
        tc.intelRequirements()
            .update(
                ir.id(),
                IntelRequirementUpdate.builder()
                    .associatedGroups(GroupRef.id(fifteen.id()))
                    .keywordSections(
                        KeywordSection.of(
                            KeywordComparison.INCLUDES,
                            0,
                            "medical device companies",
                            "healthcare",
                            "mangled spider",
                            "threats to medical",
                            "medical device"),
                        KeywordSection.of(KeywordComparison.EXCLUDES, 0, "mrap"))
                    .build(),
                IntelRequirementField.ASSOCIATED_GROUPS);

    IntelRequirement read =
        tc.intelRequirements().get(ir.id(), IntelRequirementField.ASSOCIATED_GROUPS);
    for (IntelRequirement after : List.of(updated, read)) {
      assertEquals(List.of(fifteen.id()), ReadBack.ids(after.associatedGroups(), Group::id));
      assertEquals(
          List.of(
              "includes: medical device companies, healthcare, mangled spider, threats to medical,"
                  + " medical device",
              "excludes: mrap"),
          keywords(after));
    }
  }

  /**
   * The IR model has no typed accessor for keywordSections; they are read as the server sent them.
   */
  private static List<String> keywords(IntelRequirement ir) {
    List<String> sections = new ArrayList<>();
    for (Object section : (List<?>) ir.asMap().get("keywordSections")) {
      Map<?, ?> map = (Map<?, ?>) section;
      List<String> values = new ArrayList<>();
      for (Object keyword : (List<?>) map.get("keywords")) {
        values.add(String.valueOf(((Map<?, ?>) keyword).get("value")));
      }
      sections.add(map.get("compareValue") + ": " + String.join(", ", values));
    }
    return sections;
  }
}
