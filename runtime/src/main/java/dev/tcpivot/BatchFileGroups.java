package dev.tcpivot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.BatchFileAssociations.End;
import dev.tcpivot.spec.BatchRules.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an item of the {@code group} array into a {@link BatchGroup} through the typed API's
 * factory and setters, with the fields that batch.table requires of its type; its
 * {@code associatedIndicators} and {@code associatedGroupXid} (v2_batch_api_group_fields.rst)
 * become associations.
 */
final class BatchFileGroups {
  /** The fields the typed API sets besides the required ones, by their batch names. */
  private static final List<String> FIELDS = List.of("type", "eventDate", "publishDate", "insights",
      "aiProvider", "aiLastRetrievalDate", "eventType", "status", "from", "to", "fileName", "malware",
      "password", "firstSeen", "lastSeen", "externalDateAdded",
      "externalDateExpires", "externalLastModified", "tag", "securityLabel", "attribute",
      "associatedIndicators", "associatedGroupXid");

  private BatchFileGroups() {}

  static BatchGroup read(BatchFileElement e, BatchFileAssociations.Deferred later) {
    ObjectNode node = e.node;
    String type = e.requiredText(node, e.path, "type", "this Group");
    if (!BatchFileTypes.groups().contains(type)) {
      throw e.refuse(BatchFileElement.member(e.path, "type"), "'" + type + "' is not a Group type ("
          + String.join(", ", BatchFileTypes.groups()) + ")");
    }
    List<String> required = BatchFileTypes.required(Side.GROUP, type);
    for (String field : required) {
      e.requiredText(node, e.path, field, "this " + type + " Group");
    }
    String xid = node.get("xid").textValue();
    String name = node.get("name").textValue();
    BatchGroup group = e.typed(e.path, () -> new BatchGroup(type, xid, name));
    for (String field : required) {
      if (!field.equals("xid") && !field.equals("name")) {
        BatchGroup before = group;
        group = e.typed(BatchFileElement.member(e.path, field),
            () -> before.required(field, node.get(field).textValue()));
      }
    }
    List<String> accepted = new ArrayList<>(required);
    accepted.addAll(FIELDS);
    var names = node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (field.equals("type") || required.contains(field)) {
        continue;
      }
      String at = BatchFileElement.member(e.path, field);
      e.refuseOwner(at, field);
      e.typed(at, () -> {
        BatchFields.requireTaken(Side.GROUP, type, field);
        return field;
      });
      if (!accepted.contains(field)) {
        throw e.refuse(at, field + " is not a field of a " + type + " Group (its fields: "
            + String.join(", ", accepted) + ")");
      }
      group = field(e, group, field, node.get(field), at, later);
    }
    return group;
  }

  private static BatchGroup field(BatchFileElement e, BatchGroup g, String name, JsonNode value,
      String at, BatchFileAssociations.Deferred later) {
    return switch (name) {
      case "eventDate" -> g.eventDate(e.instant(value, at));
      case "publishDate" -> g.publishDate(e.instant(value, at));
      case "insights" -> {
        String insights = e.text(value, at);
        if (!e.node.has("aiProvider")) {
          throw e.refuse(at, "insights requires aiProvider, the provider of the AI-generated summary"
              + " (v2_batch_api_group_fields.rst L13-16)");
        }
        String providerAt = BatchFileElement.member(e.path, "aiProvider");
        String provider = e.text(e.node.get("aiProvider"), providerAt);
        yield e.typed(at, () -> g.insights(insights, provider));
      }
      case "aiProvider" -> {
        if (!e.node.has("insights")) {
          throw e.refuse(at, "aiProvider names the provider of insights, which this Group lacks");
        }
        yield g;
      }
      case "aiLastRetrievalDate" -> g.aiLastRetrievalDate(e.instant(value, at));
      case "eventType" -> {
        String eventType = e.text(value, at);
        yield e.typed(at, () -> g.eventType(eventType));
      }
      case "status" -> {
        String status = e.text(value, at);
        yield e.typed(at, () -> g.status(status));
      }
      case "from" -> {
        String from = e.text(value, at);
        yield e.typed(at, () -> g.from(from));
      }
      case "to" -> {
        String to = e.text(value, at);
        yield e.typed(at, () -> g.to(to));
      }
      case "fileName" -> {
        String fileName = e.text(value, at);
        yield e.typed(at, () -> g.fileName(fileName));
      }
      case "malware" -> {
        if (!e.bool(value, at)) {
          yield g; // false is the default (v2_batch_api_group_fields.rst L178-183)
        }
        if (!e.node.has("password")) {
          throw e.refuse(at, "malware requires password, the password of the malware file"
              + " (v2_batch_api_group_fields.rst L188-191)");
        }
        String passwordAt = BatchFileElement.member(e.path, "password");
        String password = e.text(e.node.get("password"), passwordAt);
        yield e.typed(at, () -> g.malware(password));
      }
      case "password" -> {
        if (!e.node.path("malware").asBoolean(false)) {
          throw e.refuse(at, "password goes with malware: true, which this Group lacks");
        }
        yield g;
      }
      case "firstSeen" -> g.firstSeen(e.instant(value, at));
      case "lastSeen" -> g.lastSeen(e.instant(value, at));
      case "externalDateAdded" -> g.externalDateAdded(e.instant(value, at));
      case "externalDateExpires" -> g.externalDateExpires(e.instant(value, at));
      case "externalLastModified" -> g.externalLastModified(e.instant(value, at));
      case "tag" -> BatchFileMetadata.tags(e, value, at, g, BatchGroup::tag);
      case "securityLabel" -> BatchFileMetadata.securityLabels(e, value, at, g,
          (x, n, c, d) -> c == null ? x.securityLabel(n) : x.securityLabel(n, c, d));
      case "attribute" -> BatchFileMetadata.attributes(e, value, at, g, BatchGroup::attribute);
      case "associatedIndicators" -> {
        BatchFileIndicators.indicators(e, End.group(g.xid()), value, at, later);
        yield g;
      }
      default -> {
        groups(e, End.group(g.xid()), value, at, later);
        yield g;
      }
    };
  }

  /** {@code associatedGroupXid[]}: this Group (ref_1) to each Group named (ref_2). */
  private static void groups(BatchFileElement e, End self, JsonNode value, String at,
      BatchFileAssociations.Deferred later) {
    ArrayNode items = e.array(value, at);
    for (int n = 0; n < items.size(); n++) {
      String itemAt = at + "[" + n + "]";
      JsonNode item = items.get(n);
      String xid = e.typed(itemAt, () -> Checks.notBlank(e.text(item, itemAt), "groupXid"));
      End other = End.group(xid);
      BatchFileAssociations.check(e, itemAt, self, other, null, itemAt);
      later.associate(e, itemAt, BatchFileAssociations.wire(self, other, null));
    }
  }
}
