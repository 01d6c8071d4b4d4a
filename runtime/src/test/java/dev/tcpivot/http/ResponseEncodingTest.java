package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Response bodies are read from the bytes that arrived: text beyond ASCII comes out as sent, in
 * UTF-8 (RFC 8259 section 8.1: JSON exchanged between systems is UTF-8) with or without a byte
 * order mark and a charset, and in UTF-16 with a byte order mark, which the charset rules of a
 * response (OkHttp's {@code ResponseBody.string()}) also read.
 */
class ResponseEncodingTest {
  private static final String NAME = "Łódź Café ☃ 😈";
  private static final String GROUP =
      "{\"data\": {\"id\": 1, \"type\": \"Adversary\", \"name\": \"" + NAME + "\"}, \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();

  private Group served(String contentType, byte[] bytes) {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setResponseCode(200).setHeader("Content-Type", contentType)
        .setBody(new Buffer().write(bytes)));
    return tc.groups().get(1);
  }

  private static byte[] withMark(byte[] mark, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] marked = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, marked, 0, mark.length);
    System.arraycopy(body, 0, marked, mark.length, body.length);
    return marked;
  }

  @Test
  void utf8WithoutCharset() {
    Group group = served("application/json", GROUP.getBytes(StandardCharsets.UTF_8));
    assertEquals(NAME, group.name());
  }

  @Test
  void utf8WithByteOrderMarkAndCharset() {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Group group = served("application/json; charset=utf-8", withMark(mark, GROUP, StandardCharsets.UTF_8));
    assertEquals(NAME, group.name());
    assertEquals(1L, group.id());
  }

  @Test
  void utf16WithByteOrderMark() {
    byte[] mark = {(byte) 0xFE, (byte) 0xFF};
    Group group = served("application/json; charset=utf-16", withMark(mark, GROUP, StandardCharsets.UTF_16BE));
    assertEquals(NAME, group.name());
  }
}
