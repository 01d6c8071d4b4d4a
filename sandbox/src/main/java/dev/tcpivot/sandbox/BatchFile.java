package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch input file: a JSON object with the arrays {@code indicator}, {@code group} and {@code
 * association} (v2_batch_api.rst L104-130), each optional.
 */
final class BatchFile {
  static final String INDICATOR = "indicator";
  static final String GROUP = "group";
  static final String ASSOCIATION = "association";

  private final ObjectNode document;

  private BatchFile(ObjectNode document) {
    this.document = document;
  }

  /** Reads a file; 400-style refusals (the message is the job's error) for one that is not. */
  static BatchFile parse(byte[] file) {
    ObjectNode document = Json.parseObject(file);
    for (String array : List.of(INDICATOR, GROUP, ASSOCIATION)) {
      JsonNode value = document.get(array);
      if (value != null && !value.isNull() && !value.isArray()) {
        throw ApiException.badRequest(BatchMessages.notAnArray(array, value));
      }
    }
    return new BatchFile(document);
  }

  List<JsonNode> indicators() {
    return list(INDICATOR);
  }

  List<JsonNode> groups() {
    return list(GROUP);
  }

  List<JsonNode> associations() {
    return list(ASSOCIATION);
  }

  /** L130: "it must be placed after the indicator and group fields in a batch input file". */
  boolean associationFirst() {
    boolean seenAssociation = false;
    for (String name : (Iterable<String>) document::fieldNames) {
      if (name.equals(ASSOCIATION)) {
        seenAssociation = true;
      } else if (seenAssociation && (name.equals(INDICATOR) || name.equals(GROUP))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The units a job counts: each Indicator and Group, and unless the job deletes, each nested
   * association and each entry of the association array.
   */
  int units(boolean deletes) {
    int units = indicators().size() + groups().size();
    if (deletes) {
      return units;
    }
    for (JsonNode entry : indicators()) {
      if (entry.isObject()) {
        units += BatchNested.links((ObjectNode) entry, true).size();
      }
    }
    for (JsonNode entry : groups()) {
      if (entry.isObject()) {
        units += BatchNested.links((ObjectNode) entry, false).size();
      }
    }
    return units + associations().size();
  }

  private List<JsonNode> list(String array) {
    List<JsonNode> entries = new ArrayList<>();
    JsonNode value = document.get(array);
    if (value != null && value.isArray()) {
      value.forEach(entries::add);
    }
    return entries;
  }

  /** Where a unit is, as the docs' errorMessage says it: {@code indicator[2] 'badguyz.com'}. */
  static String where(String array, int index, String label) {
    String where = array + "[" + index + "]";
    return label == null || label.isEmpty() ? where : where + " '" + label + "'";
  }

  /** What names an entry in a message: its summary, its hashes or value, its XID. */
  static String label(JsonNode entry) {
    if (entry.isTextual()) {
      return entry.asText();
    }
    for (String field : List.of("summary", "groupXid", "xid", "ip", "hostName", "text", "address")) {
      if (entry.path(field).isTextual()) {
        return entry.get(field).asText();
      }
    }
    List<String> hashes = new ArrayList<>();
    for (String hash : List.of("md5", "sha1", "sha256")) {
      if (entry.path(hash).isTextual()) {
        hashes.add(entry.get(hash).asText());
      }
    }
    return String.join(Summaries.SEPARATOR, hashes);
  }
}
