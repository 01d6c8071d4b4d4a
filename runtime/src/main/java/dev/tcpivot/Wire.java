package dev.tcpivot;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A value of a request body as it goes on the wire, other than a string (which objects keep as a
 * plain {@code String}). The set is closed: objects ({@link WireObject}), lists with a mode
 * ({@link Block}) or without ({@link Items}), plain arrays, whole numbers, decimals, booleans,
 * JSON-ready data, and fields that count anew on every request. Each writes itself and says whether a request that carries it could take effect twice, so nothing
 * has to find out later what a body holds.
 */
abstract sealed class Wire
    permits WireObject, Block, Wire.Whole, Wire.Decimal, Wire.Bool, Wire.Items, Wire.Array,
        Wire.Data, Wire.Counted {

  Wire() {}

  /** Writes this value as the next JSON value of {@code out}. */
  abstract void write(JsonGenerator out) throws IOException;

  /**
   * Why a request carrying this value could take effect twice if it were sent twice, or null when
   * sending it again changes nothing.
   *
   * @param field the body field that holds the value, for the message
   * @param mode how the list that holds the value is applied; {@link Mode#APPEND} outside lists
   */
  abstract String whyNotRepeatable(String field, Mode mode);

  /** The first reason among {@code items}, or null. */
  static String whyNotRepeatable(List<?> items, String field, Mode mode) {
    for (int i = 0; i < items.size(); i++) {
      String why = ((Wire) items.get(i)).whyNotRepeatable(field, mode);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** Writes {@code items} as a JSON array; each is a {@code Wire}, checked when it was put in. */
  static void writeArray(List<?> items, JsonGenerator out) throws IOException {
    out.writeStartArray();
    // By index: the lists are array-backed, and an iterator is an allocation per list.
    for (int i = 0; i < items.size(); i++) {
      ((Wire) items.get(i)).write(out);
    }
    out.writeEndArray();
  }

  /** A whole number: an ID, a count, a confidence. */
  static final class Whole extends Wire {
    final long value;

    Whole(long value) {
      this.value = value;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Whole && ((Whole) o).value == value;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(value);
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A decimal number, written exactly as given ({@code 3.00} stays {@code 3.00}). */
  static final class Decimal extends Wire {
    final BigDecimal value;

    Decimal(BigDecimal value) {
      this.value = value;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Decimal && ((Decimal) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** {@code true} or {@code false}; one instance of each. */
  static final class Bool extends Wire {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    final boolean value;

    private Bool(boolean value) {
      this.value = value;
    }

    static Bool of(boolean value) {
      return value ? TRUE : FALSE;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      out.writeBoolean(value);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return null;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * Items without a mode: {@code {"data": [...]}}, which a PUT appends. The items are refs or
   * metadata, each a {@code Wire}.
   */
  static final class Items extends Wire {
    final List<?> items;

    /** Takes {@code items} over: the caller made the list and checked every item. */
    Items(List<?> items) {
      this.items = items;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      out.writeStartObject();
      out.writeFieldName("data");
      writeArray(items, out);
      out.writeEndObject();
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return whyNotRepeatable(items, field, Mode.APPEND);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Items && ((Items) o).items.equals(items);
    }

    @Override
    public int hashCode() {
      return items.hashCode();
    }

    @Override
    public String toString() {
      return items.toString();
    }
  }

  /** A plain JSON array of values, such as an Intelligence Requirement's keyword sections. */
  static final class Array extends Wire {
    final List<?> items;

    /** Takes {@code items} over: the caller made the list and checked every item. */
    Array(List<?> items) {
      this.items = items;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      writeArray(items, out);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return whyNotRepeatable(items, field, mode);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Array && ((Array) o).items.equals(items);
    }

    @Override
    public int hashCode() {
      return items.hashCode();
    }

    @Override
    public String toString() {
      return items.toString();
    }
  }

  /**
   * JSON-ready data given as maps with string keys, lists, strings, numbers and booleans, for the
   * fields the tables do not describe further; copied when it was given, so it cannot change.
   */
  static final class Data extends Wire {
    final Object value;

    Data(Object value) {
      this.value = value;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      Json.mapper().writeValue(out, value);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Data && ((Data) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * A value the server counts anew on every request, such as an Indicator's {@code observations}
   * (v3/indicators/falsePositivesObservations.rst): a repeat would count it twice.
   */
  static final class Counted extends Wire {
    final Wire value;

    Counted(Wire value) {
      this.value = value;
    }

    @Override
    void write(JsonGenerator out) throws IOException {
      value.write(out);
    }

    @Override
    String whyNotRepeatable(String field, Mode mode) {
      return "it reports " + field + ", which count again on every request";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Counted && ((Counted) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }
}
