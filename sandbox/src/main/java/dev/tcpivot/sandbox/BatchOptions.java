package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The options of a batch job, from the body of {@code POST /v2/batch} (v2_batch_api.rst L26-67).
 * The options with a choice of values, their accepted values and defaults are the rows of
 * batch.table; {@code version}, {@code owner} and {@code haltOnError} are not choices and are read
 * here. Every refusal is a 400 naming the field and its accepted values; an unknown owner is a
 * 403, as the v3 {@code owner} parameter's (the docs give none for it).
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

  /** The options of batch.table this sandbox acts on, each by its name there. */
  private static final String ACTION = "action";

  private static final String ATTRIBUTE_WRITE_TYPE = "attributeWriteType";
  private static final String TAG_WRITE_TYPE = "tagWriteType";
  private static final String LABEL_WRITE_TYPE = "securityLabelWriteType";
  private static final String FILE_MERGE_MODE = "fileMergeMode";
  private static final String HASH_COLLISION_MODE = "hashCollisionMode";

  /** How an incoming File's hashes meet those of the Files it matches (L64-70). */
  enum Collision {
    FAVOR_EXISTING("FavorExisting"),
    FAVOR_INCOMING("FavorIncoming"),
    IGNORE_EXISTING("IgnoreExisting"),
    IGNORE_INCOMING("IgnoreIncoming"),
    SPLIT("Split");

    private final String value;

    Collision(String value) {
      this.value = value;
    }
  }

  /** The fileMergeMode value that merges the Files an incoming File matches (L61-63). */
  private static final String MERGE = "Merge";

  private static final String DELETE = "Delete";

  boolean deletes() {
    return action.equals(DELETE);
  }

  /** Whether two or more Files an incoming File matches become one (else each takes its data). */
  boolean merges() {
    return fileMergeMode.equals(MERGE);
  }

  Collision collision() {
    for (Collision collision : Collision.values()) {
      if (collision.value.equals(hashCollisionMode)) {
        return collision;
      }
    }
    throw new IllegalStateException("no hash collision mode " + hashCollisionMode);
  }

  static BatchOptions parse(ObjectNode body, Owners owners, BatchRules rules) {
    Set<String> fields = new LinkedHashSet<>();
    fields.add("version");
    fields.add(BatchFacts.OWNER);
    fields.add(BatchFacts.HALT_ON_ERROR);
    rules.options().forEach(option -> fields.add(option.name()));
    for (String name : (Iterable<String>) body::fieldNames) {
      if (!fields.contains(name)) {
        // L71-72: "make sure the parameter names in the request body are correct".
        throw ApiException.badRequest(BatchMessages.unknownOption(name, fields));
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
    for (BatchRules.Option option : rules.options()) {
      chosen.put(option.name(), choice(body, option));
    }
    return new BatchOptions(
        found,
        halt.asBoolean(),
        chosen.get(ACTION),
        chosen.get(ATTRIBUTE_WRITE_TYPE),
        chosen.get(TAG_WRITE_TYPE),
        chosen.get(LABEL_WRITE_TYPE),
        chosen.get(FILE_MERGE_MODE),
        chosen.get(HASH_COLLISION_MODE));
  }

  /** Fails at start-up when batch.table lacks an option or a value the sandbox acts on. */
  static void requireActedOn(BatchRules rules) {
    for (String option :
        new String[] {
          ACTION, ATTRIBUTE_WRITE_TYPE, TAG_WRITE_TYPE, LABEL_WRITE_TYPE, FILE_MERGE_MODE,
          HASH_COLLISION_MODE
        }) {
      if (rules.option(option).isEmpty()) {
        throw new IllegalStateException(
            "batch.table lists no option " + option + ", which the sandbox's batch jobs act on");
      }
    }
    requireValue(rules, ACTION, DELETE);
    requireValue(rules, FILE_MERGE_MODE, MERGE);
    for (Collision collision : Collision.values()) {
      requireValue(rules, HASH_COLLISION_MODE, collision.value);
    }
  }

  private static void requireValue(BatchRules rules, String option, String value) {
    if (rules.option(option).filter(o -> o.values().contains(value)).isEmpty()) {
      throw new IllegalStateException(
          "batch.table gives " + option + " no value " + value + ", which the sandbox acts on");
    }
  }

  private static String choice(ObjectNode body, BatchRules.Option option) {
    String field = option.name();
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return option
          .defaultValue()
          .orElseThrow(
              () -> ApiException.badRequest(BatchMessages.optionRequired(field, option.values())));
    }
    if (!value.isTextual() || !option.values().contains(value.asText())) {
      throw ApiException.badRequest(BatchMessages.badOption(field, value, option.values()));
    }
    return value.asText();
  }
}
