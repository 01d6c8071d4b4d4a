package dev.tcpivot.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The fields of a JSON object in the order they were put, immutable. Putting a name that is
 * already there replaces its value in place, so a setter called twice sends the last value once.
 */
public final class Fields {
  private static final Fields EMPTY = new Fields(new String[0], new Object[0]);

  private final String[] names;
  private final Object[] values;

  private Fields(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  public static Fields empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder(EMPTY);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public int size() {
    return names.length;
  }

  public String name(int index) {
    return names[index];
  }

  public Object value(int index) {
    return values[index];
  }

  /** The value of a field, or null when absent. */
  public Object get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fields
        && Arrays.equals(names, ((Fields) o).names)
        && Arrays.equals(values, ((Fields) o).values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(names[i]).append('=').append(values[i]);
    }
    return out.append('}').toString();
  }

  /** Collects fields in order; {@link #build()} may be called more than once. */
  public static final class Builder {
    private String[] names;
    private Object[] values;
    private int size;

    private Builder(Fields from) {
      this.names = Arrays.copyOf(from.names, Math.max(4, from.names.length + 2));
      this.values = Arrays.copyOf(from.values, names.length);
      this.size = from.names.length;
    }

    /** Puts a field; a null value removes it. */
    public Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          if (value == null) {
            System.arraycopy(names, i + 1, names, i, size - i - 1);
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            size--;
          } else {
            values[i] = value;
          }
          return this;
        }
      }
      if (value == null) {
        return this;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      return this;
    }

    public Object get(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return values[i];
        }
      }
      return null;
    }

    public Fields build() {
      return size == 0 ? EMPTY : new Fields(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
    }
  }
}
