package dev.tcpivot;

import dev.tcpivot.spec.ValueFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Something the SDK sends as a JSON object: a request body, a new object or a ref inside an
 * association, a Tag, a Security Label, an Attribute. Its fields go on the wire in the order they
 * were first set; setting a field again replaces its value in place. Instances that users hold are
 * immutable.
 *
 * <p>{@link #toJson()}, {@code equals}, {@code hashCode} and {@code toString} are for everyone;
 * the protected members are for the classes that tcpivot generates from its tables.
 */
public abstract non-sealed class WireObject extends Wire {
  /** What sending an object does, which decides whether a request that carries it may be repeated. */
  protected enum Kind {
    /** A value the request sets (a body, a Tag, a keyword section): as repeatable as its fields. */
    VALUE,
    /** An object the request creates, such as a new Group in an association: a repeat creates another. */
    NEW,
    /** An object that exists already, named by ID or summary: linking it again changes nothing. */
    EXISTING
  }

  private static final Object[] NO_SLOTS = {};

  private final String describes;
  private final Kind kind;
  /** Above 0 when this object is the ref {@code {"id": id}}, which has no other fields. */
  private final long id;
  /**
   * The fields, as names and values in turn: {@code [name0, value0, name1, value1, ...]}; a value
   * is a {@code String} or another {@link Wire}. One array, sized for the fields a factory sets,
   * because most objects are small refs and every allocation shows in a long list of them.
   */
  private Object[] slots;
  /** The number of slots in use: twice the number of fields. */
  private int used;
  /** The slots are shared with a copy (or are the empty constant): copy them before a change. */
  private boolean shared;

  /**
   * An object without fields yet.
   *
   * @param describes how {@link #toString()} names it, e.g. {@code NewGroup}
   */
  protected WireObject(String describes, Kind kind) {
    this(describes, kind, 0);
  }

  /**
   * An object without fields yet, with room for {@code fields} of them: what its factory sets.
   *
   * @param describes how {@link #toString()} names it, e.g. {@code NewGroup}
   */
  protected WireObject(String describes, Kind kind, int fields) {
    this.describes = describes;
    this.kind = kind;
    this.id = 0;
    this.slots = fields == 0 ? NO_SLOTS : new Object[2 * fields];
    this.shared = fields == 0;
  }

  /** An existing object by ID, {@code {"id": 12}}; {@code toString()} gives {@code describes.id(12)}. */
  protected WireObject(String describes, long id) {
    this.describes = describes;
    this.kind = Kind.EXISTING;
    this.id = Checks.id(id, "id");
    this.slots = NO_SLOTS;
    this.shared = true;
  }

  /** A copy of {@code from}, which shares its fields until one of the two changes. */
  protected WireObject(WireObject from) {
    this.describes = from.describes;
    this.kind = from.kind;
    this.id = from.id;
    this.slots = from.slots;
    this.used = from.used;
    this.shared = true;
    from.shared = true;
  }

  /** The JSON this object sends, exactly as the SDK writes it. */
  public final String toJson() {
    try {
      return Json.string(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- For generated code: setting fields -----------------------------------------------------

  /** Sets a field to a string, replacing its value in place if it is set already. */
  protected final void put(String field, String value) {
    set(field, value);
  }

  /** Sets a field to a value, replacing it in place if it is set already. */
  protected final void put(String field, Wire value) {
    set(field, value);
  }

  private void set(String field, Object value) {
    for (int i = 0; i < used; i += 2) {
      if (slots[i].equals(field)) {
        own(0);
        slots[i + 1] = value;
        return;
      }
    }
    own(1);
    slots[used] = field;
    slots[used + 1] = value;
    used += 2;
  }

  /**
   * Adds refs or metadata items to a field without a mode, after those a previous call added; the
   * API appends them. Each item is checked, and named {@code field[i]} if it fails.
   */
  protected final void append(String field, Object[] items) {
    Checks.notNull(items, field);
    append(field, Arrays.asList(items));
  }

  /** {@link #append(String, Object[])} of a list. */
  protected final void append(String field, List<?> items) {
    Object current = get(field);
    if (current instanceof Block) {
      throw new IllegalStateException(
          field + " already has a block with a mode; put every item of this field in that block");
    }
    List<?> checked = Checks.wireItems(items, field);
    if (current == null) {
      put(field, new Items(checked));
      return;
    }
    List<Object> all = new ArrayList<>(((Items) current).items);
    all.addAll(checked);
    put(field, new Items(all));
  }

  /** Sets a field to a block, which carries its mode; a field takes one block and nothing else. */
  protected final void block(String field, Block<?> block) {
    Checks.notNull(block, field);
    if (get(field) != null) {
      throw new IllegalStateException(
          field + " is already set; a request carries one block per field, so put every item in it");
    }
    put(field, block);
  }

  /**
   * A copy of this object with an owner field set, such as {@code ownerName}. The copy is only a
   * {@link Ref}, so endpoints that refuse associations across owners do not take it; it names an
   * existing object if this one does, and a new one otherwise.
   */
  protected final <T> Ref<T> inOwner(String field, Object owner) {
    WireObject copy = new Owned<T>(this);
    copy.set(field, owner);
    @SuppressWarnings("unchecked") // made just above
    Ref<T> ref = (Ref<T>) copy;
    return ref;
  }

  /** Whether no field is set. */
  protected final boolean isEmpty() {
    return used == 0 && id == 0;
  }

  /** The ID of an object made by {@link #WireObject(String, long)}. */
  protected final long idValue() {
    return id;
  }

  // ---- For generated code: values --------------------------------------------------------------

  protected static Wire whole(long value) {
    return new Whole(value);
  }

  protected static Wire decimal(BigDecimal value) {
    return new Decimal(value);
  }

  protected static Wire bool(boolean value) {
    return Bool.of(value);
  }

  /** An ISO-8601 instant as the API writes it, e.g. {@code 2023-10-04T12:34:56Z}. */
  protected static String instant(Instant value) {
    return value.toString();
  }

  /** A value that the server counts anew on every request, so a request that carries it is never repeated. */
  protected static Wire counted(Wire value) {
    return new Counted(value);
  }

  /** JSON-ready data (maps, lists, strings, numbers, booleans), copied; anything else is refused. */
  protected static Wire data(Object value, String name) {
    return new Data(Checks.json(value, name));
  }

  /** A nested object named by ID, such as an Intelligence Requirement's subtype: {@code {"id": 3}}. */
  protected static Wire idObject(long id, String name) {
    return new IdObject(Checks.id(id, name));
  }

  /** A JSON array of values made by tcpivot, such as keyword sections; not empty. */
  protected static Wire array(Object[] items, String name) {
    return new Array(Checks.wireItems(items, name));
  }

  /** A JSON array of at least one value: the first, then the rest. */
  protected static Wire array(Object first, Object[] more, String name) {
    Checks.notNull(first, name + "[0]");
    Checks.notNull(more, name);
    List<Object> all = new ArrayList<>(more.length + 1);
    all.add(first);
    all.addAll(Arrays.asList(more));
    return new Array(Checks.wireItems(all, name));
  }

  // ---- For generated code: checks ---------------------------------------------------------------

  protected static <T> T notNull(T value, String name) {
    return Checks.notNull(value, name);
  }

  protected static String notBlank(String value, String name) {
    return Checks.notBlank(value, name);
  }

  /** A positive object ID. */
  protected static long checkId(long value, String name) {
    return Checks.id(value, name);
  }

  /** A value in the format its field has in the tables, e.g. an Indicator's summary field. */
  protected static String checkFormat(ValueFormat format, String value, String name) {
    return Checks.format(format, value, name);
  }

  /** One of the listed values. */
  protected static String oneOf(String value, String name, String... allowed) {
    return Checks.oneOf(value, name, allowed);
  }

  // ---- The wire -----------------------------------------------------------------------------------

  @Override
  final void write(JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (id > 0) {
      out.writeNumberField("id", id);
    }
    for (int i = 0; i < used; i += 2) {
      out.writeFieldName((String) slots[i]);
      Object value = slots[i + 1];
      if (value instanceof String) {
        out.writeString((String) value);
      } else {
        ((Wire) value).write(out);
      }
    }
    out.writeEndObject();
  }

  @Override
  String whyNotRepeatable(String field, Mode mode) {
    switch (kind) {
      case EXISTING:
        return null;
      case NEW:
        return "it creates a new object in " + field + ": " + this;
      default:
        return whyNotRepeatable();
    }
  }

  /** Why a request with this body could take effect twice, or null: the first field that says so. */
  final String whyNotRepeatable() {
    for (int i = 0; i < used; i += 2) {
      if (slots[i + 1] instanceof Wire) {
        String why = ((Wire) slots[i + 1]).whyNotRepeatable((String) slots[i], Mode.APPEND);
        if (why != null) {
          return why;
        }
      }
    }
    return null;
  }

  /** Whether this names an object that exists already (by ID, or an Indicator by summary). */
  final boolean existing() {
    return kind == Kind.EXISTING;
  }

  private Object get(String field) {
    for (int i = 0; i < used; i += 2) {
      if (slots[i].equals(field)) {
        return slots[i + 1];
      }
    }
    return null;
  }

  /**
   * Makes the slots this object's own, with room for {@code more} fields: a copy just big enough
   * (copies are refs that name an owner), or room for four fields in an object started empty (a
   * builder's draft), doubled when full.
   */
  private void own(int more) {
    int needed = used + 2 * more;
    if (shared) {
      slots = Arrays.copyOf(slots, used == 0 ? Math.max(8, needed) : needed);
      shared = false;
    } else if (needed > slots.length) {
      slots = Arrays.copyOf(slots, Math.max(8, slots.length * 2));
    }
  }

  @Override
  public final boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    WireObject other = (WireObject) o;
    return other.id == id
        && other.describes.equals(describes)
        && Arrays.equals(slots, 0, used, other.slots, 0, other.used);
  }

  @Override
  public final int hashCode() {
    int hash = describes.hashCode() * 31 + Long.hashCode(id);
    for (int i = 0; i < used; i++) {
      hash = 31 * hash + slots[i].hashCode();
    }
    return hash;
  }

  /** E.g. {@code NewGroup{type=Adversary, name=Bad Guy}}, or {@code GroupRef.id(12)}. */
  @Override
  public String toString() {
    if (id > 0) {
      return describes + ".id(" + id + ")";
    }
    StringBuilder out = new StringBuilder(describes).append('{');
    for (int i = 0; i < used; i += 2) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(slots[i]).append('=').append(slots[i + 1]);
    }
    return out.append('}').toString();
  }

  /** A copy of a ref that names the owner it lives in, or is to be created in. */
  private static final class Owned<T> extends WireObject implements Ref<T> {
    Owned(WireObject from) {
      super(from);
    }
  }

  /** A nested object named by ID. */
  private static final class IdObject extends WireObject {
    IdObject(long id) {
      super("id", id);
    }

    @Override
    public String toString() {
      return "{id=" + idValue() + "}";
    }
  }
}
