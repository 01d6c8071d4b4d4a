package dev.tcpivot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;

/**
 * An Attribute as an object's {@code attributes} shows it (v3/indicator_attributes/create.rst
 * L35-53). To add one, send an {@link Attribute}.
 */
@JsonDeserialize(using = AttributeInfo.Reader.class)
public final class AttributeInfo extends ApiModel {
  private static final KnownFields KNOWN =
      knownFields(
          "id", "dateAdded", "type", "value", "source", "lastModified", "pinned", "default")
          .labelledBy("value");

  /** Copies an Attribute given as a map, as if the server had sent it. */
  public AttributeInfo(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  private AttributeInfo(Fields fields) {
    super(fields);
  }

  /** The Attribute's id. */
  public Long id() {
    return longValue("id");
  }

  /** When the Attribute was added. */
  public Instant dateAdded() {
    return instant("dateAdded");
  }

  /** The Attribute Type's name, e.g. {@code Description}. */
  public String type() {
    return string("type");
  }

  /** The Attribute's value. */
  public String value() {
    return string("value");
  }

  /** The Attribute's source, or null. */
  public String source() {
    return string("source");
  }

  /** When the Attribute last changed. */
  public Instant lastModified() {
    return instant("lastModified");
  }

  /** Whether the Attribute is pinned on the object's Details screen. */
  public Boolean pinned() {
    return bool("pinned");
  }

  /** Whether it is the default Attribute of its type, e.g. the object's description. */
  public Boolean isDefault() {
    return bool("default");
  }

  /** Reads an Attribute from JSON in one pass. */
  static final class Reader extends ModelReader<AttributeInfo> {
    Reader() {
      super(AttributeInfo.class, KNOWN, AttributeInfo::new);
    }
  }
}
