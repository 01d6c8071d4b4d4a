package dev.tcpivot.spec;

import java.util.List;

/**
 * A default Indicator-to-Indicator association: Indicators of the non-primary types can be
 * associated to an Indicator of the primary type, not the other way round.
 */
public record IndicatorAssociation(
    String name, String primary, List<String> nonPrimary, SourceLine source) {
  public IndicatorAssociation {
    nonPrimary = List.copyOf(nonPrimary);
  }
}
