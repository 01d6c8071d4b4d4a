package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/**
 * "When dissociating an object ... you must identify the object by its ID" (seed page, "Remove
 * Associations"): {@code Associations.delete} takes ID refs only.
 */
class RemovalByIdOnlyTest {

  @Test
  void deletingByIdCompiles() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedGroups(Associations.delete(GroupRef.id(15)))",
            "    .build();")
        .compiles();
  }

  @Test
  void deletingAListOfIdsCompiles() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedIndicators(Associations.delete(List.of(IndicatorRef.id(1), IndicatorRef.id(2))))",
            "    .build();")
        .compiles();
  }

  @Test
  void deletingANewObjectIsRefused() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedGroups(" + Snippet.MARK + "Associations.delete(NewGroup.adversary(\"x\")))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for delete(dev.tcpivot.v3.NewGroup)",
            "inference variable R has incompatible bounds",
            "dev.tcpivot.IdRef<?>");
  }

  @Test
  void deletingAnIndicatorNamedBySummaryIsRefused() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedIndicators(" + Snippet.MARK + "Associations.delete(IndicatorRef.host(\"badguy.com\")))",
            "    .build();")
        .isRefusedWith(
            "no suitable method found for delete(dev.tcpivot.v3.IndicatorRef)",
            "inference variable R has incompatible bounds",
            "dev.tcpivot.IdRef<?>");
  }

  @Test
  void deletingAListHoldingAnIndicatorNamedBySummaryIsRefused() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedIndicators(" + Snippet.MARK
                + "Associations.delete(List.of(IndicatorRef.id(1), IndicatorRef.host(\"badguy.com\"))))",
            "    .build();")
        .isRefusedWith("no suitable method found for delete(", "dev.tcpivot.IdRef<?>");
  }

  @Test
  void appendingAndReplacingTakeEveryKindOfRef() {
    Snippet.of(
            "IndicatorUpdate body = IndicatorUpdate.builder()",
            "    .associatedGroups(Associations.append(NewGroup.adversary(\"Bad Guy\"), GroupRef.id(12)))",
            "    .associatedIndicators(Associations.replace(IndicatorRef.host(\"badguy.com\"), NewIndicator.address(\"71.6.135.131\")))",
            "    .build();")
        .compiles();
  }
}
