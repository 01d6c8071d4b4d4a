package dev.tcpivot.docs.responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.tcpivot.Internals;
import dev.tcpivot.testing.JsonTrees;
import java.util.List;

/** Reads the transcribed responses under {@code docs/responses} the way the SDK reads a body. */
final class Responses {
  private Responses() {}

  static <T> T data(String resource, Class<T> model) {
    return read(JsonTrees.resourceText("docs/responses/" + resource),
        TypeFactory.defaultInstance().constructType(model));
  }

  static <T> List<T> list(String resource, Class<T> model) {
    TypeFactory types = TypeFactory.defaultInstance();
    return read(JsonTrees.resourceText("docs/responses/" + resource),
        types.constructCollectionType(List.class, model));
  }

  static <T> T dataOf(String json, Class<T> model) {
    return read(json, TypeFactory.defaultInstance().constructType(model));
  }

  private static <T> T read(String text, JavaType dataType) {
    try {
      Internals.Read<T> envelope = Internals.read(text, dataType);
      return envelope.data();
    } catch (JsonProcessingException e) {
      throw new AssertionError("the SDK could not read the response: " + e.getOriginalMessage(), e);
    }
  }
}
