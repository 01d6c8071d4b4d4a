package dev.tcpivot.sandbox;

import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The small part of TQL the sandbox understands: {@code id}, {@code summary}, {@code name} and
 * {@code typeName} compared with {@code EQ} (or {@code =}) or {@code IN (...)}, joined by {@code
 * AND}; keywords in any case, strings in double quotes with backslash escapes
 * (v3/filter_results.rst). Strings compare without regard to case. Anything else is a 400.
 */
final class Tql {
  private final String text;
  private final List<String> tokens;
  private final ObjectType endpoint;
  private final SpecView view;
  private final Summaries summaries;
  private int position;

  private Tql(String text, ObjectType endpoint, SpecView view, Summaries summaries) {
    this.text = text;
    this.tokens = TqlTokens.split(text);
    this.endpoint = endpoint;
    this.view = view;
    this.summaries = summaries;
  }

  static Predicate<Entity> parse(
      String text, ObjectType endpoint, SpecView view, Summaries summaries) {
    return new Tql(text, endpoint, view, summaries).query();
  }

  private Predicate<Entity> query() {
    Predicate<Entity> result = clause();
    while (position < tokens.size()) {
      if (!keyword("and")) {
        throw unsupported();
      }
      result = result.and(clause());
    }
    return result;
  }

  private Predicate<Entity> clause() {
    String field = next();
    if (field == null || !TqlTokens.isWord(field)) {
      throw unsupported();
    }
    Function<Entity, String> attribute = attribute(field.toLowerCase(Locale.ROOT));
    boolean numeric = field.equalsIgnoreCase("id");
    List<String> values = new ArrayList<>();
    if (keyword("eq") || symbol("=")) {
      values.add(value(numeric));
    } else if (keyword("in")) {
      expect("(");
      values.add(value(numeric));
      while (symbol(",")) {
        values.add(value(numeric));
      }
      expect(")");
    } else {
      throw unsupported();
    }
    return entity -> {
      String actual = attribute.apply(entity);
      return actual != null && values.stream().anyMatch(actual::equalsIgnoreCase);
    };
  }

  private Function<Entity, String> attribute(String field) {
    Catalog catalog = view.catalog(endpoint);
    switch (field) {
      case "id":
        return entity -> Long.toString(entity.id());
      case "summary":
        if (view.namedBySummary(endpoint)) {
          return summaries::summary;
        }
        return stored(catalog, "summary", field);
      case "name":
        return stored(catalog, "name", field);
      case "typename":
        if (catalog.typed()) {
          return Entity::type;
        }
        return stored(catalog, "type", field);
      default:
        throw unsupported();
    }
  }

  private Function<Entity, String> stored(Catalog catalog, String bodyField, String tqlField) {
    if (catalog.bodyField(bodyField).isEmpty()) {
      throw ApiException.badRequest(Messages.tqlFieldNotHere(tqlField, endpoint));
    }
    return entity -> entity.fields().path(bodyField).textValue();
  }

  private String value(boolean numeric) {
    String token = next();
    if (token == null) {
      throw unsupported();
    }
    if (TqlTokens.isString(token) && !numeric) {
      return TqlTokens.unquote(token);
    }
    if (TqlTokens.isNumber(token) && numeric) {
      return token;
    }
    throw unsupported();
  }

  private boolean keyword(String word) {
    if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(word)) {
      position++;
      return true;
    }
    return false;
  }

  private boolean symbol(String symbol) {
    return keyword(symbol);
  }

  private void expect(String symbol) {
    if (!symbol(symbol)) {
      throw unsupported();
    }
  }

  private String next() {
    return position < tokens.size() ? tokens.get(position++) : null;
  }

  private ApiException unsupported() {
    return ApiException.badRequest(Messages.unsupportedTql(text));
  }
}
