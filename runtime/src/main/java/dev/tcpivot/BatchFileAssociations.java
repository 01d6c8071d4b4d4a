package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.SpecLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The associations of a batch input file, from its {@code association} array and from the nested
 * fields of its Indicators and Groups, checked against batch.table's pairs and, between two
 * Indicators, indicator-associations.table's types with their direction (the non-primary
 * Indicator as ref_1, the primary one as ref_2), as the typed
 * {@link BatchFile#associate(IndicatorAssociationType, BatchIndicatorRef, BatchIndicatorRef)}
 * requires. Each becomes an item of the {@code association} array, written as the typed API
 * writes it.
 */
final class BatchFileAssociations {
  private static final List<String> FIELDS =
      List.of("ref_1", "id_1", "type_1", "ref_2", "id_2", "type_2", "associationType");

  private BatchFileAssociations() {}

  /** Where the associations wait until every Indicator and Group of the file is known. */
  interface Deferred {
    void associate(BatchFileElement e, String at, ObjectNode association);
  }

  /** One end: an Indicator (with its type) or a Group, by ref (summary or XID) or by ID. */
  record End(Side side, String type, String ref, long id) {
    static End indicator(String type, String summary) {
      return new End(Side.INDICATOR, type, summary, 0);
    }

    static End group(String xid) {
      return new End(Side.GROUP, null, xid, 0);
    }
  }

  /** An item of the {@code association} array. */
  static ObjectNode read(BatchFileElement e) {
    e.only(e.node, e.path, "an association", FIELDS);
    End first = end(e, 1);
    End second = end(e, 2);
    String typeAt = BatchFileElement.member(e.path, "associationType");
    String type = e.node.has("associationType") ? e.text(e.node.get("associationType"), typeAt) : null;
    check(e, e.path, first, second, type, typeAt);
    return wire(first, second, type);
  }

  private static End end(BatchFileElement e, int n) {
    String refAt = BatchFileElement.member(e.path, "ref_" + n);
    String idAt = BatchFileElement.member(e.path, "id_" + n);
    String typeAt = BatchFileElement.member(e.path, "type_" + n);
    JsonNode ref = e.node.get("ref_" + n);
    JsonNode id = e.node.get("id_" + n);
    JsonNode type = e.node.get("type_" + n);
    if (ref != null && id != null) {
      throw e.refuse(idAt, "ref_" + n + " and id_" + n + " both name end " + n + ": give one of them");
    }
    if (ref == null && id == null) {
      throw e.refuse(e.path, "the association names no end " + n + ": give ref_" + n + " (the summary of"
          + " an Indicator or the XID of a Group) or id_" + n + " (the ID of an existing one)");
    }
    String refText = ref == null ? null : e.typed(refAt, () -> Checks.notBlank(e.text(ref, refAt), "ref_" + n));
    long idValue = id == null ? 0 : e.typed(idAt, () -> Checks.id(e.whole(id, idAt), "id_" + n));
    if (type == null) {
      // type_n is required for Indicators only (v2_batch_api.rst L123): without it, a Group
      return new End(Side.GROUP, null, refText, idValue);
    }
    String name = e.text(type, typeAt);
    if (BatchFileTypes.indicators().contains(name)) {
      return new End(Side.INDICATOR, name, refText, idValue);
    }
    if (BatchFileTypes.groups().contains(name)) {
      // a Group's type is optional and the typed API does not write it
      return new End(Side.GROUP, null, refText, idValue);
    }
    throw e.refuse(typeAt, "'" + name + "' is neither an Indicator type ("
        + String.join(", ", BatchFileTypes.indicators()) + ") nor a Group type ("
        + String.join(", ", BatchFileTypes.groups()) + ")");
  }

  /** Refuses a pair that batch.table lacks and an Indicator-to-Indicator type outside the table or its direction. */
  static void check(BatchFileElement e, String at, End first, End second, String type, String typeAt) {
    BatchRules rules = SpecLoader.builtIn().batch();
    BatchRules.Pair pair = rules.pairs().stream()
        .filter(p -> p.first() == first.side() && p.second() == second.side())
        .findFirst()
        .orElseThrow(() -> e.refuse(at, first.side().word() + " to " + second.side().word()
            + " is not an association of a batch file (" + pairs(rules) + ")"));
    if (!pair.typed()) {
      if (type != null) {
        throw e.refuse(typeAt, "associationType is for Indicator-to-Indicator associations only, not "
            + first.side().word() + " to " + second.side().word());
      }
      return;
    }
    List<IndicatorAssociation> rows = SpecLoader.builtIn().indicatorAssociations();
    if (type == null) {
      throw e.refuse(at, "an Indicator-to-Indicator association requires an associationType"
          + " (the default ones: " + names(rows) + ")");
    }
    IndicatorAssociation row = rows.stream().filter(r -> r.name().equals(type)).findFirst()
        .orElseThrow(() -> e.refuse(typeAt, "'" + type + "' is not a default Indicator-to-Indicator"
            + " association type (" + names(rows) + ")"));
    if (!row.nonPrimary().contains(first.type()) || !row.primary().equals(second.type())) {
      throw e.refuse(typeAt, direction(row) + ", not " + first.type() + " to " + second.type());
    }
  }

  /**
   * The association between an Indicator and one that its {@code associatedIndicators} names,
   * which carries no association type: the one default type of the table that joins the two
   * types, in its direction.
   */
  static ObjectNode between(BatchFileElement e, String at, End indicator, End other) {
    List<ObjectNode> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (IndicatorAssociation row : SpecLoader.builtIn().indicatorAssociations()) {
      if (row.nonPrimary().contains(indicator.type()) && row.primary().equals(other.type())) {
        found.add(wire(indicator, other, row.name()));
        names.add(row.name());
      } else if (row.nonPrimary().contains(other.type()) && row.primary().equals(indicator.type())) {
        found.add(wire(other, indicator, row.name()));
        names.add(row.name());
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw e.refuse(at, found.isEmpty()
        ? "no default Indicator-to-Indicator association type joins " + indicator.type() + " and "
            + other.type() + " (" + String.join("; ", SpecLoader.builtIn().indicatorAssociations()
                .stream().map(BatchFileAssociations::direction).toList()) + ")"
        : String.join(" and ", names) + " both join " + indicator.type() + " and " + other.type()
            + ": write the association in the association array with its associationType");
  }

  /** The association as the typed API writes it: by ID or ref, an Indicator's type, then the association type. */
  static ObjectNode wire(End first, End second, String type) {
    ObjectNode node = Json.mapper().createObjectNode();
    put(node, 1, first);
    put(node, 2, second);
    if (type != null) {
      node.put("associationType", type);
    }
    return node;
  }

  private static void put(ObjectNode node, int n, End end) {
    if (end.id() > 0) {
      node.put("id_" + n, end.id());
    } else {
      node.put("ref_" + n, end.ref());
    }
    if (end.side() == Side.INDICATOR) {
      node.put("type_" + n, end.type());
    }
  }

  private static String direction(IndicatorAssociation row) {
    return row.name() + " associates " + String.join(" or ", row.nonPrimary()) + " (ref_1) to "
        + row.primary() + " (ref_2)";
  }

  private static String names(List<IndicatorAssociation> rows) {
    return String.join(", ", rows.stream().map(IndicatorAssociation::name).toList());
  }

  private static String pairs(BatchRules rules) {
    return "it holds: " + String.join(", ", rules.pairs().stream()
        .map(p -> p.first().word() + " to " + p.second().word()).toList());
  }
}
