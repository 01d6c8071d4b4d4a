package dev.tcpivot.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One benchmark's result from a JMH JSON file: its score, error, unit, percentiles and allocation. */
final class Result {
  final String benchmark;
  final String params;
  final double score;
  final double error;
  final String unit;
  private final JsonNode primary;
  private final JsonNode secondary;

  Result(JsonNode node) {
    String name = node.get("benchmark").asText();
    this.benchmark = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    JsonNode p = node.get("params");
    this.params = p == null ? "" : p.toString();
    this.primary = node.get("primaryMetric");
    this.secondary = node.get("secondaryMetrics");
    this.score = primary.get("score").asDouble();
    this.error = primary.get("scoreError").asDouble();
    this.unit = primary.get("scoreUnit").asText();
  }

  /** The parameter's value, or null. */
  String param(String name) {
    return params.isEmpty() ? null : read(name);
  }

  private String read(String name) {
    String key = "\"" + name + "\":\"";
    int at = params.indexOf(key);
    return at < 0 ? null : params.substring(at + key.length(), params.indexOf('"', at + key.length()));
  }

  /** A percentile of a sampled result, e.g. 50.0 or 99.0. */
  double percentile(String which) {
    return primary.get("scorePercentiles").get(which).asDouble();
  }

  /** Bytes allocated per operation ({@code -prof gc}), or NaN without the profiler. */
  double allocation() {
    if (secondary == null) {
      return Double.NaN;
    }
    for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        return metric.getValue().get("score").asDouble();
      }
    }
    return Double.NaN;
  }

  /** The score of the secondary result whose name ends with {@code name}, or NaN without it. */
  double secondary(String name) {
    if (secondary == null) {
      return Double.NaN;
    }
    for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
      if (metric.getKey().endsWith(name)) {
        return metric.getValue().get("score").asDouble();
      }
    }
    return Double.NaN;
  }

  /** {@code score ± error}, in the result's unit. */
  String timed() {
    return Format.number(score) + " ± " + Format.number(Double.isNaN(error) ? 0 : error);
  }
}
