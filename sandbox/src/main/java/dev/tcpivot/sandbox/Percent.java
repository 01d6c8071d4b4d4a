package dev.tcpivot.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of path segments and query components, and encoding of query values. */
final class Percent {
  private Percent() {}

  /** Decodes a path segment; a {@code +} stays a plus sign there. */
  static String decodePath(String raw) {
    return decode(raw, false);
  }

  /** Decodes a query key or value, where {@code +} stands for a space. */
  static String decodeQuery(String raw) {
    return decode(raw, true);
  }

  /** Encodes a query value with {@code %20} for spaces, as the docs' examples do. */
  static String encodeQuery(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw ApiException.badRequest("Malformed percent-encoding in '" + raw + "'");
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw ApiException.badRequest("Malformed percent-encoding in '" + raw + "'");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        int codePoint = raw.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
