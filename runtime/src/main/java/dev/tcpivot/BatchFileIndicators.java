package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.BatchFileAssociations.End;
import dev.tcpivot.spec.BatchRules.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an item of the {@code indicator} array into a {@link BatchIndicator} through the typed
 * API's factory and setters, so it is checked and written exactly as one built in Java; its
 * {@code associatedGroups} and {@code associatedIndicators} (v2_batch_api_indicator_fields.rst)
 * become associations.
 */
final class BatchFileIndicators {
  /** The fields the typed API sets, by their batch names. */
  private static final List<String> FIELDS = List.of("summary", "type", "rating", "confidence",
      "active", "activeLocked", "privateFlag", "description", "firstSeen", "lastSeen",
      "externalDateAdded", "externalDateExpires", "externalLastModified", "size", "fileOccurrence", "tag",
      "securityLabel", "attribute", "associatedGroups", "associatedIndicators");

  private BatchFileIndicators() {}

  static BatchIndicator<?> read(BatchFileElement e, BatchFileAssociations.Deferred later) {
    ObjectNode node = e.node;
    String type = e.requiredText(node, e.path, "type", "this Indicator");
    if (!BatchFileTypes.indicators().contains(type)) {
      throw e.refuse(BatchFileElement.member(e.path, "type"), "'" + type + "' is not an Indicator type ("
          + String.join(", ", BatchFileTypes.indicators()) + ")");
    }
    List<String> required = BatchFileTypes.required(Side.INDICATOR, type);
    List<String> parts = BatchFileTypes.summaryParts(type);
    List<String> given = parts.stream().filter(node::has).toList();
    String summaryAt;
    String summary;
    if (given.isEmpty()) {
      for (String field : required) {
        e.requiredText(node, e.path, field, "this Indicator");
      }
      summaryAt = BatchFileElement.member(e.path, "summary");
      summary = node.get("summary").textValue();
    } else {
      summaryAt = BatchFileElement.member(e.path, given.get(0));
      summary = summaryOf(e, node, given, parts);
    }
    BatchIndicator<?> indicator = e.typed(summaryAt, () -> new BatchIndicator<>(type, summary));
    var names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (name.equals("type") || required.contains(name) || given.contains(name)) {
        continue;
      }
      String at = BatchFileElement.member(e.path, name);
      e.refuseOwner(at, name);
      e.typed(at, () -> {
        BatchFields.requireTaken(Side.INDICATOR, type, name);
        return name;
      });
      if (!FIELDS.contains(name)) {
        throw e.refuse(at, name + " is not a field of an Indicator (its fields: " + String.join(", ", FIELDS) + ")");
      }
      indicator = field(e, indicator, name, node.get(name), at, later);
    }
    return indicator;
  }

  private static BatchIndicator<?> field(BatchFileElement e, BatchIndicator<?> i, String name,
      JsonNode value, String at, BatchFileAssociations.Deferred later) {
    return switch (name) {
      case "rating" -> {
        int rating = e.integer(value, at);
        yield e.typed(at, () -> i.rating(rating));
      }
      case "confidence" -> {
        int confidence = e.integer(value, at);
        yield e.typed(at, () -> i.confidence(confidence));
      }
      case "active" -> i.active(e.bool(value, at));
      case "activeLocked" -> i.activeLocked(e.bool(value, at));
      case "privateFlag" -> i.privateFlag(e.bool(value, at));
      case "description" -> i.description(e.text(value, at));
      case "firstSeen" -> i.firstSeen(e.instant(value, at));
      case "lastSeen" -> i.lastSeen(e.instant(value, at));
      case "externalDateAdded" -> i.externalDateAdded(e.instant(value, at));
      case "externalDateExpires" -> i.externalDateExpires(e.instant(value, at));
      case "externalLastModified" -> i.externalLastModified(e.instant(value, at));
      case "size" -> {
        long size = e.whole(value, at);
        yield e.typed(at, () -> i.size(size));
      }
      case "fileOccurrence" -> fileOccurrences(e, i, value, at);
      case "tag" -> BatchFileMetadata.tags(e, value, at, i, BatchIndicator::tag);
      case "securityLabel" -> BatchFileMetadata.securityLabels(e, value, at, i,
          (x, n, c, d) -> c == null ? x.securityLabel(n) : x.securityLabel(n, c, d));
      case "attribute" -> BatchFileMetadata.attributes(e, value, at, i, BatchIndicator::attribute);
      case "associatedGroups" -> {
        groups(e, End.indicator(i.type(), i.summary()), value, at, later);
        yield i;
      }
      default -> {
        indicators(e, End.indicator(i.type(), i.summary()), value, at, later);
        yield i;
      }
    };
  }

  /**
   * The summary of an Indicator that gives the fields it is made of instead (v2_batch_api_indicator_fields.rst:
   * {@code hostName}, {@code ip}, ... "if summary is not used"; L749-752: a File's {@code md5},
   * {@code sha1} and {@code sha256}), written as the docs write a summary of several (L736: joined
   * by " : ", in the table's order). Both a summary and its fields are refused, as the docs give
   * them as one or the other.
   */
  private static String summaryOf(BatchFileElement e, ObjectNode node, List<String> given, List<String> parts) {
    if (node.has("summary")) {
      throw e.refuse(BatchFileElement.member(e.path, "summary"), "give the summary or the fields it is made of ("
          + String.join(", ", parts) + "), not both");
    }
    List<String> values = new ArrayList<>();
    for (String field : given) {
      values.add(e.text(node.get(field), BatchFileElement.member(e.path, field)));
    }
    return String.join(" : ", values);
  }

  /**
   * {@code fileOccurrence}: one object, as the docs type the field, or an array of them, as it
   * holds several (v2_batch_api_indicator_fields.rst L120-135 and footnote 1).
   */
  private static BatchIndicator<?> fileOccurrences(BatchFileElement e, BatchIndicator<?> i, JsonNode value, String at) {
    List<String> fields = List.of("fileName", "path", "date");
    List<JsonNode> items = new ArrayList<>();
    List<String> places = new ArrayList<>();
    if (value.isArray()) {
      for (int n = 0; n < value.size(); n++) {
        items.add(value.get(n));
        places.add(at + "[" + n + "]");
      }
    } else {
      items.add(e.object(value, at));
      places.add(at);
    }
    BatchIndicator<?> result = i;
    for (int n = 0; n < items.size(); n++) {
      String itemAt = places.get(n);
      ObjectNode item = e.object(items.get(n), itemAt);
      e.only(item, itemAt, "a File Occurrence", fields);
      String fileName = item.has("fileName") ? e.text(item.get("fileName"), BatchFileElement.member(itemAt, "fileName")) : null;
      String path = item.has("path") ? e.text(item.get("path"), BatchFileElement.member(itemAt, "path")) : null;
      Instant date = item.has("date") ? e.instant(item.get("date"), BatchFileElement.member(itemAt, "date")) : null;
      BatchIndicator<?> before = result;
      result = e.typed(itemAt, () -> before.fileOccurrence(fileName, path, date));
    }
    return result;
  }

  /** {@code associatedGroups[].groupXid}: Indicator (ref_1) to Group (ref_2). */
  private static void groups(BatchFileElement e, End self, JsonNode value, String at,
      BatchFileAssociations.Deferred later) {
    ArrayNode items = e.array(value, at);
    for (int n = 0; n < items.size(); n++) {
      String itemAt = at + "[" + n + "]";
      ObjectNode item = e.object(items.get(n), itemAt);
      e.only(item, itemAt, "an item of associatedGroups", List.of("groupXid"));
      String xidAt = BatchFileElement.member(itemAt, "groupXid");
      String xid = e.typed(xidAt,
          () -> Checks.notBlank(e.requiredText(item, itemAt, "groupXid", "this item of associatedGroups"), "groupXid"));
      End group = End.group(xid);
      BatchFileAssociations.check(e, itemAt, self, group, null, itemAt);
      later.associate(e, itemAt, BatchFileAssociations.wire(self, group, null));
    }
  }

  /**
   * {@code associatedIndicators[]} as {@code {indicatorType, summary}}, of an Indicator or a
   * Group: the Indicators that the array names.
   */
  static void indicators(BatchFileElement e, End self, JsonNode value, String at,
      BatchFileAssociations.Deferred later) {
    ArrayNode items = e.array(value, at);
    for (int n = 0; n < items.size(); n++) {
      String itemAt = at + "[" + n + "]";
      ObjectNode item = e.object(items.get(n), itemAt);
      String what = "this item of associatedIndicators";
      e.only(item, itemAt, what, List.of("indicatorType", "summary"));
      String type = e.requiredText(item, itemAt, "indicatorType", what);
      if (!BatchFileTypes.indicators().contains(type)) {
        throw e.refuse(BatchFileElement.member(itemAt, "indicatorType"), "'" + type
            + "' is not an Indicator type (" + String.join(", ", BatchFileTypes.indicators()) + ")");
      }
      String summaryAt = BatchFileElement.member(itemAt, "summary");
      String summary = e.typed(summaryAt, () -> Checks.notBlank(e.requiredText(item, itemAt, "summary", what), "summary"));
      End other = End.indicator(type, summary);
      if (self.side() == Side.INDICATOR) {
        later.associate(e, itemAt, BatchFileAssociations.between(e, itemAt, self, other));
      } else {
        BatchFileAssociations.check(e, itemAt, self, other, null, itemAt);
        later.associate(e, itemAt, BatchFileAssociations.wire(self, other, null));
      }
    }
  }
}
