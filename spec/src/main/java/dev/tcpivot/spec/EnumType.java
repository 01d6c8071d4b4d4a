package dev.tcpivot.spec;

import java.util.List;

/**
 * A closed set of wire values, e.g. {@code case severity}: Low, Medium, High, Critical.
 *
 * @param name the name the tables use for it, in lower case words
 * @param values the values exactly as they go on the wire, in table order
 */
public record EnumType(String name, List<String> values, SourceLine source) {
  public EnumType {
    values = List.copyOf(values);
  }
}
