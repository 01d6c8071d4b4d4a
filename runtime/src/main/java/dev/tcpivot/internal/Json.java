package dev.tcpivot.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.tcpivot.Block;
import dev.tcpivot.IdRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The JSON mapping of the SDK. Request objects are written field by field in the order they were
 * set, so nothing is dropped or reordered; responses are read into ordered maps with exact
 * decimals ({@code 3.00} stays {@code 3.00}). No default typing: the wire never chooses a class.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    SimpleModule module = new SimpleModule("tcpivot");
    module.addSerializer(WireObject.class, new WireObjectSerializer());
    module.addSerializer(Block.class, new BlockSerializer());
    module.addSerializer(DataList.class, new DataListSerializer());
    module.addSerializer(IdReference.class, new IdSerializer());
    return JsonMapper.builder()
        .addModule(module)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /**
   * The UTF-8 bytes of a request object, written straight to a generator as
   * {@code writeValueAsBytes} would write them, but without a serializer provider and lookup per
   * call, which are most of what a small body costs.
   */
  public static byte[] bytes(WireObject object) throws IOException {
    Checks.notNull(object, "object");
    JsonFactory factory = MAPPER.getFactory();
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder buffer = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator out = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
        writeObject(object, out, null);
      }
      byte[] bytes = buffer.toByteArray();
      buffer.release();
      return bytes;
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes one value of a request object; the common kinds without a serializer lookup. Without a
   * {@code provider} (see {@link #bytes}) the rare other kinds go to the mapper.
   */
  static void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
    if (value instanceof String) {
      out.writeString((String) value);
    } else if (value instanceof WireObject) {
      writeObject((WireObject) value, out, provider);
    } else if (value instanceof IdRef) {
      out.writeStartObject();
      out.writeNumberField("id", ((IdRef<?>) value).id());
      out.writeEndObject();
    } else if (value instanceof Long) {
      out.writeNumber((Long) value);
    } else if (value instanceof Integer) {
      out.writeNumber((Integer) value);
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof BigDecimal) {
      out.writeNumber((BigDecimal) value);
    } else if (value instanceof WireEnum) {
      out.writeString(((WireEnum) value).wireValue());
    } else if (value instanceof Instant) {
      out.writeString(value.toString());
    } else if (value instanceof Block) {
      writeBlock((Block<?>) value, out, provider);
    } else if (value instanceof DataList) {
      out.writeStartObject();
      writeData(((DataList) value).items(), out, provider);
      out.writeEndObject();
    } else if (value instanceof List) {
      out.writeStartArray();
      for (Object item : (List<?>) value) {
        write(item, out, provider);
      }
      out.writeEndArray();
    } else if (provider != null) {
      provider.defaultSerializeValue(value, out);
    } else {
      MAPPER.writeValue(out, value);
    }
  }

  private static void writeObject(WireObject object, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    Fields fields = object.fields();
    out.writeStartObject();
    for (int i = 0; i < fields.size(); i++) {
      out.writeFieldName(fields.name(i));
      write(fields.value(i), out, provider);
    }
    out.writeEndObject();
  }

  private static void writeBlock(Block<?> block, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject();
    writeData(block.items(), out, provider);
    out.writeStringField("mode", block.mode().wireValue());
    out.writeEndObject();
  }

  private static void writeData(List<?> items, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeFieldName("data");
    out.writeStartArray();
    // By index: the lists are array-backed, and an iterator is an allocation per block.
    for (int i = 0; i < items.size(); i++) {
      write(items.get(i), out, provider);
    }
    out.writeEndArray();
  }

  private static final class WireObjectSerializer extends JsonSerializer<WireObject> {
    @Override
    public void serialize(WireObject value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      writeObject(value, out, provider);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class BlockSerializer extends JsonSerializer<Block> {
    @Override
    public void serialize(Block value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      writeBlock(value, out, provider);
    }
  }

  private static final class DataListSerializer extends JsonSerializer<DataList> {
    @Override
    public void serialize(DataList value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      write(value, out, provider);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class IdSerializer extends JsonSerializer<IdReference> {
    @Override
    public void serialize(IdReference value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      write(value, out, provider);
    }
  }
}
