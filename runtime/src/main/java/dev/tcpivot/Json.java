package dev.tcpivot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The JSON mapping of the SDK. Request objects write themselves, field by field in the order they
 * were set, so nothing is dropped or reordered; responses are read with exact decimals
 * ({@code 3.00} stays {@code 3.00}). No default typing: the wire never chooses a class.
 */
final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private Json() {}

  /** The shared, thread-safe mapper. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The UTF-8 bytes of a request object, written straight to a generator with the buffers that
   * {@code writeValueAsBytes} would use, but without a serializer provider and lookup per call,
   * which are most of what a small body costs.
   */
  static byte[] bytes(WireObject object) throws IOException {
    JsonFactory factory = MAPPER.getFactory();
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder buffer = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator out = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
        object.write(out);
      }
      byte[] bytes = buffer.toByteArray();
      buffer.release();
      return bytes;
    } finally {
      recycler.releaseToPool();
    }
  }

  /** A request object as JSON text. */
  static String string(WireObject object) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
      object.write(out);
    }
    return text.toString();
  }
}
