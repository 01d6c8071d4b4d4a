package dev.tcpivot.processor.sdk;

import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;

/** Sentences of generated Javadoc that restate a row of the tables for the reader. */
final class Docs {
  private Docs() {}

  /** E.g. "/v3/victimAssets can associate Groups, not across owners." */
  static String associationSentence(EndpointModel endpoint) {
    List<String> names = new ArrayList<>();
    for (ObjectType target : endpoint.rule.targets()) {
      names.add(target.name());
    }
    return "{@code " + endpoint.object.endpoint() + "} can associate " + String.join(", ", names)
        + (endpoint.rule.crossOwner() ? ", also across owners." : ", not across owners.");
  }
}
