package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identity fields of a batch Indicator (ip, hostName, md5, ...), from the fields themselves or
 * from its {@code summary} (v2_batch_api.rst L114: "you may substitute summary with the field that
 * contains the Indicator's value"). A File's summary is {@code md5 : sha1 : sha256} (L734-747),
 * each part placed by its length; the presence of a hash field makes the summary ignored
 * (L751). Registry Key summaries are Key Name : Value Name : Value Type, in that order.
 */
final class BatchSummary {
  /** The hash fields of a File, by the length of their hexadecimal value. */
  private static final Map<Integer, String> HASH_BY_LENGTH =
      Map.of(32, "md5", 40, "sha1", 64, "sha256");

  private BatchSummary() {}

  static ObjectNode identity(SpecView view, ObjectNode entry, String type) {
    List<BodyField> fields = view.identityFields(view.summaryEndpoint(), type);
    ObjectNode identity = Json.object();
    for (BodyField field : fields) {
      JsonNode value = entry.get(field.name());
      if (value != null && !value.isNull()) {
        identity.set(field.name(), value);
      }
    }
    if (!identity.isEmpty()) {
      return identity;
    }
    JsonNode summary = entry.get("summary");
    if (summary == null || !summary.isTextual() || summary.asText().isBlank()) {
      throw ApiException.badRequest(BatchMessages.summaryRequired(type, names(fields), summary));
    }
    List<String> parts = split(summary.asText(), fields.size());
    if (parts.size() > fields.size()) {
      throw ApiException.badRequest(BatchMessages.tooManyParts(type, names(fields), summary.asText()));
    }
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String name = fields.get(i).name();
      if (type.equals("File")) {
        name = HASH_BY_LENGTH.getOrDefault(part.length(), name);
        if (identity.has(name)) {
          throw ApiException.badRequest(BatchMessages.twoHashesOfAKind(name, summary.asText()));
        }
      }
      identity.put(name, part);
    }
    return identity;
  }

  /** One part for single-field types (a URL may hold " : "), else the parts between colons. */
  private static List<String> split(String summary, int fields) {
    List<String> parts = new ArrayList<>();
    if (fields == 1) {
      parts.add(summary.trim());
      return parts;
    }
    for (String part : summary.split(":")) {
      parts.add(part.trim());
    }
    return parts;
  }

  private static List<String> names(List<BodyField> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.name()));
    return names;
  }
}
