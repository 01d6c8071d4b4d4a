package dev.tcpivot.internal;

/**
 * An object that goes on the wire as a JSON object of its {@link Fields}, in order. Request bodies,
 * new objects and refs of the generated SDK extend it; {@link Json} writes it.
 */
public abstract class WireObject {
  private final Fields fields;

  protected WireObject(Fields fields) {
    this.fields = Checks.notNull(fields, "fields");
  }

  /** The fields this object sends, in order. */
  public final Fields fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((WireObject) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode() * 31 + fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
