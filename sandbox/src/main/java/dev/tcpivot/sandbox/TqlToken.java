package dev.tcpivot.sandbox;

/**
 * One token of a TQL query.
 *
 * @param kind what the token is
 * @param text the token as written (a string with its quotes and escapes)
 * @param value a string's text with its escapes resolved; the text otherwise
 * @param position where the token starts, counting the query's first character as 1
 */
record TqlToken(Kind kind, String text, String value, int position) {
  enum Kind {
    /** A keyword, an operator word (EQ, IN, NOT, ...), a conjunction, true or false. */
    WORD,
    NUMBER,
    STRING,
    /** {@code ( ) ,} or a symbolic operator: {@code = != > < >= <=}. */
    SYMBOL,
    END
  }

  boolean is(String word) {
    return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
  }

  /** How a message shows the token: quoted, or "the end of the query". */
  String shown() {
    return kind == Kind.END ? "the end of the query" : "'" + text + "'";
  }
}
