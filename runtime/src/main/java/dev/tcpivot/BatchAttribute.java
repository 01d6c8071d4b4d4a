package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An Attribute of an Indicator or Group in a batch file: {@code {"type": "Description", "value":
 * "...", "displayed": true}} (v2_batch_api_indicator_fields.rst L53-96). Instances are
 * immutable; each method returns a copy.
 */
public final class BatchAttribute {
  private final BatchFields fields;

  private BatchAttribute(BatchFields fields) {
    this.fields = fields;
  }

  /** An Attribute of the given Attribute Type and value. */
  public static BatchAttribute of(String type, String value) {
    return new BatchAttribute(
        new BatchFields().put("type", Checks.notBlank(type, "type")).put("value", Checks.notNull(value, "value")));
  }

  /** Shown as a default Attribute on the object's Details screen (Description and Source only). */
  public BatchAttribute displayed() {
    return new BatchAttribute(fields.copy().put("displayed", true));
  }

  /** Shown as a pinned Attribute on the object's Details screen. */
  public BatchAttribute pinned() {
    return new BatchAttribute(fields.copy().put("pinned", true));
  }

  /** With the Attribute's source. */
  public BatchAttribute source(String source) {
    return new BatchAttribute(fields.copy().put("source", Checks.notBlank(source, "source")));
  }

  /** With an existing Security Label, by name. */
  public BatchAttribute securityLabel(String name) {
    return new BatchAttribute(fields.copy().label(name));
  }

  /** With a Security Label that the job creates if it does not exist: its color (e.g. FF0000) and description. */
  public BatchAttribute securityLabel(String name, String color, String description) {
    return new BatchAttribute(fields.copy().label(name, color, description));
  }

  ObjectNode node() {
    return fields.node;
  }

  @Override
  public String toString() {
    return fields.node.toString();
  }
}
