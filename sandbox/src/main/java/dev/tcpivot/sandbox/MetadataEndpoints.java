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
import java.util.function.Function;

/**
 * The read-only lists of shared metadata: {@code GET /v3/tags} (v3/tags/retrieve.rst),
 * {@code GET /v3/securityLabels} (v3/security_labels/retrieve.rst) and {@code GET
 * /v3/attributeTypes} (v3/attribute_types/retrieve.rst), each also by id, paged as other lists
 * (v3/enable_pagination.rst), filtered with {@code tql} over the rows of their query types in
 * tql.table; Tags also with {@code owner} (retrieve.rst L51-52). Callers hold
 * the store's lock.
 */
final class MetadataEndpoints {
  static final Set<String> PATHS = Set.of("tags", "securityLabels", "attributeTypes");

  private final SpecView view;
  private final MetadataLists lists;
  private final TqlEvaluator tql;
  private final Owners owners;
  private final Clock clock;
  private final String apiRoot;
  private final List<JsonNode> attributeTypes = attributeTypes();

  MetadataEndpoints(
      SpecView view,
      MetadataLists lists,
      TqlEvaluator tql,
      Owners owners,
      Clock clock,
      String apiRoot) {
    this.view = view;
    this.lists = lists;
    this.tql = tql;
    this.owners = owners;
    this.clock = clock;
    this.apiRoot = apiRoot;
  }

  /** GET /v3/{path}. */
  ObjectNode list(String path, QueryParams query) {
    Paging paging = Paging.of(query);
    String url = apiRoot + "/v3/" + path;
    switch (path) {
      case "tags":
        Optional<Owner> owner =
            query.first("owner").map(name -> owners.fromParameter(Optional.of(name)));
        List<TagRecord> tags = new ArrayList<>();
        for (TagRecord tag : lists.tags().all()) {
          if (owner.map(o -> o.equals(tag.owner())).orElse(true)) {
            tags.add(tag);
          }
        }
        return paging.envelope(
            filter(tags, "tags", query, Tags::tqlNode),
            page -> array(page, t -> Tags.render(t, true)),
            url,
            query);
      case "securityLabels":
        return paging.envelope(
            filter(lists.labels().all(), "securityLabels", query, SecurityLabels::tqlNode),
            page -> array(page, SecurityLabels::render),
            url,
            query);
      default:
        return paging.envelope(
            filter(attributeTypes, "attributeTypes", query, t -> (ObjectNode) t),
            page -> array(page, JsonNode::deepCopy),
            url,
            query);
    }
  }

  /** GET /v3/{path}/{id}. */
  ObjectNode get(String path, String rawKey) {
    String key = Percent.decodePath(rawKey);
    Optional<Long> id =
        key.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(key)) : Optional.empty();
    Optional<JsonNode> found;
    String what;
    switch (path) {
      case "tags":
        what = "Tag";
        found = id.flatMap(lists.tags()::byId).map(t -> Tags.render(t, true));
        break;
      case "securityLabels":
        what = "Security Label";
        found = id.flatMap(lists.labels()::byId).map(SecurityLabels::render);
        break;
      default:
        what = "Attribute Type";
        found =
            attributeTypes.stream()
                .filter(t -> id.isPresent() && t.path("id").asLong() == id.get())
                .findFirst()
                .map(JsonNode::deepCopy);
    }
    JsonNode data =
        found.orElseThrow(() -> ApiException.notFound(MetadataMessages.noSuch(what, key)));
    return Json.success(data, null);
  }

  /** OPTIONS /v3/{path}/tql. */
  ObjectNode tqlKeywords(String path) {
    return Tql.keywords(queryType(path));
  }

  private <T> List<T> filter(
      List<T> all, String path, QueryParams query, Function<T, ObjectNode> tqlNode) {
    Optional<String> text = query.first("tql").filter(t -> !t.isBlank());
    if (text.isEmpty()) {
      return all;
    }
    QueryType type = queryType(path);
    TqlNode parsed = TqlParser.parse(text.get(), type, view.spec(), clock.instant());
    List<T> matches = new ArrayList<>();
    for (T item : all) {
      if (tql.matches(parsed, new Item(null, type, tqlNode.apply(item)))) {
        matches.add(item);
      }
    }
    return matches;
  }

  private QueryType queryType(String path) {
    return view.spec()
        .queryTypeAt(path)
        .orElseThrow(() -> ApiException.notFound(Messages.noSuchPath("/v3/" + path + "/tql")));
  }

  private static <T> ArrayNode array(List<T> items, Function<T, JsonNode> render) {
    ArrayNode data = Json.object().arrayNode();
    items.forEach(item -> data.add(render.apply(item)));
    return data;
  }

  private static List<JsonNode> attributeTypes() {
    // The Attribute Types of the docs' examples, copied verbatim (retrieve.rst L19-43, L70-78).
    try (InputStream in = MetadataEndpoints.class.getResourceAsStream("attribute-types.json")) {
      List<JsonNode> types = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(types::add);
      return List.copyOf(types);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
