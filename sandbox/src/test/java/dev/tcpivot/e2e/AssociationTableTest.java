package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every cell of the association table (v3/associations.rst "Supported Association Types", L17-54),
 * as the spec loads it, replayed through the typed SDK with every kind of target the page shows
 * ("Create Associations", L56-265), on POST and on PUT, and read back with {@code fields}
 * ("Retrieve Associations", L267-276) from the endpoint and, where the target's own row lists the
 * endpoint's type, from the target too.
 */
@ExtendWith(SandboxExtension.class)
class AssociationTableTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  @TestFactory
  List<DynamicNode> everyCellOfTheTableLinksEveryKindOfTargetOnPostAndPut(
      ThreatConnect tc, Sandbox sandbox) {
    AssociationCells cells = new AssociationCells(tc, sandbox.source().id());
    List<DynamicNode> nodes = new ArrayList<>();
    for (AssociationRule rule : SPEC.associations()) {
      for (ObjectType target : rule.targets()) {
        String name = rule.endpoint().endpoint() + " associates " + target.name();
        Optional<AssociationCell<?, ?>> cell =
            cells.find(rule.endpoint().endpoint(), target.name());
        if (cell.isEmpty()) {
          nodes.add(
              DynamicTest.dynamicTest(
                  name, () -> fail("the table lists this cell, but no scenario replays it")));
          continue;
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (AssociationCell.Scenario scenario : cell.get().scenarios()) {
          tests.add(
              DynamicTest.dynamicTest(
                  scenario.name(),
                  () -> {
                    Link link = scenario.run().get();
                    assertVisibleFromTheTarget(cells, rule.endpoint(), target, link);
                  }));
        }
        nodes.add(DynamicContainer.dynamicContainer(name, tests));
      }
    }
    return nodes;
  }

  @Test
  void everyReplayedCellIsACellOfTheTable(ThreatConnect tc, Sandbox sandbox) {
    for (AssociationCell<?, ?> cell : new AssociationCells(tc, sandbox.source().id()).all()) {
      ObjectType endpoint = SPEC.objectAt(cell.endpoint()).orElseThrow();
      ObjectType target = SPEC.object(cell.target()).orElseThrow();
      assertTrue(
          SPEC.rule(endpoint).allows(target),
          () -> cell.endpoint() + " does not list " + cell.target());
    }
  }

  /** Both sides see an association when the target's row lists the endpoint's type. */
  private static void assertVisibleFromTheTarget(
      AssociationCells cells, ObjectType endpoint, ObjectType target, Link link) {
    if (!SPEC.rule(target).allows(endpoint)) {
      return; // no fields value reports it from that side, e.g. Intelligence Requirements, Victims
    }
    AssociationCell<?, ?> reverse = cells.find(target.endpoint(), endpoint.name()).orElseThrow();
    List<Long> ids = reverse.associatedIds(link.target());
    assertTrue(
        ids.contains(link.subject()),
        () ->
            target.endpoint()
                + "/"
                + link.target()
                + " should list "
                + endpoint.singular()
                + " "
                + link.subject()
                + " among its "
                + endpoint.name()
                + ", but lists "
                + ids);
  }
}
