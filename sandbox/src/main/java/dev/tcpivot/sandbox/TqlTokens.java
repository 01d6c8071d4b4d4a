package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Splits a TQL query into words, numbers, quoted strings and the symbols ( ) , =. */
final class TqlTokens {
  private TqlTokens() {}

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',' || c == '=') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '"') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= text.length()) {
          throw ApiException.badRequest(Messages.unsupportedTql(text));
        }
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
      } else {
        throw ApiException.badRequest(Messages.unsupportedTql(text));
      }
    }
    return tokens;
  }

  static boolean isWord(String token) {
    return Character.isLetter(token.charAt(0));
  }

  static boolean isNumber(String token) {
    return token.chars().allMatch(Character::isDigit);
  }

  static boolean isString(String token) {
    return token.length() >= 2 && token.charAt(0) == '"';
  }

  /** Removes the quotes and resolves the escapes \" \' \` \\ (v3/filter_results.rst L21-35). */
  static String unquote(String token) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < token.length() - 1; i++) {
      char c = token.charAt(i);
      if (c == '\\' && i + 1 < token.length() - 1) {
        i++;
        c = token.charAt(i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
