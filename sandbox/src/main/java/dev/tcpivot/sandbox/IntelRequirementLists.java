package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.QueryType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists next to the Intelligence Requirements: {@code GET /v3/intelRequirements/categories}
 * and {@code /subtypes} (each also by id) hold the docs' examples
 * (v3/intelligence_requirement_categories/retrieve.rst L19-34, v3/intelligence_requirement_subtypes/
 * retrieve.rst L19-49), read-only (endpoint_options.rst L7); {@code GET
 * /v3/intelRequirements/results} is always empty, for the sandbox does not match an IR's keyword
 * query against ThreatConnect's data and the global community
 * (v3/intelligence_requirement_results/intelligence_requirement_results.rst L5). Each takes {@code
 * tql} over the rows of its query type in tql.table and pages as other lists.
 */
final class IntelRequirementLists {
  static final Set<String> PATHS = Set.of("categories", "subtypes", "results");

  private static final String PARENT = "intelRequirements/";

  private final SpecView view;
  private final TqlEvaluator tql;
  private final Clock clock;
  private final String apiRoot;
  private final List<JsonNode> categories = seed("ir-categories.json");
  private final List<JsonNode> subtypes = seed("ir-subtypes.json");

  IntelRequirementLists(SpecView view, TqlEvaluator tql, Clock clock, String apiRoot) {
    this.view = view;
    this.tql = tql;
    this.clock = clock;
    this.apiRoot = apiRoot;
  }

  /** GET /v3/intelRequirements/{list}. */
  ObjectNode list(String list, QueryParams query) {
    List<JsonNode> all = all(list);
    Optional<String> text = query.first("tql").filter(t -> !t.isBlank());
    List<JsonNode> matches = all;
    if (text.isPresent()) {
      QueryType type = queryType(list);
      TqlNode parsed = TqlParser.parse(text.get(), type, view.spec(), clock.instant());
      matches = new ArrayList<>();
      for (JsonNode item : all) {
        if (tql.matches(parsed, new Item(null, type, (ObjectNode) item))) {
          matches.add(item);
        }
      }
    }
    ObjectNode envelope =
        Paging.of(query)
            .envelope(
                matches,
                page -> {
                  ArrayNode data = Json.object().arrayNode();
                  page.forEach(item -> data.add(item.deepCopy()));
                  return data;
                },
                apiRoot + "/v3/" + PARENT + list,
                query);
    if (!list.equals("results") && !envelope.has("count")) {
      // categories/retrieve.rst L32 and subtypes/retrieve.rst L47 show the count unasked.
      envelope.remove("status");
      envelope.put("count", matches.size());
      envelope.put("status", "Success");
    }
    return envelope;
  }

  /** GET /v3/intelRequirements/{list}/{id}; PUT and DELETE of a result find none. */
  ObjectNode get(String list, String rawKey) {
    String key = Percent.decodePath(rawKey);
    return all(list).stream()
        .filter(item -> item.path("id").asText().equals(key))
        .findFirst()
        .map(item -> Json.success(item.deepCopy(), null))
        .orElseThrow(() -> ApiException.notFound(MetadataMessages.noSuch(what(list), key)));
  }

  /** OPTIONS /v3/intelRequirements/{list}/tql. */
  ObjectNode tqlKeywords(String list) {
    return Tql.keywords(queryType(list));
  }

  private List<JsonNode> all(String list) {
    switch (list) {
      case "categories":
        return categories;
      case "subtypes":
        return subtypes;
      default:
        return List.of();
    }
  }

  private static String what(String list) {
    switch (list) {
      case "categories":
        return "Intelligence Requirement Category";
      case "subtypes":
        return "Intelligence Requirement Subtype";
      default:
        return "Intelligence Requirement Result";
    }
  }

  private QueryType queryType(String list) {
    return view.spec().queryTypeAt(PARENT + list).orElseThrow();
  }

  private static List<JsonNode> seed(String resource) {
    try (InputStream in = IntelRequirementLists.class.getResourceAsStream(resource)) {
      List<JsonNode> items = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(items::add);
      return List.copyOf(items);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
