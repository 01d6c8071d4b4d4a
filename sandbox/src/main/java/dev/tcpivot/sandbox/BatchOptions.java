package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a batch job, from the body of {@code POST /v2/batch} (v2_batch_api.rst L26-67).
 * Every refusal is a 400 naming the field and its accepted values; an unknown owner is a 403, as
 * the v3 {@code owner} parameter's (the docs give none for it).
 */
record BatchOptions(
    Owner owner,
    boolean haltOnError,
    String action,
    String attributeWriteType,
    String tagWriteType,
    String securityLabelWriteType,
    String fileMergeMode,
    String hashCollisionMode) {

  private static final Set<String> FIELDS =
      Set.of(
          "version",
          BatchFacts.OWNER,
          BatchFacts.HALT_ON_ERROR,
          BatchFacts.ACTION,
          BatchFacts.ATTRIBUTE_WRITE_TYPE,
          BatchFacts.TAG_WRITE_TYPE,
          BatchFacts.LABEL_WRITE_TYPE,
          BatchFacts.FILE_MERGE_MODE,
          BatchFacts.HASH_COLLISION_MODE);

  boolean deletes() {
    return action.equals("Delete");
  }

  static BatchOptions parse(ObjectNode body, Owners owners) {
    for (String name : (Iterable<String>) body::fieldNames) {
      if (!FIELDS.contains(name)) {
        // L71-72: "make sure the parameter names in the request body are correct".
        throw ApiException.badRequest(BatchMessages.unknownOption(name, FIELDS));
      }
    }
    JsonNode version = body.get("version");
    if (version != null && !(version.isTextual() && version.asText().equals(BatchFacts.VERSION))) {
      throw ApiException.badRequest(BatchMessages.badVersion(version));
    }
    JsonNode owner = body.get(BatchFacts.OWNER);
    if (owner == null || !owner.isTextual() || owner.asText().isBlank()) {
      throw ApiException.badRequest(BatchMessages.ownerRequired(owner));
    }
    Owner found =
        owners
            .byName(owner.asText())
            .orElseThrow(() -> ApiException.forbidden(Messages.unknownOwner(owner.asText())));
    JsonNode halt = body.get(BatchFacts.HALT_ON_ERROR);
    if (halt == null || !halt.isBoolean()) {
      throw ApiException.badRequest(BatchMessages.haltOnErrorRequired(halt));
    }
    Map<String, String> chosen = new HashMap<>();
    for (Map.Entry<String, List<String>> option : BatchFacts.CHOICES.entrySet()) {
      chosen.put(option.getKey(), choice(body, option.getKey(), option.getValue()));
    }
    return new BatchOptions(
        found,
        halt.asBoolean(),
        chosen.get(BatchFacts.ACTION),
        chosen.get(BatchFacts.ATTRIBUTE_WRITE_TYPE),
        chosen.get(BatchFacts.TAG_WRITE_TYPE),
        chosen.get(BatchFacts.LABEL_WRITE_TYPE),
        chosen.get(BatchFacts.FILE_MERGE_MODE),
        chosen.get(BatchFacts.HASH_COLLISION_MODE));
  }

  private static String choice(ObjectNode body, String field, List<String> accepted) {
    JsonNode value = body.get(field);
    String fallback = BatchFacts.DEFAULTS.get(field);
    if (value == null || value.isNull()) {
      if (fallback == null) {
        throw ApiException.badRequest(BatchMessages.optionRequired(field, accepted));
      }
      return fallback;
    }
    if (!value.isTextual() || !accepted.contains(value.asText())) {
      throw ApiException.badRequest(BatchMessages.badOption(field, value, accepted));
    }
    return value.asText();
  }
}
