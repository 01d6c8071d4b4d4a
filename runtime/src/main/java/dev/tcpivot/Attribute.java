package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.WireObject;

/**
 * An Attribute added to an object: {@code {"type": "Description", "value": "...", "default": true}}.
 * The type must be an Attribute Type valid for the object ({@code GET /v3/attributeTypes}).
 * Instances are immutable; {@link #asDefault()} and {@link #source(String)} return copies.
 */
public final class Attribute extends WireObject implements MetadataItem {
  private Attribute(Fields fields) {
    super(fields);
  }

  /** An Attribute of the given Attribute Type and value. */
  public static Attribute of(String type, String value) {
    return new Attribute(
        Fields.builder()
            .put("type", Checks.notBlank(type, "type"))
            .put("value", Checks.notNull(value, "value"))
            .build());
  }

  /** This Attribute, marked as the default one of its type. */
  public Attribute asDefault() {
    return new Attribute(fields().toBuilder().put("default", Boolean.TRUE).build());
  }

  /** This Attribute, with its source. */
  public Attribute source(String source) {
    return new Attribute(fields().toBuilder().put("source", Checks.notBlank(source, "source")).build());
  }
}
