package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/**
 * The {@code fields} query parameter of each endpoint is its own enum, and an association field is a
 * constant only where the endpoint's row lists the type.
 */
class FieldsParameterTest {

  @Test
  void aFieldOfAnotherEndpointIsRefused() {
    Snippet.of(
            "VictimAsset asset = " + Snippet.MARK + "tc.victimAssets().get(1, IndicatorField.TAGS);")
        .isRefusedWith(
            "method get in class dev.tcpivot.v3.VictimAssets cannot be applied to given types",
            "dev.tcpivot.v3.IndicatorField cannot be converted to dev.tcpivot.v3.VictimAssetField");
  }

  @Test
  void aFieldOfAnotherEndpointOnCreateIsRefused() {
    Snippet.of(
            "Indicator created = " + Snippet.MARK
                + "tc.indicators().create(IndicatorCreate.host(\"badguy.com\").build(), GroupField.ASSOCIATED_INDICATORS);")
        .isRefusedWith(
            "method create in class dev.tcpivot.v3.Indicators cannot be applied to given types",
            "dev.tcpivot.v3.GroupField cannot be converted to dev.tcpivot.v3.IndicatorField");
  }

  @Test
  void anAssociationTheEndpointCannotHaveIsNoConstant() {
    Snippet.of(
            "VictimAsset asset = tc.victimAssets().get(1, VictimAssetField." + Snippet.MARK
                + "ASSOCIATED_INDICATORS);")
        .isRefusedWith(
            "cannot find symbol",
            "variable ASSOCIATED_INDICATORS",
            "location: class dev.tcpivot.v3.VictimAssetField");
  }

  @Test
  void theEndpointsOwnFieldsCompile() {
    Snippet.of(
            "VictimAsset asset = tc.victimAssets().get(1, VictimAssetField.ASSOCIATED_GROUPS);",
            "Indicator indicator = tc.indicators().get(\"badguy.com\", IndicatorField.ASSOCIATED_GROUPS, IndicatorField.TAGS);")
        .compiles();
  }
}
