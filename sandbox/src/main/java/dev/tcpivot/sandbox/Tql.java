package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * TQL at an endpoint: the {@code tql} parameter parsed against the endpoint's rows of the TQL
 * table (v3/filter_results.rst), and the {@code OPTIONS /v3/{type}/tql} answer built from the same
 * rows.
 */
final class Tql {
  private Tql() {}

  /** The parsed query; none for a blank one, which filters nothing (the docs are silent). */
  static Optional<TqlNode> parse(String text, ObjectType endpoint, SpecView view, Instant now) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(TqlParser.parse(text, queryType(endpoint, view), view.spec(), now));
  }

  static QueryType queryType(ObjectType endpoint, SpecView view) {
    return view.spec()
        .queryType(endpoint)
        .orElseThrow(
            () -> ApiException.notFound(Messages.noSuchPath(endpoint.endpoint() + "/tql")));
  }

  /**
   * The keywords in the shape of filter_results.rst L54-183: keyword, name and type. The table
   * holds no display names, so {@code name} is the keyword, as for associatedCase (L59-61). A nested
   * query is typed Integer and named and described as the docs' example names them (L109-131):
   * {@code "Associated Group"}, "A nested query for association to other groups".
   */
  static ObjectNode keywords(QueryType type) {
    ArrayNode data = Json.object().arrayNode();
    for (TqlKeyword keyword : type.keywords()) {
      ObjectNode item = data.addObject();
      item.put("keyword", keyword.name());
      if (keyword.nested()) {
        String target = words(keyword.target().orElseThrow());
        item.put("name", "Associated " + target);
        item.put("type", "Integer");
        item.put(
            "description",
            "A nested query for association to other " + target.toLowerCase(Locale.ROOT) + "s");
      } else {
        item.put("name", keyword.name());
        item.put("type", keyword.type().tableName());
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    body.put("count", data.size());
    body.put("status", "Success");
    return body;
  }

  /** "VictimAsset" to "Victim Asset". */
  private static String words(String name) {
    return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
  }
}
