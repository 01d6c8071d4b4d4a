package dev.tcpivot;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.tcpivot.internal.Model;
import java.util.Map;
import java.util.Set;

/**
 * One accepted value of an endpoint's {@code fields} query parameter, as
 * {@code OPTIONS /v3/{type}/fields} describes it.
 */
public final class FieldInfo extends Model {
  private static final Set<String> KNOWN = Set.of("name", "description", "includedByDefault");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public FieldInfo(Map<String, Object> fields) {
    super(fields);
  }

  @Override
  protected Set<String> knownFields() {
    return KNOWN;
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
}
