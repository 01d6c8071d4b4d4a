package dev.tcpivot;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A response object: every field the server sent, in order, with typed getters in the generated
 * subclasses. Nothing is dropped: fields the SDK does not know stay in {@link #unknownFields()},
 * and {@link #asMap()} returns the object exactly as parsed.
 *
 * <p>A model reads itself from JSON in one pass (its {@link ModelReader}): each value as Jackson
 * reads an untyped value, in the order the fields came, with the slot of its typed getter; the
 * objects of an association's list become models straight away. {@link #asMap()} rebuilds the
 * object exactly from that, once, when it is first asked for.
 */
public abstract class ApiModel {
  private final SentFields fields;
  // Also kept here, so that a getter reaches its value in two steps: a page holds thousands of
  // models, and each step can be a cache miss.
  private final FieldTable known;
  private final Object[] slots;
  private volatile Map<String, Object> asMap;

  /** Copies an object given as a map, e.g. one built by hand, as if the server had sent it. */
  protected ApiModel(KnownFields known, Map<String, Object> fields) {
    this(SentFields.copyOf((FieldTable) Checks.notNull(known, "known"), Checks.notNull(fields, "fields")));
  }

  /** Takes the fields that the subclass's {@link ModelReader} read. */
  protected ApiModel(Fields fields) {
    this.fields = (SentFields) Checks.notNull(fields, "fields");
    this.known = this.fields.known();
    this.slots = this.fields.slots();
  }

  /** The wire names of the fields that have typed getters, e.g. {@code "id", "summary"}. */
  protected static KnownFields knownFields(String... names) {
    return FieldTable.of(names);
  }

  /**
   * The fields of a model class that have typed getters, by wire name, and the model class of each
   * association's objects; made once per class with {@link #knownFields(String...)}.
   */
  protected sealed interface KnownFields permits FieldTable {
    /**
     * These fields and an association whose objects are read as {@code model}, and made from maps
     * by {@code fromMap} (its constructor, for a model built from a map).
     */
    <M extends ApiModel> KnownFields withAssociation(
        String name, Class<M> model, Function<Map<String, Object>, M> fromMap);

    /**
     * These fields, an object of which is named in another's association by the first of {@code
     * fields} that it has, e.g. {@code "summary"} for an Indicator, {@code "name"} for a Group.
     */
    KnownFields labelledBy(String... fields);

    /**
     * These fields and a nested list, such as {@code tags}, whose objects are read as {@code model}
     * and made from maps by {@code fromMap}.
     */
    <M extends ApiModel> KnownFields withList(
        String name, Class<M> model, Function<Map<String, Object>, M> fromMap);
  }

  /** The fields of one object as a {@link ModelReader} read them, for the model's constructor. */
  protected sealed interface Fields permits SentFields {}

  /**
   * The JSON reading of a model class, which the class names in {@code @JsonDeserialize}: one pass
   * over the object's tokens, straight into its {@link Fields}.
   */
  protected abstract static class ModelReader<M extends ApiModel> extends JsonDeserializer<M> {
    private final Class<M> type;
    private final FieldTable known;
    private final Function<Fields, M> model;
    private ObjectReading reading;

    /** A reader of {@code type}, which has the {@code known} fields and is made by {@code model}. */
    protected ModelReader(Class<M> type, KnownFields known, Function<Fields, M> model) {
      this.type = Checks.notNull(type, "type");
      this.known = (FieldTable) Checks.notNull(known, "known");
      this.model = Checks.notNull(model, "model");
    }

    @Override
    public final M deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ObjectReading reading = this.reading;
      if (reading == null) {
        // Found at the first object, not when the mapper makes this reader: models refer to each
        // other (an Indicator's Groups, a Group's Indicators), and the mapper is still making them.
        // Immutable: threads that both come first each find an equal one.
        reading = ObjectReading.of(known, ctxt);
        this.reading = reading;
      }
      SentFields fields = reading.read(p, ctxt);
      if (fields == null) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      return model.apply(fields);
    }

    @Override
    public final Class<?> handledType() {
      return type;
    }

    /** Holds nothing that depends on where it is used, so the mapper may keep it. */
    @Override
    public final boolean isCachable() {
      return true;
    }
  }

  /** The object exactly as the server sent it. */
  @JsonValue
  public final Map<String, Object> asMap() {
    Map<String, Object> map = asMap;
    if (map == null) {
      map = Collections.unmodifiableMap(fields.asSent());
      asMap = map;
    }
    return map;
  }

  /** Whether the server sent this field. */
  public final boolean has(String field) {
    return fields.has(field);
  }

  /** The fields the server sent that have no typed getter, in order. */
  public final Map<String, Object> unknownFields() {
    return Collections.unmodifiableMap(fields.unknown());
  }

  /** A fresh copy of the object as sent, for the object that contains this one. */
  final Map<String, Object> copyAsSent() {
    return fields.asSent();
  }

  /** The value of a field with a typed getter, as read; null when not sent or sent as null. */
  private Object value(String field) {
    int slot = known.slot(field);
    Object value = slot >= 0 ? slots[slot] : fields.get(field);
    return value == SentFields.SENT_NULL ? null : value;
  }

  // The getters' conversions: the common case first and small enough for the JIT to inline into a
  // getter; the lenient readings (a whole number sent as text) and the failures out of the way.

  protected final String string(String field) {
    Object value = value(field);
    return value instanceof String ? (String) value : value == null ? null : value.toString();
  }

  protected final Long longValue(String field) {
    Object value = value(field);
    return value instanceof Integer
        ? Long.valueOf((Integer) value)
        : value == null ? null : wholeNumber(field, value);
  }

  protected final Integer integer(String field) {
    Object value = value(field);
    return value instanceof Integer ? (Integer) value : value == null ? null : integerOf(field, value);
  }

  protected final Boolean bool(String field) {
    Object value = value(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw wrongType(field, "true or false", value);
  }

  protected final BigDecimal decimal(String field) {
    Object value = value(field);
    return value instanceof BigDecimal ? (BigDecimal) value : value == null ? null : decimalOf(field, value);
  }

  private Long wholeNumber(String field, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return ((Number) value).longValue();
    }
    if (value instanceof String) {
      try {
        return Long.parseLong((String) value);
      } catch (NumberFormatException e) {
        throw wrongType(field, "a whole number", value);
      }
    }
    throw wrongType(field, "a whole number", value);
  }

  private Integer integerOf(String field, Object value) {
    long whole = wholeNumber(field, value);
    if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
      throw wrongType(field, "an integer", whole);
    }
    return (int) whole;
  }

  private BigDecimal decimalOf(String field, Object value) {
    if (value instanceof Number || value instanceof String) {
      try {
        return new BigDecimal(value.toString());
      } catch (NumberFormatException e) {
        throw wrongType(field, "a number", value);
      }
    }
    throw wrongType(field, "a number", value);
  }

  protected final Instant instant(String field) {
    Object value = value(field);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw wrongType(field, "an ISO-8601 date-time", value);
    }
  }

  /** An enum field; a value the SDK does not know fails with the field's name. */
  protected final <E> E enumValue(String field, Function<String, E> fromWire) {
    String value = string(field);
    if (value == null) {
      return null;
    }
    try {
      return fromWire.apply(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(getClass().getSimpleName() + "." + field + ": " + e.getMessage(), e);
    }
  }

  /**
   * A nested collection: {@code {"data": [...], "count": N}} or a plain array. Its objects are
   * models already when this model was read from JSON, and are made by {@code model} when it was
   * given as a map.
   */
  @SuppressWarnings("unchecked")
  protected final <M> List<M> list(String field, Function<Map<String, Object>, M> model) {
    Object value = value(field);
    if (value instanceof ModelList) {
      return (List<M>) value; // read as this field's model class
    }
    if (value instanceof AssociatedModels) {
      List<Object> models = ((AssociatedModels) value).models();
      if (models != null) {
        return (List<M>) models; // read as this field's model class
      }
    }
    return listOf(field, value, model);
  }

  /** A list given by hand as maps, or one that is not a list of objects. */
  @SuppressWarnings("unchecked")
  private <M> List<M> listOf(String field, Object value, Function<Map<String, Object>, M> model) {
    Object sent = value instanceof AssociatedModels ? ((AssociatedModels) value).sent() : value;
    if (sent == null) {
      return List.of();
    }
    Object data = sent instanceof Map ? ((Map<String, Object>) sent).get("data") : sent;
    if (data == null) {
      return List.of();
    }
    if (!(data instanceof List)) {
      throw wrongType(field, "a list", SentFields.asSent(value));
    }
    List<Object> items = (List<Object>) data;
    List<M> result = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map)) {
        throw wrongType(field, "a list of objects", SentFields.asSent(value));
      }
      result.add(model.apply((Map<String, Object>) item));
    }
    return Collections.unmodifiableList(result);
  }

  /** A field of any other shape, as parsed: maps, lists, strings, numbers, booleans. */
  protected final Object raw(String field) {
    return SentFields.asSent(fields.get(field));
  }

  private IllegalStateException wrongType(String field, String expected, Object value) {
    return new IllegalStateException(
        getClass().getSimpleName() + "." + field + " should be " + expected + ", but the server sent "
            + value);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ApiModel) o).asMap().equals(asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  /**
   * The class and the fields as sent, in order, except that an association shows each of its
   * objects by ID, label and type: {@code Indicator{id=5, type=Host, summary=ultrabadguy.com,
   * associatedGroups=[12 "Bad Guy" (Adversary)]}}. {@link #asMap()} has the objects in full.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
    String separator = "";
    for (Map.Entry<String, Object> field : asMap().entrySet()) {
      text.append(separator).append(field.getKey()).append('=');
      separator = ", ";
      List<?> models = associatedModels(field.getKey());
      if (models == null) {
        text.append(field.getValue());
      } else {
        text.append('[');
        for (int i = 0; i < models.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(((ApiModel) models.get(i)).label());
        }
        text.append(']');
      }
    }
    return text.append('}').toString();
  }

  /**
   * The objects of an association, as its getter returns them; null for any other field, for one
   * sent as null, and for an association in a shape the getter refuses (those show as sent).
   */
  private List<?> associatedModels(String field) {
    int slot = known.slot(field);
    if (slot < 0 || known.model(slot) == null || value(field) == null) {
      return null;
    }
    try {
      return list(field, known.fromMap(slot));
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /**
   * This object as an item of another's association: {@code 12 "Bad Guy" (Adversary)}, its ID, the
   * first of its label fields that it has, and its type, each when sent; the whole object when it
   * has none of them.
   */
  final String label() {
    StringBuilder text = new StringBuilder();
    Object id = value("id");
    if (id != null) {
      text.append(id);
    }
    for (String field : known.labels()) {
      Object label = value(field);
      if (label != null) {
        text.append(text.length() == 0 ? "" : " ").append('"').append(label).append('"');
        break;
      }
    }
    Object type = value("type");
    if (type != null) {
      text.append(text.length() == 0 ? "" : " ").append('(').append(type).append(')');
    }
    return text.length() == 0 ? asMap().toString() : text.toString();
  }
}
