package dev.tcpivot.batch;

import dev.tcpivot.BatchAttribute;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchIndicator;
import dev.tcpivot.IndicatorKind;
import dev.tcpivot.v3.BatchGroups;
import java.time.Instant;

/**
 * The objects that the example input files of v2_batch_api.rst (L153-700) repeat: Indicators and
 * Incidents of a ransomware attack, each with a Description Attribute, TLP:AMBER and the Tag
 * Ransomware.
 */
final class RansomwareExamples {
  private RansomwareExamples() {}

  /** An Indicator as the examples write it: confidence 60, rating 3. */
  static <K extends IndicatorKind> BatchIndicator<K> ransomware(BatchIndicator<K> indicator, String description) {
    return indicator
        .attribute(BatchAttribute.of("Description", description).securityLabel("TLP:AMBER"))
        .confidence(60)
        .rating(3)
        .securityLabel("TLP:AMBER")
        .tag("Ransomware");
  }

  /** An Incident as the examples write it, with the event date 2024-08-04. */
  static BatchGroup incident(String xid, String name, String description) {
    return BatchGroups.incident(xid, name)
        .attribute(BatchAttribute.of("Description", description).displayed())
        .eventDate(Instant.parse("2024-08-04T00:00:00Z"))
        .securityLabel("TLP:AMBER")
        .tag("Ransomware");
  }
}
