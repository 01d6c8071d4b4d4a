package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/**
 * A POST takes refs only: {@code mode} belongs to a PUT's association block, so a create builder
 * has no method that takes a block.
 */
class CreateTakesNoModeTest {

  @Test
  void anAppendBlockOnCreateIsRefused() {
    Snippet.of(
            "IndicatorCreate body = IndicatorCreate.host(\"x\")",
            "    " + Snippet.MARK + ".associatedGroups(Associations.append(GroupRef.id(1)))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedGroups(dev.tcpivot.Block<dev.tcpivot.IdRef<dev.tcpivot.v3.Group>>)");
  }

  @Test
  void aReplaceBlockOnCreateIsRefused() {
    Snippet.of(
            "CaseCreate body = CaseCreate.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN)",
            "    " + Snippet.MARK + ".associatedIndicators(Associations.replace(IndicatorRef.id(1)))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedIndicators(dev.tcpivot.Block<dev.tcpivot.IdRef<dev.tcpivot.v3.Indicator>>)");
  }

  @Test
  void aDeleteBlockOnCreateIsRefused() {
    Snippet.of(
            "VictimCreate body = VictimCreate.of(\"John Smith\")",
            "    " + Snippet.MARK + ".associatedGroups(Associations.delete(GroupRef.id(1)))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for associatedGroups(dev.tcpivot.Block<dev.tcpivot.IdRef<dev.tcpivot.v3.Group>>)");
  }

  @Test
  void refsOnCreateCompile() {
    Snippet.of(
            "IndicatorCreate body = IndicatorCreate.host(\"x\")",
            "    .associatedGroups(GroupRef.id(1))",
            "    .associatedGroups(List.of(GroupRef.id(2), GroupRef.id(3)))",
            "    .build();")
        .compiles();
  }

  @Test
  void theSameBlockOnUpdateCompiles() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedGroups(Associations.append(GroupRef.id(1)))",
            "    .build();")
        .compiles();
  }
}
