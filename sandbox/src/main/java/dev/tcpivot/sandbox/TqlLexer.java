package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a TQL query into words, numbers, quoted strings and symbols. Strings are double-quoted;
 * single quotes are taken too, since the escape table has {@code \'} (v3/filter_results.rst
 * L12-36). Inside a string {@code \' \" \` \\} stand for the character after the backslash; the
 * docs name no other escape, so a backslash before any other character is kept as written.
 */
final class TqlLexer {
  private static final String ESCAPED = "'\"`\\";

  private final String text;
  private final List<TqlToken> tokens = new ArrayList<>();
  private int at;

  private TqlLexer(String text) {
    this.text = text;
  }

  static List<TqlToken> tokens(String text) {
    TqlLexer lexer = new TqlLexer(text);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '"' || c == '\'') {
        string(c);
      } else if (Character.isDigit(c) || (c == '-' && digitAt(at + 1))) {
        number();
      } else if (Character.isLetter(c) || c == '_') {
        word();
      } else {
        symbol(c);
      }
    }
    tokens.add(new TqlToken(TqlToken.Kind.END, "", "", text.length() + 1));
  }

  private boolean digitAt(int index) {
    return index < text.length() && Character.isDigit(text.charAt(index));
  }

  private void string(char quote) {
    int start = at;
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length() && text.charAt(at) != quote) {
      char c = text.charAt(at);
      if (c == '\\' && at + 1 < text.length() && ESCAPED.indexOf(text.charAt(at + 1)) >= 0) {
        value.append(text.charAt(at + 1));
        at += 2;
      } else {
        value.append(c);
        at++;
      }
    }
    if (at >= text.length()) {
      throw TqlParser.error(
          new TqlToken(TqlToken.Kind.STRING, text.substring(start), "", start + 1),
          "the string is not closed: it needs a " + quote + " at its end");
    }
    at++;
    add(TqlToken.Kind.STRING, start, value.toString());
  }

  private void number() {
    int start = at;
    at++;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at + 1 < text.length() && text.charAt(at) == '.' && Character.isDigit(text.charAt(at + 1))) {
      at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
    }
    add(TqlToken.Kind.NUMBER, start, null);
  }

  private void word() {
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    add(TqlToken.Kind.WORD, start, null);
  }

  private void symbol(char c) {
    int start = at;
    char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
    if ((c == '!' || c == '>' || c == '<') && next == '=') {
      at += 2;
    } else if (c == '(' || c == ')' || c == ',' || c == '=' || c == '>' || c == '<') {
      at++;
    } else {
      throw TqlParser.error(
          new TqlToken(TqlToken.Kind.SYMBOL, String.valueOf(c), "", start + 1),
          "TQL has no such character here (operators: = != > < >= <=; strings in double quotes)");
    }
    add(TqlToken.Kind.SYMBOL, start, null);
  }

  private void add(TqlToken.Kind kind, int start, String value) {
    String written = text.substring(start, at);
    tokens.add(new TqlToken(kind, written, value == null ? written : value, start + 1));
  }
}
