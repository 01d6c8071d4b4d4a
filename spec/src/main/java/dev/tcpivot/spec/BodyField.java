package dev.tcpivot.spec;

import java.util.List;
import java.util.Optional;

/**
 * A field of a POST or PUT body.
 *
 * @param name the wire name, exactly, e.g. {@code hostName} or {@code AS Number}
 * @param value what the field holds
 * @param requirement whether a POST must carry it
 * @param updatable whether a PUT may change it
 * @param types the object types (wire names) the field applies to; empty when it applies to all
 * @param format the documented format of its values, if any (Indicator summary fields)
 * @param countsEachRequest whether every request that carries the field counts anew, as a report
 *     of observations or of a false positive does, so that sending it twice is not sending it once
 */
public record BodyField(
    String name,
    Value value,
    Requirement requirement,
    boolean updatable,
    List<String> types,
    Optional<ValueFormat> format,
    boolean countsEachRequest,
    SourceLine source) {

  public BodyField {
    types = List.copyOf(types);
  }

  /** Whether the field applies to objects of the given wire type. */
  public boolean appliesTo(String type) {
    return types.isEmpty() || types.contains(type);
  }

  /** Whether the field applies to every type of its object. */
  public boolean common() {
    return types.isEmpty();
  }
}
