package dev.tcpivot.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An endpoint that takes TQL, named as nested queries name it ({@code Group} for {@code
 * hasGroup(...)}), with the keywords it takes in table order. Its generated class is the name
 * followed by {@code Query}.
 */
public record QueryType(
    String name, String endpoint, List<TqlKeyword> keywords, SourceLine source) {
  public QueryType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
    keywords = List.copyOf(keywords);
  }

  /** The keyword of that name, compared exactly. */
  public Optional<TqlKeyword> keyword(String keyword) {
    return keywords.stream().filter(k -> k.name().equals(keyword)).findFirst();
  }

  /** The keyword of that name, ignoring case as the API does. */
  public Optional<TqlKeyword> keywordIgnoringCase(String keyword) {
    return keywords.stream().filter(k -> k.name().equalsIgnoreCase(keyword)).findFirst();
  }

  /** The simple name of the generated query class, e.g. {@code GroupQuery}. */
  public String className() {
    return name + "Query";
  }

  /** The endpoint without {@code /v3/}, e.g. {@code groupAttributes}. */
  public String endpointName() {
    return endpoint.substring(endpoint.lastIndexOf("/v3/") + 4);
  }
}
