package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The associations an Indicator or Group of a batch file names inside itself: an Indicator's {@code
 * associatedGroups} ({@code groupXid}) and {@code associatedIndicators}, a Group's {@code
 * associatedGroupXid} (XIDs) and {@code associatedIndicators} ({@code summary}, {@code
 * indicatorType}) (v2_batch_api_indicator_fields.rst, v2_batch_api_group_fields.rst).
 */
final class BatchNested {
  static final String GROUPS_OF_INDICATOR = "associatedGroups";
  static final String GROUP_XIDS = "associatedGroupXid";
  static final String INDICATORS = "associatedIndicators";

  /** One entry of a nested list; {@code index} counts from 0. */
  record Link(String field, int index, JsonNode value) {}

  private BatchNested() {}

  /** Refuses a nested list of the wrong shape, so that the object it belongs to is refused. */
  static void check(ObjectNode entry, boolean indicator) {
    for (Link link : links(entry, indicator)) {
      JsonNode value = link.value();
      switch (link.field()) {
        case GROUP_XIDS:
          require(value.isTextual() && !value.asText().isBlank(), link, "an XID (a string)");
          break;
        case GROUPS_OF_INDICATOR:
          require(text(value, "groupXid"), link, "an object with a groupXid");
          break;
        default:
          require(
              text(value, "summary") && text(value, "indicatorType"),
              link,
              "an object with a summary and an indicatorType");
      }
    }
    for (String field : fields(indicator)) {
      JsonNode list = entry.get(field);
      if (list != null && !list.isNull() && !list.isArray()) {
        throw ApiException.badRequest(BatchMessages.notAnArray(field, list));
      }
    }
  }

  /** The nested entries, in file order: Groups first, then Indicators. */
  static List<Link> links(ObjectNode entry, boolean indicator) {
    List<Link> links = new ArrayList<>();
    for (String field : fields(indicator)) {
      JsonNode list = entry.get(field);
      if (list != null && list.isArray()) {
        for (int i = 0; i < list.size(); i++) {
          links.add(new Link(field, i, list.get(i)));
        }
      }
    }
    return links;
  }

  private static List<String> fields(boolean indicator) {
    return indicator ? List.of(GROUPS_OF_INDICATOR, INDICATORS) : List.of(GROUP_XIDS, INDICATORS);
  }

  private static boolean text(JsonNode value, String field) {
    return value.isObject() && value.path(field).isTextual() && !value.path(field).asText().isBlank();
  }

  private static void require(boolean ok, Link link, String what) {
    if (!ok) {
      throw ApiException.badRequest(BatchMessages.nestedEntry(link.field(), link.index(), what));
    }
  }
}
