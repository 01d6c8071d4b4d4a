package dev.tcpivot;

/**
 * An Attribute added to an object: {@code {"type": "Description", "value": "...", "default": true}}.
 * The type must be an Attribute Type valid for the object ({@code GET /v3/attributeTypes}).
 * Instances are immutable; {@link #asDefault()} and {@link #source(String)} return copies.
 */
public final class Attribute extends WireObject implements MetadataItem {
  private Attribute() {
    super("Attribute", Kind.VALUE);
  }

  private Attribute(Attribute from) {
    super(from);
  }

  /** An Attribute of the given Attribute Type and value. */
  public static Attribute of(String type, String value) {
    Attribute attribute = new Attribute();
    attribute.put("type", Checks.notBlank(type, "type"));
    attribute.put("value", Checks.notNull(value, "value"));
    return attribute;
  }

  /** This Attribute, marked as the default one of its type. */
  public Attribute asDefault() {
    Attribute copy = new Attribute(this);
    copy.put("default", bool(true));
    return copy;
  }

  /** This Attribute, with its source. */
  public Attribute source(String source) {
    Attribute copy = new Attribute(this);
    copy.put("source", Checks.notBlank(source, "source"));
    return copy;
  }

  /** Appending an Attribute adds a new one each time, so a repeated append adds it twice. */
  @Override
  String whyNotRepeatable(String field, Mode mode) {
    return mode == Mode.APPEND
        ? "it appends " + field + ", which a repeat would add again"
        : super.whyNotRepeatable(field, mode);
  }
}
