package dev.tcpivot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;

/**
 * A Security Label as responses show it: in an object's {@code securityLabels} and in {@code GET
 * /v3/securityLabels} (v3/security_labels/retrieve.rst). To apply one, send a {@link
 * SecurityLabel}.
 */
@JsonDeserialize(using = SecurityLabelInfo.Reader.class)
public final class SecurityLabelInfo extends ApiModel {
  private static final KnownFields KNOWN =
      knownFields("id", "name", "description", "color", "owner", "dateAdded")
          .labelledBy("name");

  /** Copies a Security Label given as a map, as if the server had sent it. */
  public SecurityLabelInfo(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  private SecurityLabelInfo(Fields fields) {
    super(fields);
  }

  /** The label's id. */
  public Long id() {
    return longValue("id");
  }

  /** The label's name, e.g. {@code TLP:AMBER}. */
  public String name() {
    return string("name");
  }

  /** The label's description, or null. */
  public String description() {
    return string("description");
  }

  /** The label's color as six hex digits, e.g. {@code FFC000}, or null. */
  public String color() {
    return string("color");
  }

  /** The name of the label's owner, e.g. {@code System}. */
  public String owner() {
    return string("owner");
  }

  /** When the label was made. */
  public Instant dateAdded() {
    return instant("dateAdded");
  }

  /** Reads a Security Label from JSON in one pass. */
  static final class Reader extends ModelReader<SecurityLabelInfo> {
    Reader() {
      super(SecurityLabelInfo.class, KNOWN, SecurityLabelInfo::new);
    }
  }
}
