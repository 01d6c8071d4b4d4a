package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request path pattern: {@code *} stands for one path segment, {@code **} for any number of them
 * (none included). A pattern that does not start with {@code /api/} is below the API root, so
 * {@code /v3/groups/*} matches {@code /api/v3/groups/12}. The query string plays no part.
 */
final class PathPattern {
  private static final String API_ROOT = "/api";

  private final String text;
  private final List<String> segments;

  private PathPattern(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  /** @throws IllegalArgumentException if the pattern does not start with {@code /} */
  static PathPattern of(String pattern) {
    Objects.requireNonNull(pattern, "pathPattern");
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException(
          "a path pattern starts with /, e.g. /v3/groups/*, was \"" + pattern + "\"");
    }
    String full = pattern.equals(API_ROOT) || pattern.startsWith(API_ROOT + "/") ? pattern : API_ROOT + pattern;
    return new PathPattern(pattern, segments(full));
  }

  /** Whether a raw request path such as {@code /api/v3/groups/12} matches. */
  boolean matches(String rawPath) {
    return matches(segments, 0, segments(rawPath), 0);
  }

  private static boolean matches(List<String> pattern, int p, List<String> path, int i) {
    if (p == pattern.size()) {
      return i == path.size();
    }
    String segment = pattern.get(p);
    if (segment.equals("**")) {
      for (int k = i; k <= path.size(); k++) {
        if (matches(pattern, p + 1, path, k)) {
          return true;
        }
      }
      return false;
    }
    if (i == path.size()) {
      return false;
    }
    return (segment.equals("*") || segment.equals(path.get(i)))
        && matches(pattern, p + 1, path, i + 1);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  @Override
  public String toString() {
    return text;
  }
}
