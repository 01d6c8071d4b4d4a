package dev.tcpivot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * One accepted value of an endpoint's {@code fields} query parameter, as
 * {@code OPTIONS /v3/{type}/fields} describes it.
 */
@JsonDeserialize(using = FieldInfo.Reader.class)
public final class FieldInfo extends ApiModel {
  private static final KnownFields KNOWN = knownFields("name", "description", "includedByDefault");

  /** Copies a field description given as a map, as if the server had sent it. */
  public FieldInfo(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  private FieldInfo(Fields fields) {
    super(fields);
  }

  /** The value to pass in {@code fields}, e.g. {@code associatedGroups}. */
  public String name() {
    return string("name");
  }

  /** What the field adds to a response. */
  public String description() {
    return string("description");
  }

  /** Whether responses carry the field without being asked. */
  public Boolean includedByDefault() {
    return bool("includedByDefault");
  }

  /** Reads a field description from JSON in one pass. */
  static final class Reader extends ModelReader<FieldInfo> {
    Reader() {
      super(FieldInfo.class, KNOWN, FieldInfo::new);
    }
  }
}
