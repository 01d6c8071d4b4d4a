package dev.tcpivot.docs.responses;

import static dev.tcpivot.docs.responses.SentObjects.assertSameAsSent;
import static dev.tcpivot.docs.responses.SentObjects.assertSameFieldsAsSent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tcpivot.ApiModel;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.Internals;
import dev.tcpivot.testing.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented response, read into its models: {@code asMap()} is the object as Jackson reads
 * it into a map, with the keys in the order the docs print them and values of the same classes
 * ({@code 3.00} a {@code BigDecimal} of scale 2, {@code 3} an {@code Integer}, nested objects
 * {@code LinkedHashMap}s, arrays {@code ArrayList}s); {@code unknownFields()} is the part of it
 * without typed getters, in the same order; the JSON the SDK writes for a model is the text
 * Jackson writes for that map; and a model made from that map equals the one read.
 */
class DocumentedObjectsAsSentTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.tcpivot.docs.responses.DocumentedResponsesTest#singleObjects")
  void singleObject(String resource, Class<? extends ApiModel> type) throws Exception {
    String text = JsonTrees.resourceText("docs/responses/" + resource);
    @SuppressWarnings("unchecked")
    Map<String, Object> sent = (Map<String, Object>) SentObjects.data(text);

    assertAsSent(sent, Responses.data(resource, type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.tcpivot.docs.responses.DocumentedResponsesTest#lists")
  void listItems(String resource, Class<? extends ApiModel> type) throws Exception {
    String text = JsonTrees.resourceText("docs/responses/" + resource);
    List<?> sent = (List<?>) SentObjects.data(text);
    List<? extends ApiModel> models = Responses.list(resource, type);

    assertEquals(sent.size(), models.size());
    for (int i = 0; i < sent.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) sent.get(i);
      assertAsSent(item, models.get(i));
    }
  }

  @Test
  void fieldDescriptions() throws Exception {
    // v3/additional_fields.rst L31-151
    String resource = "fields/indicators.json";
    List<?> sent = (List<?>) SentObjects.data(JsonTrees.resourceText("docs/responses/" + resource));
    List<FieldInfo> fields = Responses.list(resource, FieldInfo.class);

    assertEquals(23, fields.size());
    for (int i = 0; i < sent.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) sent.get(i);
      assertAsSent(item, fields.get(i));
    }
    assertEquals("associationName", fields.get(4).name());
  }

  private static void assertAsSent(Map<String, Object> sent, ApiModel model) throws Exception {
    assertSameFieldsAsSent(sent, model.asMap());
    assertSameFieldsAsSent(withoutTypedFields(sent, model), model.unknownFields());
    assertEquals(Internals.mapper().writeValueAsString(sent), written(model));

    ApiModel fromMap = model.getClass().getConstructor(Map.class).newInstance(sent);
    assertEquals(model, fromMap);
    assertEquals(fromMap, model);
    assertEquals(model.hashCode(), fromMap.hashCode());
    assertEquals(model.toString(), fromMap.toString());
    assertSameAsSent(new ArrayList<>(sent.keySet()), new ArrayList<>(fromMap.asMap().keySet()));
  }

  /** The fields that no public getter of the model is named after, nor reads under another name. */
  private static Map<String, Object> withoutTypedFields(Map<String, Object> sent, ApiModel model) {
    Map<String, Object> unknown = new LinkedHashMap<>(sent);
    unknown.keySet().removeAll(GetterTrees.wireNames(model.getClass()));
    return unknown;
  }

  private static String written(ApiModel model) {
    try {
      return Internals.mapper().writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
