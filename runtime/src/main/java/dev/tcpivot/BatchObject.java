package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An object of a batch input file as a batch error names it: the {@code n}-th Indicator, Group or
 * association of the uploaded part (its JSON path {@code '$.indicator[n]'}), with what identifies
 * it.
 *
 * @param kind the array the object is in
 * @param index its position in that array of the part, from 0
 * @param type the Indicator or Group type, or an association's association type (empty when it
 *     has none)
 * @param name an Indicator's summary, a Group's XID, or an association's two ends ({@code Host
 *     badguyz.com to Incident 0001}, an end by ID as {@code #12})
 */
public record BatchObject(Kind kind, int index, String type, String name) {
  /** The three arrays of a batch input file (v2_batch_api.rst L113-127). */
  public enum Kind {
    /** The {@code indicator} array. */
    INDICATOR("indicator"),
    /** The {@code group} array. */
    GROUP("group"),
    /** The {@code association} array. */
    ASSOCIATION("association");

    private final String array;

    Kind(String array) {
      this.array = array;
    }

    /** The array's name in the file and in a JSON path. */
    public String array() {
      return array;
    }

    /** The kind of an array name, or null. */
    static Kind of(String array) {
      for (Kind kind : values()) {
        if (kind.array.equals(array)) {
          return kind;
        }
      }
      return null;
    }
  }

  static BatchObject of(Kind kind, int index, ObjectNode node) {
    return switch (kind) {
      case INDICATOR -> new BatchObject(kind, index, node.path("type").asText(), node.path("summary").asText());
      case GROUP -> new BatchObject(kind, index, node.path("type").asText(), node.path("xid").asText());
      case ASSOCIATION -> new BatchObject(kind, index, node.path("associationType").asText(),
          end(node, 1) + " to " + end(node, 2));
    };
  }

  private static String end(JsonNode node, int n) {
    String type = node.path("type_" + n).asText();
    String which = node.has("id_" + n) ? "#" + node.path("id_" + n).asText() : node.path("ref_" + n).asText();
    return type.isEmpty() ? which : type + " " + which;
  }

  @Override
  public String toString() {
    return kind.array + "[" + index + "] " + (type.isEmpty() ? "" : type + " ") + name;
  }
}
