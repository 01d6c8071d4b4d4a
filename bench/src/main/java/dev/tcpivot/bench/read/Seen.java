package dev.tcpivot.bench.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.bench.read.PlainRecords.GroupRecord;
import dev.tcpivot.bench.read.PlainRecords.IndicatorRecord;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a caller takes from a page, the same values from each reading: of every Indicator its
 * {@code id}, {@code summary}, {@code rating}, {@code confidence} and {@code active}, and of each
 * of its Groups the {@code id}, {@code name} and {@code type}; folded into a checksum, with counts
 * and two values to compare by eye.
 */
public record Seen(int indicators, int groups, long checksum, String firstSummary, String lastGroupName) {

  static Seen ofRecords(List<IndicatorRecord> page) {
    long sum = 0;
    int groups = 0;
    String lastGroup = null;
    for (IndicatorRecord indicator : page) {
      sum += indicator(indicator.id(), indicator.summary(), indicator.rating(), indicator.confidence(), indicator.active());
      for (GroupRecord group : indicator.associatedGroups().data()) {
        sum += group(group.id(), group.name(), group.type());
        groups++;
        lastGroup = group.name();
      }
    }
    return new Seen(page.size(), groups, sum, page.get(0).summary(), lastGroup);
  }

  static Seen ofModels(List<Indicator> page) {
    long sum = 0;
    int groups = 0;
    String lastGroup = null;
    for (Indicator indicator : page) {
      sum += indicator(indicator.id(), indicator.summary(), indicator.rating(), indicator.confidence(), indicator.active());
      for (Group group : indicator.associatedGroups()) {
        sum += group(group.id(), group.name(), group.type());
        groups++;
        lastGroup = group.name();
      }
    }
    return new Seen(page.size(), groups, sum, page.get(0).summary(), lastGroup);
  }

  static Seen ofTree(JsonNode body) {
    JsonNode page = body.get("data");
    long sum = 0;
    int groups = 0;
    String lastGroup = null;
    for (JsonNode indicator : page) {
      sum += indicator(indicator.get("id").longValue(), indicator.get("summary").textValue(),
          indicator.get("rating").decimalValue(), indicator.get("confidence").intValue(),
          indicator.get("active").booleanValue());
      for (JsonNode group : indicator.get("associatedGroups").get("data")) {
        sum += group(group.get("id").longValue(), group.get("name").textValue(), group.get("type").textValue());
        groups++;
        lastGroup = group.get("name").textValue();
      }
    }
    return new Seen(page.size(), groups, sum, page.get(0).get("summary").textValue(), lastGroup);
  }

  private static long indicator(long id, String summary, BigDecimal rating, int confidence, boolean active) {
    return id + summary.length() + rating.hashCode() + confidence + (active ? 1 : 0);
  }

  private static long group(long id, String name, String type) {
    return id + name.length() + type.length();
  }
}
