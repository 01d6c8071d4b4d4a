package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.SpecLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox store of Host Indicators, each associated with one Adversary Group, every Group with
 * the same number of Indicators, and the two ways of answering {@code hasGroup(id = N)} over it:
 * the sandbox's evaluator, and a scan that checks every Indicator's associations. For the
 * benchmarks, which measure the evaluation in process; the store and evaluator are
 * package-private in the sandbox.
 */
public final class NestedQueryData {
  private final Store store = new Store(entity -> java.util.List.of()); // no lookups by summary here
  private final SpecView view = new SpecView(SpecLoader.builtIn());
  private final ObjectType indicators = view.endpoint("indicators").orElseThrow();
  private final ObjectType groups = view.endpoint("groups").orElseThrow();
  private final TqlEvaluator evaluator = new TqlEvaluator(view, store, new Summaries(view), new MetadataLists(store));
  private final long groupId;
  private final TqlNode query;

  /**
   * @param indicatorCount how many Indicators
   * @param perGroup how many Indicators each Group has, so how many a query matches
   */
  public NestedQueryData(int indicatorCount, int perGroup) {
    Owner owner = new Owners().organization();
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    JsonNodeFactory json = JsonNodeFactory.instance;
    List<Long> groupIds = new ArrayList<>();
    for (int g = 0; g < indicatorCount / perGroup; g++) {
      ObjectNode fields = json.objectNode().put("name", "Adversary " + g);
      Entity group = new Entity(store.newId(), groups, owner, "Adversary", fields, now, null);
      store.add(group);
      groupIds.add(group.id());
    }
    for (int i = 0; i < indicatorCount; i++) {
      ObjectNode fields = json.objectNode().put("hostName", "host" + i + ".example");
      Entity host = new Entity(store.newId(), indicators, owner, "Host", fields, now, null);
      store.add(host);
      store.link(host.id(), groupIds.get(i % groupIds.size()));
    }
    store.commit();
    groupId = groupIds.get(groupIds.size() / 2);
    query =
        TqlParser.parse(
            "hasGroup(id = " + groupId + ")",
            view.spec().queryType(indicators).orElseThrow(),
            view.spec(),
            now);
  }

  /** The Indicators that {@code hasGroup(id = N)} matches, as the sandbox answers a list. */
  public int evaluate() {
    return evaluator.matches(query, indicators).size();
  }

  /** The same, by checking every Indicator's associated Groups for one with id N. */
  public int scan() {
    List<Entity> matches = new ArrayList<>();
    for (Entity indicator : store.all(indicators)) {
      for (Long other : store.neighbours(indicator.id())) {
        Entity related = store.get(other).orElse(null);
        if (related != null && related.endpoint().equals(groups) && related.id() == groupId) {
          matches.add(indicator);
          break;
        }
      }
    }
    return matches.size();
  }
}
