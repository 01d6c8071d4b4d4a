package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code resultStart}/{@code resultLimit} paging with absolute {@code next}/{@code prev} links, and
 * {@code count=true} (v3/enable_pagination.rst, v3/return_count.rst).
 */
final class Paging {
  static final int DEFAULT_LIMIT = 100;

  /** v3/enable_pagination.rst L25. */
  static final int MAX_LIMIT = 10000;

  private static final String START = "resultStart";
  private static final String LIMIT = "resultLimit";

  private final int start;
  private final int limit;
  private final boolean count;

  private Paging(int start, int limit, boolean count) {
    this.start = start;
    this.limit = limit;
    this.count = count;
  }

  static Paging of(QueryParams query) {
    int start = number(query, START, 0);
    int limit = number(query, LIMIT, DEFAULT_LIMIT);
    if (limit < 1) {
      throw ApiException.badRequest(Messages.limitTooSmall(limit));
    }
    if (limit > MAX_LIMIT) {
      throw ApiException.badRequest(Messages.limitTooLarge(limit, MAX_LIMIT));
    }
    boolean count =
        query.first("count").map(v -> v.toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    return new Paging(start, limit, count);
  }

  private static int number(QueryParams query, String name, int fallback) {
    String value = query.first(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number < 0) {
        throw ApiException.badRequest(Messages.notANumber(name, value));
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(Messages.notANumber(name, value));
    }
  }

  /**
   * The list envelope: {@code next} (when more items follow), {@code data}, {@code prev} (when the
   * page does not start at 0), {@code count} (with count=true on the first page), status.
   *
   * @param listUrl the absolute URL of the list, e.g. http://127.0.0.1:8080/api/v3/groups
   */
  <T> ObjectNode envelope(
      List<T> all, Function<List<T>, ArrayNode> render, String listUrl, QueryParams query) {
    int from = Math.min(start, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (to < all.size()) {
      node.put("next", link(listUrl, query, to));
    }
    node.set("data", render.apply(new ArrayList<>(all.subList(from, to))));
    if (start > 0) {
      node.put("prev", link(listUrl, query, Math.max(0, start - limit)));
    }
    if (count && start == 0) {
      node.put("count", all.size());
    }
    node.put("status", "Success");
    return node;
  }

  /** The same request's URL with another start, keeping every other parameter as it was sent. */
  private String link(String listUrl, QueryParams query, int newStart) {
    List<String> pairs = new ArrayList<>(query.rawPairsExcept(Set.of(START, LIMIT)));
    pairs.add(START + "=" + newStart);
    pairs.add(LIMIT + "=" + limit);
    return listUrl + "?" + String.join("&", pairs);
  }
}
