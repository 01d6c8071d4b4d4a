package dev.tcpivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line sends each link with the SDK's typed updates, one per pair of the association
 * table, and names Indicators with the typed refs, one per Indicator type: a pair or a type that
 * the tables gain without a way here fails these tests, not a user's run. Nothing is sent: a plan
 * only builds the refs and the request it would send.
 */
class LinkRequestsTableTest {
  private static final Spec SPEC = SpecLoader.builtIn();
  // Never called: plans are built, not run.
  private final ThreatConnect tc =
      ThreatConnect.builder().baseUrl("https://tc.example.invalid/api").token("not-used").build();

  @Test
  void everyPairOfTheAssociationTableHasAnUpdate() {
    int pairs = 0;
    for (AssociationRule rule : SPEC.associations()) {
      for (ObjectType objects : rule.targets()) {
        LinkRequests requests = new LinkRequests(tc, Path.of("links.txt"), List.of(new LinkLine(1, "7")));
        LinkPlan plan = requests.plan(new LinkTarget(rule.endpoint(), "12"), objects);
        assertEquals(1, plan.size(), rule.endpoint().endpointName() + " <- " + objects.endpointName());
        pairs++;
      }
    }
    assertTrue(pairs > 0);
  }

  @Test
  void everyIndicatorTypeCanBeNamedBySummary() {
    List<String> types = SPEC.catalog(SPEC.objectAt("indicators").orElseThrow()).types();
    assertFalse(types.isEmpty());
    for (String type : types) {
      try {
        IndicatorSummaries.ref(type + ":x");
      } catch (IllegalArgumentException e) {
        // a summary its type refuses is fine here; an unknown type is not
        assertFalse(e.getMessage().contains("is not an Indicator type"), type + ": " + e.getMessage());
      }
    }
  }
}
