package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The query string of a request: decoded for reading, raw for building {@code next} links. */
final class QueryParams {
  private record Param(String raw, String key, String value) {}

  private final List<Param> params;

  private QueryParams(List<Param> params) {
    this.params = List.copyOf(params);
  }

  /** Parses a raw (still encoded) query string; {@code null} means no query. */
  static QueryParams parse(String rawQuery) {
    List<Param> params = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.add(new Param(pair, Percent.decodeQuery(key), Percent.decodeQuery(value)));
      }
    }
    return new QueryParams(params);
  }

  /** Every value of a parameter, in request order. */
  List<String> all(String key) {
    List<String> values = new ArrayList<>();
    for (Param param : params) {
      if (param.key().equals(key)) {
        values.add(param.value());
      }
    }
    return values;
  }

  /** The first value of a parameter. */
  Optional<String> first(String key) {
    return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst();
  }

  /** The raw {@code key=value} pairs of every parameter but the given ones, in request order. */
  List<String> rawPairsExcept(Set<String> keys) {
    List<String> pairs = new ArrayList<>();
    for (Param param : params) {
      if (!keys.contains(param.key())) {
        pairs.add(param.raw());
      }
    }
    return pairs;
  }
}
