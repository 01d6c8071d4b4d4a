package dev.tcpivot.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** JSON reading and writing, and the success and error envelopes. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** Parses a request body that must be one JSON object; 400 otherwise. */
  static ObjectNode parseObject(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest(Messages.EMPTY_BODY);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(Messages.malformedJson(e.getOriginalMessage()));
    } catch (IOException e) {
      throw ApiException.badRequest(Messages.malformedJson(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(Messages.BODY_NOT_AN_OBJECT);
    }
    return (ObjectNode) node;
  }

  static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"data": ..., "message": ..., "status": "Success"}}; no message when null. */
  static ObjectNode success(JsonNode data, String message) {
    ObjectNode node = object();
    if (data != null) {
      node.set("data", data);
    }
    if (message != null) {
      node.put("message", message);
    }
    node.put("status", "Success");
    return node;
  }

  /** {@code {"errCode": ..., "message": ..., "status": "Error"}} (errCode only when known). */
  static ObjectNode error(ApiException error) {
    ObjectNode node = object();
    error.errCode().ifPresent(code -> node.put("errCode", code));
    node.put("message", error.getMessage());
    node.put("status", "Error");
    return node;
  }
}
