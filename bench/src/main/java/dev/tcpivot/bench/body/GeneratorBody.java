package dev.tcpivot.bench.body;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;

/**
 * The floor: the same bytes written straight from the input arrays with a Jackson
 * {@link JsonGenerator}, no objects in between. Its buffers are handled exactly as
 * {@code ObjectMapper.writeValueAsBytes} handles them, so only the object model differs.
 */
public final class GeneratorBody {
  private static final JsonFactory FACTORY = new JsonFactory();

  private GeneratorBody() {}

  /** The body for these refs, written token by token. */
  public static byte[] write(MixedRefs refs) throws IOException {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(FACTORY._getBufferRecycler())) {
      try (JsonGenerator out = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
        writeBody(refs, out);
      }
      byte[] result = bytes.toByteArray();
      bytes.release();
      return result;
    }
  }

  private static void writeBody(MixedRefs refs, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (refs.hasGroups()) {
      out.writeFieldName("associatedGroups");
      out.writeStartObject();
      out.writeFieldName("data");
      out.writeStartArray();
      for (long id : refs.groupIds) {
        writeId(id, out);
      }
      for (String name : refs.newAdversaries) {
        out.writeStartObject();
        out.writeStringField("type", "Adversary");
        out.writeStringField("name", name);
        out.writeEndObject();
      }
      for (String name : refs.sourceAdversaries) {
        out.writeStartObject();
        out.writeStringField("type", "Adversary");
        out.writeStringField("name", name);
        out.writeStringField("ownerName", MixedRefs.SOURCE);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeStringField("mode", "append");
      out.writeEndObject();
    }
    if (refs.hostNames.length > 0) {
      out.writeFieldName("associatedIndicators");
      out.writeStartObject();
      out.writeFieldName("data");
      out.writeStartArray();
      for (String hostName : refs.hostNames) {
        out.writeStartObject();
        out.writeStringField("type", "Host");
        out.writeStringField("hostName", hostName);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeStringField("mode", "replace");
      out.writeEndObject();
    }
    if (refs.caseIds.length > 0) {
      out.writeFieldName("associatedCases");
      out.writeStartObject();
      out.writeFieldName("data");
      out.writeStartArray();
      for (long id : refs.caseIds) {
        writeId(id, out);
      }
      out.writeEndArray();
      out.writeStringField("mode", "delete");
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private static void writeId(long id, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", id);
    out.writeEndObject();
  }
}
