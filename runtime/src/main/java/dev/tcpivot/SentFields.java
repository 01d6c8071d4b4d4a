package dev.tcpivot;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of one response object, kept so that reading is cheap and nothing is lost: the value
 * of each field with a typed getter in its slot, the others in the order they came, and the order
 * of all of them, from which {@link #asSent()} rebuilds the object exactly. A field that comes
 * twice keeps its first place and its last value, as Jackson's reading into a map does.
 */
final class SentFields implements ApiModel.Fields {
  /** In a slot: a field sent as {@code null}, told apart from one not sent. */
  static final Object SENT_NULL = new Object();
  /** In the order: the next field without a typed getter. */
  private static final byte UNKNOWN = -1;

  private final FieldTable known;
  private final Object[] slots;
  private byte[] order;
  private int size;
  private String[] unknownNames;
  private Object[] unknownValues;
  private int unknownSize;

  SentFields(FieldTable known) {
    this.known = known;
    this.slots = new Object[known.size()];
    this.order = new byte[known.size() + 2];
  }

  /** The fields of a map, e.g. one built by hand, in its order. */
  static SentFields copyOf(FieldTable known, Map<String, Object> fields) {
    SentFields copy = new SentFields(known);
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      int slot = known.slot(field.getKey());
      if (slot >= 0) {
        copy.putKnown(slot, field.getValue());
      } else {
        copy.putUnknown(field.getKey(), field.getValue());
      }
    }
    return copy;
  }

  FieldTable known() {
    return known;
  }

  /**
   * The value of each field with a typed getter, by slot: null when not sent, {@link #SENT_NULL}
   * when sent as null; an association read from JSON is a {@link ModelList} or an
   * {@link AssociatedModels}.
   */
  Object[] slots() {
    return slots;
  }

  void putKnown(int slot, Object value) {
    if (slots[slot] == null) {
      append((byte) slot);
    }
    slots[slot] = value == null ? SENT_NULL : value;
  }

  void putUnknown(String name, Object value) {
    int i = unknownIndex(name);
    if (i >= 0) {
      unknownValues[i] = value;
      return;
    }
    if (unknownNames == null) {
      unknownNames = new String[4];
      unknownValues = new Object[4];
    } else if (unknownSize == unknownNames.length) {
      unknownNames = Arrays.copyOf(unknownNames, unknownSize * 2);
      unknownValues = Arrays.copyOf(unknownValues, unknownSize * 2);
    }
    unknownNames[unknownSize] = name;
    unknownValues[unknownSize++] = value;
    append(UNKNOWN);
  }

  private void append(byte slot) {
    if (size == order.length) {
      order = Arrays.copyOf(order, size * 2);
    }
    order[size++] = slot;
  }

  private int unknownIndex(String name) {
    for (int i = 0; i < unknownSize; i++) {
      if (Objects.equals(unknownNames[i], name)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of any field as kept (see {@link #slots()}), or null when not sent. */
  Object get(String name) {
    int slot = known.slot(name);
    if (slot >= 0) {
      return slots[slot];
    }
    int i = unknownIndex(name);
    return i < 0 ? null : unknownValues[i];
  }

  boolean has(String name) {
    int slot = known.slot(name);
    return slot >= 0 ? slots[slot] != null : unknownIndex(name) >= 0;
  }

  /** The fields without a typed getter, in order. */
  LinkedHashMap<String, Object> unknown() {
    LinkedHashMap<String, Object> unknown = new LinkedHashMap<>();
    for (int i = 0; i < unknownSize; i++) {
      unknown.put(unknownNames[i], unknownValues[i]);
    }
    return unknown;
  }

  /** A fresh copy of the object as sent: the keys in their order, the values as Jackson reads them. */
  LinkedHashMap<String, Object> asSent() {
    LinkedHashMap<String, Object> sent = new LinkedHashMap<>(size * 4 / 3 + 1);
    int unknown = 0;
    for (int i = 0; i < size; i++) {
      byte slot = order[i];
      if (slot == UNKNOWN) {
        sent.put(unknownNames[unknown], unknownValues[unknown]);
        unknown++;
      } else {
        sent.put(known.name(slot), asSent(slots[slot]));
      }
    }
    return sent;
  }

  /** A kept value as sent: null for {@link #SENT_NULL}, an association read from JSON as maps and lists. */
  static Object asSent(Object value) {
    if (value == SENT_NULL) {
      return null;
    }
    if (value instanceof ModelList) {
      return ((ModelList) value).asSent();
    }
    return value instanceof AssociatedModels ? ((AssociatedModels) value).asSent() : value;
  }
}
