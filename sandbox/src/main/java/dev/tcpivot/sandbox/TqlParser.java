package dev.tcpivot.sandbox;

import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.TqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses TQL into a {@link TqlNode} tree and checks it against the TQL table: every keyword must be
 * one of its query type's (in any case), take the operator, and get a value of its type. AND binds
 * tighter than OR; parentheses group; operators and conjunctions are case-insensitive
 * (tql-keywords.md, "Operators"). Every refusal is a 400 that says where and what.
 *
 * <pre>
 * query      = or
 * or         = and { OR and }
 * and        = term { AND term }
 * term       = "(" or ")" | keyword "(" or ")" | comparison
 * comparison = keyword operator [ value | "(" value { "," value } ")" ]
 * </pre>
 */
final class TqlParser {
  private static final String OPERATORS =
      "=, !=, >, <, >=, <=, EQ, NE, GT, LT, GEQ, LEQ, IN, NOT IN, LIKE, NOT LIKE, CONTAINS, NOT"
          + " CONTAINS, STARTSWITH, NOT STARTSWITH, ENDSWITH, NOT ENDSWITH, IS NULL, IS NOT NULL";

  private final Spec spec;
  private final Instant now;
  private final List<TqlToken> tokens;
  private int at;

  private TqlParser(Spec spec, Instant now, List<TqlToken> tokens) {
    this.spec = spec;
    this.now = now;
    this.tokens = tokens;
  }

  /**
   * @param type the query type of the endpoint the query is sent to
   * @param now the time that TODAY() and NOW() stand for
   */
  static TqlNode parse(String text, QueryType type, Spec spec, Instant now) {
    TqlParser parser = new TqlParser(spec, now, TqlLexer.tokens(text));
    TqlNode query = parser.or(type);
    TqlToken rest = parser.peek();
    if (rest.kind() != TqlToken.Kind.END) {
      throw error(
          rest,
          rest.is(")") ? "this ')' closes no '('" : "expected AND, OR or the end of the query");
    }
    return query;
  }

  static ApiException error(TqlToken token, String problem) {
    return ApiException.badRequest(Messages.tql(token, problem));
  }

  /** @param type the query type of the clauses, or null where it is unknown (nothing checked) */
  private TqlNode or(QueryType type) {
    List<TqlNode> parts = new ArrayList<>();
    parts.add(and(type));
    while (conjunction("OR")) {
      parts.add(and(type));
    }
    return parts.size() == 1 ? parts.get(0) : new TqlNode.Or(parts);
  }

  private TqlNode and(QueryType type) {
    List<TqlNode> parts = new ArrayList<>();
    parts.add(term(type));
    while (conjunction("AND")) {
      parts.add(term(type));
    }
    return parts.size() == 1 ? parts.get(0) : new TqlNode.And(parts);
  }

  private boolean conjunction(String word) {
    if (peek().kind() == TqlToken.Kind.WORD && peek().is(word)) {
      at++;
      return true;
    }
    return false;
  }

  private TqlNode term(QueryType type) {
    TqlToken first = next();
    if (first.is("(")) {
      TqlNode inner = or(type);
      close(first);
      return inner;
    }
    if (first.kind() != TqlToken.Kind.WORD) {
      throw error(first, "expected a keyword or '('");
    }
    if (type == null) {
      return unchecked(first);
    }
    TqlKeyword keyword =
        type.keywordIgnoringCase(first.text())
            .orElseThrow(() -> error(first, Messages.notATqlKeyword(first.text(), type)));
    if (keyword.nested()) {
      QueryType target = spec.target(keyword);
      TqlToken open = next();
      if (!open.is("(")) {
        throw error(open, Messages.nestedNeedsQuery(keyword, target));
      }
      TqlNode inner = or(target);
      close(open);
      return new TqlNode.Nested(type, keyword, target, inner);
    }
    if (peek().is("(") && writtenAsNested(keyword)) {
      TqlToken open = next();
      or(null);
      close(open);
      return new TqlNode.NotHeld(keyword);
    }
    return comparison(type, keyword);
  }

  /**
   * The table types some nested queries as Integer with no target (hasCommonGroup, ...), as the
   * API's own OPTIONS answer does (filter_results.rst L109-131); the docs write them nested.
   */
  private static boolean writtenAsNested(TqlKeyword keyword) {
    return keyword.type() == TqlType.INTEGER && keyword.name().startsWith("has");
  }

  /** A clause inside a query over an unknown type: read for its syntax only. */
  private TqlNode unchecked(TqlToken keyword) {
    if (peek().is("(")) {
      TqlToken open = next();
      or(null);
      close(open);
      return new TqlNode.NotHeld(null);
    }
    TqlOperator operator = operator(keyword.text());
    if (operator.takesList()) {
      list(() -> literal());
    } else if (operator.takesValue()) {
      literal();
    }
    return new TqlNode.NotHeld(null);
  }

  private Object literal() {
    TqlToken token = next();
    if (token.kind() == TqlToken.Kind.END || token.kind() == TqlToken.Kind.SYMBOL) {
      throw error(token, "expected a value");
    }
    return token.value();
  }

  private TqlNode comparison(QueryType type, TqlKeyword keyword) {
    TqlToken written = peek();
    TqlOperator operator = operator(keyword.name());
    if (!operator.appliesTo(keyword.type())) {
      String operators = TqlOperator.listFor(keyword.type());
      throw error(written, Messages.operatorNotForType(keyword, operator.text(), operators));
    }
    List<Object> values = new ArrayList<>();
    if (operator.takesList()) {
      values.addAll(list(() -> value(type, keyword, operator)));
    } else if (operator.takesValue()) {
      values.add(value(type, keyword, operator));
    }
    return new TqlNode.Comparison(type, keyword, operator, values);
  }

  private interface Reader {
    Object read();
  }

  private List<Object> list(Reader reader) {
    TqlToken open = next();
    if (!open.is("(")) {
      throw error(open, "IN takes a list in parentheses: IN (value, ...)");
    }
    List<Object> values = new ArrayList<>();
    values.add(reader.read());
    while (peek().is(",")) {
      at++;
      values.add(reader.read());
    }
    close(open);
    return values;
  }

  private TqlOperator operator(String keyword) {
    TqlToken token = next();
    String word = token.text().toUpperCase(Locale.ROOT);
    if (token.kind() == TqlToken.Kind.SYMBOL) {
      switch (word) {
        case "=":
          return TqlOperator.EQ;
        case "!=":
          return TqlOperator.NE;
        case ">":
          return TqlOperator.GT;
        case "<":
          return TqlOperator.LT;
        case ">=":
          return TqlOperator.GEQ;
        case "<=":
          return TqlOperator.LEQ;
        default:
          break;
      }
    } else if (token.kind() == TqlToken.Kind.WORD) {
      switch (word) {
        case "EQ":
        case "NE":
        case "GT":
        case "LT":
        case "GEQ":
        case "LEQ":
        case "IN":
        case "LIKE":
        case "CONTAINS":
        case "STARTSWITH":
        case "ENDSWITH":
          return TqlOperator.valueOf(word);
        case "NOT":
          return negated();
        case "IS":
          return isNull();
        default:
          break;
      }
    }
    throw error(token, "expected an operator after " + keyword + " (" + OPERATORS + ")");
  }

  private TqlOperator negated() {
    TqlToken token = next();
    String word = token.text().toUpperCase(Locale.ROOT);
    if (token.kind() == TqlToken.Kind.WORD
        && List.of("IN", "LIKE", "CONTAINS", "STARTSWITH", "ENDSWITH").contains(word)) {
      return TqlOperator.valueOf("NOT_" + word);
    }
    throw error(token, "expected IN, LIKE, CONTAINS, STARTSWITH or ENDSWITH after NOT");
  }

  private TqlOperator isNull() {
    boolean not = conjunction("NOT");
    TqlToken token = next();
    if (token.kind() != TqlToken.Kind.WORD || !token.is("NULL")) {
      throw error(token, "expected " + (not ? "NULL after IS NOT" : "NULL or NOT NULL after IS"));
    }
    return not ? TqlOperator.IS_NOT_NULL : TqlOperator.IS_NULL;
  }

  private Object value(QueryType type, TqlKeyword keyword, TqlOperator operator) {
    TqlToken token = next();
    switch (keyword.type()) {
      case INTEGER:
        if (token.kind() == TqlToken.Kind.NUMBER && !token.text().contains(".")) {
          return new BigDecimal(token.text());
        }
        throw wrongValue(token, keyword, "a whole number");
      case FLOAT:
        if (token.kind() == TqlToken.Kind.NUMBER) {
          return new BigDecimal(token.text());
        }
        throw wrongValue(token, keyword, "a number");
      case BOOLEAN:
        if (token.kind() == TqlToken.Kind.WORD && (token.is("true") || token.is("false"))) {
          return token.is("true");
        }
        throw wrongValue(token, keyword, "true or false");
      case DATE:
        if (token.kind() == TqlToken.Kind.STRING) {
          return TqlDates.parse(token.value(), now)
              .orElseThrow(() -> wrongValue(token, keyword, TqlDates.FORMS));
        }
        throw wrongValue(token, keyword, TqlDates.FORMS);
      default:
        if (token.kind() != TqlToken.Kind.STRING) {
          throw wrongValue(token, keyword, "a string in double quotes");
        }
        if (operator.positive() == TqlOperator.LIKE) {
          return like(token.value(), TqlCompare.caseSensitive(type, keyword));
        }
        return token.value();
    }
  }

  /** LIKE's pattern: {@code %} for any run of characters, everything else as written. */
  private static Pattern like(String pattern, boolean caseSensitive) {
    StringBuilder regex = new StringBuilder();
    String[] parts = pattern.split("%", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      if (!parts[i].isEmpty()) {
        regex.append(Pattern.quote(parts[i]));
      }
    }
    int ignoringCase = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    int flags = Pattern.DOTALL | ignoringCase;
    return Pattern.compile(regex.toString(), flags);
  }

  private static ApiException wrongValue(TqlToken token, TqlKeyword keyword, String expected) {
    return error(token, Messages.wrongTqlValue(keyword, expected, token.shown()));
  }

  private void close(TqlToken open) {
    TqlToken token = next();
    if (!token.is(")")) {
      throw error(token, "expected ')' to close the '(' at character " + open.position());
    }
  }

  private TqlToken peek() {
    return tokens.get(at);
  }

  private TqlToken next() {
    TqlToken token = tokens.get(at);
    if (token.kind() != TqlToken.Kind.END) {
      at++;
    }
    return token;
  }
}
