package dev.tcpivot.docs.responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.ApiModel;
import dev.tcpivot.Internals;
import dev.tcpivot.testing.JsonTrees;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a response object from what a model offers: the value of every typed getter, written
 * back under its wire name, plus {@link ApiModel#unknownFields()}. If nothing is lost or misread, the
 * result equals the object the server sent.
 *
 * <p>Getters are found by reflection, so a getter added later is covered too. Each getter is named
 * after its wire field, except where the wire name is not a Java identifier (the Indicator summary
 * fields of v3/indicators/fields.rst) or would clash with {@code Object.hashCode()}.
 */
final class GetterTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Map<String, String> WIRE_NAMES =
      Map.ofEntries(
          Map.entry("Indicator.asNumber", "AS Number"),
          Map.entry("Indicator.block", "Block"),
          Map.entry("Indicator.subject", "Subject"),
          Map.entry("Indicator.hashtag", "Hashtag"),
          Map.entry("Indicator.mutex", "Mutex"),
          Map.entry("Indicator.keyName", "Key Name"),
          Map.entry("Indicator.valueName", "Value Name"),
          Map.entry("Indicator.valueType", "Value Type"),
          Map.entry("Indicator.userAgentString", "User Agent String"),
          Map.entry("Artifact.hashCodeValue", "hashCode"));

  private GetterTrees() {}

  /** The object as the getters and the unknown fields describe it. */
  static ObjectNode rebuilt(ApiModel model) {
    ObjectNode out = NODES.objectNode();
    for (Method getter : getters(model.getClass())) {
      String wire = wireName(getter);
      Object value = invoke(getter, model);
      if (value == null) {
        continue;
      }
      if (value instanceof List<?> items) {
        if (items.isEmpty() && !model.has(wire)) {
          continue;
        }
        ArrayNode data = NODES.arrayNode();
        for (Object item : items) {
          data.add(item instanceof ApiModel nested ? rebuilt(nested) : tree(item));
        }
        out.set(wire, NODES.objectNode().set("data", data));
      } else {
        out.set(wire, tree(value));
      }
    }
    model.unknownFields().forEach((name, value) -> out.set(name, tree(value)));
    return out;
  }

  /**
   * The object as sent, with each timestamp that a getter reads as an {@code Instant} written in
   * the one canonical form {@code Instant.toString()} uses ({@code .27Z} becomes {@code .270Z}), so
   * that equal instants compare equal. The timestamps are parsed here with
   * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, independently of the SDK.
   */
  static JsonNode canonical(JsonNode sent, Class<? extends ApiModel> type) {
    ObjectNode copy = ((ObjectNode) sent).deepCopy();
    for (Method getter : getters(type)) {
      String wire = wireName(getter);
      JsonNode value = copy.get(wire);
      if (value == null || value.isNull()) {
        continue;
      }
      if (getter.getReturnType() == Instant.class && value.isTextual()) {
        Instant instant = OffsetDateTime.parse(value.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        copy.put(wire, instant.toString());
      } else if (getter.getReturnType() == List.class && value.has("data")) {
        Class<? extends ApiModel> itemType = listItemType(getter);
        ArrayNode items = NODES.arrayNode();
        value.get("data").forEach(item -> items.add(canonical(item, itemType)));
        ((ObjectNode) value).set("data", items);
      }
    }
    return copy;
  }

  private static JsonNode tree(Object value) {
    if (value instanceof Instant) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Enum<?> wireEnum) {
      return NODES.textNode(wireEnum.toString()); // the generated enums write their wire value
    }
    try {
      return JsonTrees.parse(Internals.mapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static List<Method> getters(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /** The wire names of the fields that the type's getters read. */
  static Set<String> wireNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Method getter : getters(type)) {
      names.add(wireName(getter));
    }
    return names;
  }

  private static String wireName(Method getter) {
    return WIRE_NAMES.getOrDefault(
        getter.getDeclaringClass().getSimpleName() + "." + getter.getName(), getter.getName());
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends ApiModel> listItemType(Method getter) {
    ParameterizedType list = (ParameterizedType) getter.getGenericReturnType();
    return (Class<? extends ApiModel>) list.getActualTypeArguments()[0];
  }

  private static Object invoke(Method getter, ApiModel model) {
    try {
      return getter.invoke(model);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          model.getClass().getSimpleName() + "." + getter.getName() + "() failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
