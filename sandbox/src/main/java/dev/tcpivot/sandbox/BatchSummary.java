package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity fields of a batch Indicator (ip, hostName, md5, ...), from the fields themselves or
 * from its {@code summary} (v2_batch_api.rst L114: "you may substitute summary with the field that
 * contains the Indicator's value"). A File's summary is {@code md5 : sha1 : sha256} (L734-747),
 * each part placed in the hash field whose v3 value format it has (indicators.table); the presence
 * of a hash field makes the summary ignored (L751). Registry Key summaries are Key Name : Value Name : Value Type, in that order.
 */
final class BatchSummary {
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
      if (fields.get(i).requirement().kind() == Requirement.Kind.ONE_OF) {
        name = memberOfFormat(fields, part).orElse(name);
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

  /** The one-of member (a File's md5, sha1, sha256) whose value format the part has. */
  private static Optional<String> memberOfFormat(List<BodyField> fields, String part) {
    return fields.stream()
        .filter(f -> f.requirement().kind() == Requirement.Kind.ONE_OF)
        .filter(f -> f.format().isPresent() && f.format().get().message(f.name(), part) == null)
        .map(BodyField::name)
        .findFirst();
  }

  private static List<String> names(List<BodyField> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.name()));
    return names;
  }
}
