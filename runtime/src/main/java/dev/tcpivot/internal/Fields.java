package dev.tcpivot.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The fields of a JSON object in the order they were put, immutable. Putting a name that is
 * already there replaces its value in place, so a setter called twice sends the last value once.
 */
public final class Fields {
  private static final Fields EMPTY = new Fields(new String[0], new Object[0], 0);

  // The first size entries are the fields. The arrays may be longer: a builder hands its arrays
  // over on build() and copies them before its next change, so a ref costs no copy.
  private final String[] names;
  private final Object[] values;
  private final int size;

  private Fields(String[] names, Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
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
    return size;
  }

  public String name(int index) {
    return names[Objects.checkIndex(index, size)];
  }

  public Object value(int index) {
    return values[Objects.checkIndex(index, size)];
  }

  /** The value of a field, or null when absent. */
  public Object get(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Fields)) {
      return false;
    }
    Fields other = (Fields) o;
    return Arrays.equals(names, 0, size, other.names, 0, other.size)
        && Arrays.equals(values, 0, size, other.values, 0, other.size);
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < size; i++) {
      hash = 31 * (31 * hash + names[i].hashCode()) + Objects.hashCode(values[i]);
    }
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
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
    private boolean built; // the arrays belong to a Fields: copy before changing them

    private Builder(Fields from) {
      this.names = Arrays.copyOf(from.names, Math.max(4, from.size + 2));
      this.values = Arrays.copyOf(from.values, names.length);
      this.size = from.size;
    }

    /** Puts a field; a null value removes it. */
    public Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (built) {
        names = Arrays.copyOf(names, Math.max(4, size + 2));
        values = Arrays.copyOf(values, names.length);
        built = false;
      }
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
      if (size == 0) {
        return EMPTY;
      }
      built = true;
      return new Fields(names, values, size);
    }
  }
}
