package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.TqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random TQL over random data, answered by the sandbox over HTTP and by a small evaluator written
 * here over the test's own model of the data; they must agree. Keywords come from the TQL table
 * (those of its rows whose data the model holds), with every operator their type takes, in any
 * case and spelling, joined by AND and OR with and without parentheses, nested up to three deep.
 * A fixed seed makes a failure repeatable.
 */
class TqlPropertyTest {
  private static final long SEED = 20261201L;
  private static final int CASES = 400;
  private static final Map<String, List<String>> HELD =
      Map.of(
          "Indicator",
          List.of("confidence", "hasGroup", "hasIndicator", "id", "ownerName", "rating", "summary",
              "tag", "threatAssessScore", "typeName"),
          "Group",
          List.of("hasGroup", "hasIndicator", "id", "ownerName", "summary", "tag", "typeName"));
  private static final List<String> TAGS = List.of("APT", "phish", "crime", "Malware");
  private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta");

  /** One object of the model: its kind (Indicator or Group) and what it holds per keyword. */
  private static final class Thing {
    final String kind;
    final Map<String, List<Object>> values = new HashMap<>();
    final Set<Thing> related = new HashSet<>();
    long id;

    Thing(String kind) {
      this.kind = kind;
    }
  }

  private static Sandbox sandbox;
  private static TestClient client;
  private static TqlQueries tql;
  private static final Random random = new Random(SEED);
  private static final List<Thing> things = new ArrayList<>();
  private static final Map<String, List<TqlKeyword>> keywords = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = new TestClient(sandbox);
    tql = new TqlQueries(client);
    for (Map.Entry<String, List<String>> held : HELD.entrySet()) {
      QueryType type = Fixtures.SPEC.queryType(held.getKey()).orElseThrow();
      List<TqlKeyword> rows =
          type.keywords().stream().filter(k -> held.getValue().contains(k.name())).collect(Collectors.toList());
      assertEquals(held.getValue().size(), rows.size(), "the table's rows for " + held.getKey());
      keywords.put(held.getKey(), rows);
    }
    List<Thing> groups = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      groups.add(group(i));
    }
    for (Thing a : groups) {
      for (Thing b : groups) {
        if (a.id < b.id && random.nextDouble() < 0.1) {
          Response linked =
              client.put("/v3/groups/" + a.id, "{\"associatedGroups\": {\"data\": [{\"id\": " + b.id + "}]}}");
          assertEquals(200, linked.status(), linked::toString);
          relate(a, b);
        }
      }
    }
    for (int i = 0; i < 40; i++) {
      indicator(i, groups);
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static void relate(Thing a, Thing b) {
    a.related.add(b);
    b.related.add(a);
  }

  private static String owner() {
    return random.nextInt(5) == 0 ? "Demo Source" : "Demo Organization";
  }

  private static List<Object> tags() {
    List<Object> tags = new ArrayList<>();
    for (String tag : TAGS) {
      if (random.nextInt(3) == 0) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static String tagBlock(List<Object> tags) {
    return tags.stream().map(t -> "{\"name\": \"" + t + "\"}").collect(Collectors.joining(", ", "{\"data\": [", "]}"));
  }

  private static Thing group(int n) {
    Thing group = new Thing("Group");
    String type = List.of("Adversary", "Campaign", "Incident").get(random.nextInt(3));
    String name = WORDS.get(random.nextInt(WORDS.size())) + " group " + n;
    String owner = owner();
    List<Object> tags = tags();
    Response created =
        client.post(
            "/v3/groups?owner=" + owner.replace(" ", "%20"),
            "{\"type\": \"" + type + "\", \"name\": \"" + name + "\", \"tags\": " + tagBlock(tags) + "}");
    assertEquals(201, created.status(), created::toString);
    group.id = created.id();
    group.values.put("id", List.of((Object) group.id));
    group.values.put("summary", List.of(name));
    group.values.put("typeName", List.of(type));
    group.values.put("ownerName", List.of(owner));
    group.values.put("tag", tags);
    things.add(group);
    return group;
  }

  private static void indicator(int n, List<Thing> groups) {
    Thing indicator = new Thing("Indicator");
    String word = WORDS.get(random.nextInt(WORDS.size()));
    String[][] kinds = {
      {"Host", "hostName", word + n + ".example"},
      {"Address", "ip", "10.0." + n + "." + random.nextInt(250)},
      {"Mutex", "Mutex", word + "'s \"mutex\" `" + n + "` \\x"},
      {"URL", "text", "http://" + word + ".example/p" + n}
    };
    String[] kind = kinds[random.nextInt(kinds.length)];
    StringBuilder body = new StringBuilder("{\"type\": \"" + kind[0] + "\", \"" + kind[1] + "\": \"");
    body.append(kind[2].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    long rating = 0;
    if (random.nextBoolean()) {
      rating = random.nextInt(6);
      body.append(", \"rating\": ").append(rating);
    }
    long confidence = 0;
    if (random.nextBoolean()) {
      confidence = 10L * random.nextInt(11);
      body.append(", \"confidence\": ").append(confidence);
    }
    List<Object> tags = tags();
    body.append(", \"tags\": ").append(tagBlock(tags));
    List<Thing> linked = new ArrayList<>();
    for (Thing group : groups) {
      if (random.nextDouble() < 0.12) {
        linked.add(group);
      }
    }
    body.append(", \"associatedGroups\": {\"data\": [")
        .append(linked.stream().map(g -> "{\"id\": " + g.id + "}").collect(Collectors.joining(", ")))
        .append("]}}");
    String owner = owner();
    Response created = client.post("/v3/indicators?owner=" + owner.replace(" ", "%20"), body.toString());
    assertEquals(201, created.status(), created::toString);
    indicator.id = created.id();
    indicator.values.put("id", List.of((Object) indicator.id));
    indicator.values.put("summary", List.of(kind[2]));
    indicator.values.put("typeName", List.of(kind[0]));
    indicator.values.put("rating", List.of((Object) rating));
    indicator.values.put("confidence", List.of((Object) confidence));
    indicator.values.put("ownerName", List.of(owner));
    indicator.values.put("tag", tags);
    linked.forEach(g -> relate(indicator, g));
    things.add(indicator);
  }

  @Test
  void sandboxAgreesWithTheReferenceEvaluator() {
    int telling = 0;
    int nested = 0;
    for (int i = 0; i < CASES; i++) {
      String kind = random.nextBoolean() ? "Indicator" : "Group";
      Query query = query(kind, 0);
      String text = query.render(0);
      Set<Long> expected = new TreeSet<>();
      for (Thing thing : things) {
        if (thing.kind.equals(kind) && query.holds(thing)) {
          expected.add(thing.id);
        }
      }
      String endpoint = kind.equals("Indicator") ? "indicators" : "groups";
      long ofKind = things.stream().filter(t -> t.kind.equals(kind)).count();
      telling += expected.isEmpty() || expected.size() == ofKind ? 0 : 1;
      nested += text.toLowerCase(Locale.ROOT).contains("has") ? 1 : 0;
      int number = i;
      assertEquals(
          new ArrayList<>(expected),
          tql.ids(endpoint, text),
          () -> "case " + number + " (seed " + SEED + "): " + endpoint + "?tql=" + text);
    }
    // Most queries must match some objects and not others, and many must nest, or the
    // agreement says little.
    assertTrue(telling > CASES / 3, telling + " of " + CASES + " queries told objects apart");
    assertTrue(nested > CASES / 4, nested + " of " + CASES + " queries nested");
  }

  // The reference: queries as the test builds them, rendered to TQL and evaluated on the model.

  private interface Query {
    /** @param outer 0 at the top, 1 inside OR, 2 inside AND: where parentheses are needed */
    String render(int outer);

    boolean holds(Thing thing);
  }

  private static Query query(String kind, int depth) {
    double roll = random.nextDouble();
    if (depth < 3 && roll < 0.3) {
      boolean and = random.nextBoolean();
      List<Query> parts = new ArrayList<>();
      for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
        parts.add(query(kind, depth + 1));
      }
      return junction(and, parts);
    }
    List<TqlKeyword> rows = keywords.get(kind);
    TqlKeyword keyword = rows.get(random.nextInt(rows.size()));
    if (keyword.nested()) {
      if (depth >= 3) {
        return query(kind, depth);
      }
      String target = keyword.target().orElseThrow();
      Query inner = query(target, depth + 1);
      String name = spelled(keyword.name());
      return new Query() {
        @Override
        public String render(int outer) {
          return name + "(" + inner.render(0) + ")";
        }

        @Override
        public boolean holds(Thing thing) {
          return thing.related.stream().anyMatch(t -> t.kind.equals(target) && inner.holds(t));
        }
      };
    }
    return comparison(kind, keyword);
  }

  private static Query junction(boolean and, List<Query> parts) {
    String word = and ? pick("AND", "and", "And") : pick("OR", "or", "Or");
    boolean extraParentheses = random.nextInt(5) == 0;
    return new Query() {
      @Override
      public String render(int outer) {
        int own = and ? 2 : 1;
        String text = parts.stream().map(p -> p.render(own)).collect(Collectors.joining(" " + word + " "));
        return own < outer || extraParentheses ? "(" + text + ")" : text;
      }

      @Override
      public boolean holds(Thing thing) {
        return and ? parts.stream().allMatch(p -> p.holds(thing)) : parts.stream().anyMatch(p -> p.holds(thing));
      }
    };
  }

  private static final List<String> STRING_OPERATORS =
      List.of("=", "!=", "IN", "NOT IN", "LIKE", "NOT LIKE", "CONTAINS", "NOT CONTAINS", "STARTSWITH",
          "NOT STARTSWITH", "ENDSWITH", "NOT ENDSWITH", "IS NULL", "IS NOT NULL");
  private static final List<String> NUMBER_OPERATORS =
      List.of("=", "!=", ">", "<", ">=", "<=", "IN", "NOT IN", "IS NULL", "IS NOT NULL");
  private static final Map<String, List<String>> SPELLINGS =
      Map.of("=", List.of("=", "EQ", "eq"), "!=", List.of("!=", "NE", "ne"), ">", List.of(">", "GT"),
          "<", List.of("<", "lt"), ">=", List.of(">=", "GEQ"), "<=", List.of("<=", "leq"));

  private static Query comparison(String kind, TqlKeyword keyword) {
    boolean number = keyword.type() == TqlType.INTEGER;
    List<String> operators = number ? NUMBER_OPERATORS : STRING_OPERATORS;
    String operator = operators.get(random.nextInt(operators.size()));
    List<Object> values = new ArrayList<>();
    int count = operator.endsWith("IN") ? 1 + random.nextInt(3) : operator.endsWith("NULL") ? 0 : 1;
    for (int i = 0; i < count; i++) {
      values.add(number ? number(keyword.name()) : text(kind, keyword.name(), operator));
    }
    String written =
        spelled(keyword.name())
            + " "
            + (SPELLINGS.containsKey(operator) ? pick(SPELLINGS.get(operator).toArray(new String[0])) : cased(operator));
    String rendered =
        count == 0
            ? written
            : written + " " + (operator.endsWith("IN")
                ? values.stream().map(TqlPropertyTest::literal).collect(Collectors.joining(", ", "(", ")"))
                : literal(values.get(0)));
    return new Query() {
      @Override
      public String render(int outer) {
        return rendered;
      }

      @Override
      public boolean holds(Thing thing) {
        List<Object> held = thing.values.getOrDefault(keyword.name(), List.of());
        switch (operator) {
          case "IS NULL":
            return held.isEmpty();
          case "IS NOT NULL":
            return !held.isEmpty();
          default:
            boolean negated = operator.startsWith("NOT ") || operator.equals("!=");
            String positive = operator.equals("!=") ? "=" : operator.replace("NOT ", "");
            boolean any = held.stream().anyMatch(h -> matches(positive, h, values));
            return negated != any;
        }
      }
    };
  }

  private static boolean matches(String operator, Object held, List<Object> values) {
    if (held instanceof Long) {
      long h = (Long) held;
      long v = (Long) values.get(0);
      switch (operator) {
        case "=":
          return h == v;
        case ">":
          return h > v;
        case "<":
          return h < v;
        case ">=":
          return h >= v;
        case "<=":
          return h <= v;
        default:
          return values.contains(held);
      }
    }
    String h = ((String) held).toLowerCase(Locale.ROOT);
    String v = ((String) values.get(0)).toLowerCase(Locale.ROOT);
    switch (operator) {
      case "=":
        return h.equals(v);
      case "IN":
        return values.stream().anyMatch(x -> ((String) x).equalsIgnoreCase(h));
      case "LIKE":
        return like(h, 0, v, 0);
      case "CONTAINS":
        return h.contains(v);
      case "STARTSWITH":
        return h.startsWith(v);
      default:
        return h.endsWith(v);
    }
  }

  /** LIKE with % for any run of characters, by plain backtracking. */
  private static boolean like(String text, int t, String pattern, int p) {
    if (p == pattern.length()) {
      return t == text.length();
    }
    if (pattern.charAt(p) == '%') {
      for (int k = t; k <= text.length(); k++) {
        if (like(text, k, pattern, p + 1)) {
          return true;
        }
      }
      return false;
    }
    return t < text.length() && text.charAt(t) == pattern.charAt(p) && like(text, t + 1, pattern, p + 1);
  }

  private static Object number(String keyword) {
    switch (keyword) {
      case "id":
        return random.nextInt(4) == 0 ? (long) random.nextInt(80) : things.get(random.nextInt(things.size())).id;
      case "rating":
        return (long) random.nextInt(7) - 1;
      case "confidence":
        return 10L * random.nextInt(11) + (random.nextInt(4) == 0 ? 5 : 0);
      default:
        return (long) random.nextInt(1000);
    }
  }

  private static Object text(String kind, String keyword, String operator) {
    String whole;
    switch (keyword) {
      case "typeName":
        whole = pick("Host", "Address", "Mutex", "URL", "Adversary", "Campaign", "Incident");
        break;
      case "tag":
        whole = pick(TAGS.toArray(new String[0]));
        break;
      case "ownerName":
        whole = pick("Demo Organization", "Demo Source", "Demo Community");
        break;
      default:
        List<Thing> ofKind = things.stream().filter(t -> t.kind.equals(kind)).collect(Collectors.toList());
        whole = (String) ofKind.get(random.nextInt(ofKind.size())).values.get("summary").get(0);
        break;
    }
    String value = whole;
    if (!operator.endsWith("=") && !operator.endsWith("IN") && random.nextBoolean()) {
      int from = random.nextInt(whole.length());
      value = whole.substring(from, from + random.nextInt(whole.length() - from) + 1);
    }
    if (operator.endsWith("LIKE")) {
      value = pick("%", "") + value + pick("%", "", "%" + value.substring(0, 1));
    }
    return cased(value);
  }

  /** A value as TQL writes it, escaped as v3/filter_results.rst L12-36 says. */
  private static String literal(Object value) {
    if (value instanceof Long) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : ((String) value).toCharArray()) {
      if ("'\"`\\".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  private static String spelled(String keyword) {
    return cased(keyword);
  }

  private static String cased(String text) {
    switch (random.nextInt(4)) {
      case 0:
        return text.toUpperCase(Locale.ROOT);
      case 1:
        return text.toLowerCase(Locale.ROOT);
      default:
        return text;
    }
  }

  private static String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
