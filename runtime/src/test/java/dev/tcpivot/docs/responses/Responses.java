package dev.tcpivot.docs.responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.tcpivot.internal.Envelope;
import dev.tcpivot.internal.Json;
import dev.tcpivot.testing.JsonTrees;
import java.util.List;

/** Reads the transcribed responses under {@code docs/responses} the way the SDK reads a body. */
final class Responses {
  private Responses() {}

  static <T> T data(String resource, Class<T> model) {
    return read(JsonTrees.resourceText("docs/responses/" + resource),
        TypeFactory.defaultInstance().constructParametricType(Envelope.class, model));
  }

  static <T> List<T> list(String resource, Class<T> model) {
    TypeFactory types = TypeFactory.defaultInstance();
    return read(JsonTrees.resourceText("docs/responses/" + resource),
        types.constructParametricType(Envelope.class, types.constructCollectionType(List.class, model)));
  }

  static <T> T dataOf(String json, Class<T> model) {
    return read(json, TypeFactory.defaultInstance().constructParametricType(Envelope.class, model));
  }

  private static <T> T read(String text, JavaType envelopeType) {
    try {
      Envelope<T> envelope = Json.mapper().readValue(text, envelopeType);
      return envelope.data();
    } catch (JsonProcessingException e) {
      throw new AssertionError("the SDK could not read the response: " + e.getOriginalMessage(), e);
    }
  }
}
