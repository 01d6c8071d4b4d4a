package dev.tcpivot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads one JSON object of a model class into {@link SentFields}, in one pass over the tokens.
 * Every value is read by the deserializer Jackson uses for an untyped value, the one its reading
 * into a {@code Map<String, Object>} uses, so that the values are exactly what that reading gives
 * ({@code BigDecimal} decimals with the SDK's mapper); only the objects of an association's list
 * are read as models of the association's class instead of as maps.
 */
final class ObjectReading {
  private final FieldTable known;
  private final JsonDeserializer<Object> untyped;
  private final JsonDeserializer<?>[] models;

  private ObjectReading(FieldTable known, JsonDeserializer<Object> untyped, JsonDeserializer<?>[] models) {
    this.known = known;
    this.untyped = untyped;
    this.models = models;
  }

  /** The reading of a model class, with the deserializers of the context's mapper. */
  static ObjectReading of(FieldTable known, DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<Object> untyped = ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
    JsonDeserializer<?>[] models = new JsonDeserializer<?>[known.size()];
    for (int slot = 0; slot < known.size(); slot++) {
      Class<?> model = known.model(slot);
      if (model != null) {
        models[slot] = ctxt.findRootValueDeserializer(ctxt.constructType(model));
      }
    }
    return new ObjectReading(known, untyped, models);
  }

  /** The fields of the object at the parser, or null when the parser is not at an object. */
  SentFields read(JsonParser p, DeserializationContext ctxt) throws IOException {
    String name;
    if (p.isExpectedStartObjectToken()) {
      name = p.nextFieldName();
    } else if (p.hasToken(JsonToken.FIELD_NAME)) {
      name = p.currentName();
    } else if (p.hasToken(JsonToken.END_OBJECT)) {
      name = null;
    } else {
      return null;
    }
    SentFields fields = new SentFields(known);
    for (; name != null; name = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      int slot = known.slot(name);
      if (slot < 0) {
        fields.putUnknown(name, value(token, p, ctxt));
      } else if (models[slot] == null) {
        fields.putKnown(slot, value(token, p, ctxt));
      } else {
        fields.putKnown(slot, association(token, p, ctxt, models[slot]));
      }
    }
    return fields;
  }

  private Object value(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
    return token == JsonToken.VALUE_NULL ? null : untyped.deserialize(p, ctxt);
  }

  /** {@code {"data": [...], ...}} or a plain array, its objects read as models. */
  private Object association(
      JsonToken token, JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> model) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      List<Object> items = items(p, ctxt, model);
      return new AssociatedModels(items, items);
    }
    return token == JsonToken.START_OBJECT ? wrapped(p, ctxt, model) : value(token, p, ctxt);
  }

  /**
   * {@code {"data": [...], ...}}. The usual shape, {@code {"data": [...]}} alone, becomes a
   * {@link ModelList}; any other keeps the map of an untyped reading around the list.
   */
  @SuppressWarnings("unchecked")
  private Object wrapped(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> model) throws IOException {
    LinkedHashMap<String, Object> wrapper = null; // made when the object holds more than "data"
    List<Object> items = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken next = p.nextToken();
      boolean list = next == JsonToken.START_ARRAY && name.equals("data");
      Object value = list ? items(p, ctxt, model) : value(next, p, ctxt);
      if (wrapper == null && items == null && list) {
        items = (List<Object>) value;
        continue;
      }
      if (wrapper == null) {
        wrapper = new LinkedHashMap<>(4);
        if (items != null) {
          wrapper.put("data", items);
        }
      }
      if (list) {
        items = (List<Object>) value;
      }
      wrapper.put(name, value);
    }
    if (wrapper == null) {
      if (items == null) {
        return new LinkedHashMap<String, Object>(); // {}
      }
      ModelList models = ModelList.ofModels(items);
      if (models != null) {
        return models;
      }
      wrapper = new LinkedHashMap<>(2);
      wrapper.put("data", items);
    }
    return items == null ? wrapper : new AssociatedModels(wrapper, items);
  }

  private List<Object> items(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> model)
      throws IOException {
    List<Object> items = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token == null) {
        ctxt.reportWrongTokenException(List.class, JsonToken.END_ARRAY, "the input ends inside an association's list");
      }
      items.add(token == JsonToken.START_OBJECT ? model.deserialize(p, ctxt) : value(token, p, ctxt));
    }
    return items;
  }
}
