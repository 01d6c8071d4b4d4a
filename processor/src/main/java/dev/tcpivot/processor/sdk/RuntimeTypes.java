package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import java.util.Map;
import java.util.Optional;

/** The hand-written runtime types that the generated SDK uses, by name. */
final class RuntimeTypes {
  static final String RUNTIME = "dev.tcpivot";

  static final ClassName REF = ClassName.get(RUNTIME, "Ref");
  static final ClassName SAME_OWNER_REF = ClassName.get(RUNTIME, "SameOwnerRef");
  static final ClassName ID_REF = ClassName.get(RUNTIME, "IdRef");
  static final ClassName BLOCK = ClassName.get(RUNTIME, "Block");
  static final ClassName ASSOCIATIONS = ClassName.get(RUNTIME, "Associations");
  static final ClassName METADATA = ClassName.get(RUNTIME, "Metadata");
  static final ClassName PAGED = ClassName.get(RUNTIME, "Paged");
  static final ClassName ASYNC_PAGED = ClassName.get(RUNTIME, "AsyncPaged");
  static final ClassName CALL_OPTIONS = ClassName.get(RUNTIME, "CallOptions");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName LIST_OPTIONS = ClassName.get(RUNTIME, "ListOptions");
  static final ClassName FIELD_INFO = ClassName.get(RUNTIME, "FieldInfo");
  static final ClassName KEYWORD_SECTION = ClassName.get(RUNTIME, "KeywordSection");
  static final ClassName THREAT_CONNECT = ClassName.get(RUNTIME, "ThreatConnect");
  static final ClassName RETRY_POLICY = ClassName.get(RUNTIME, "RetryPolicy");
  static final ClassName WIRE_OBJECT = ClassName.get(RUNTIME, "WireObject");
  static final ClassName KIND = WIRE_OBJECT.nestedClass("Kind");
  static final ClassName API_MODEL = ClassName.get(RUNTIME, "ApiModel");
  static final ClassName KNOWN_FIELDS = API_MODEL.nestedClass("KnownFields");
  static final ClassName MODEL_FIELDS = API_MODEL.nestedClass("Fields");
  static final ClassName MODEL_READER = API_MODEL.nestedClass("ModelReader");
  static final ClassName API_CALLS = ClassName.get(RUNTIME, "ApiCalls");
  static final ClassName ENVELOPE = API_CALLS.nestedClass("Envelope");
  static final ClassName QUERY = ClassName.get(RUNTIME, "Query");
  static final ClassName CLAUSE = QUERY.nestedClass("Clause");
  static final ClassName STRING_CONDITION = ClassName.get(RUNTIME, "StringCondition");
  static final ClassName INTEGER_CONDITION = ClassName.get(RUNTIME, "IntegerCondition");
  static final ClassName FLOAT_CONDITION = ClassName.get(RUNTIME, "FloatCondition");
  static final ClassName DATE_CONDITION = ClassName.get(RUNTIME, "DateCondition");
  static final ClassName BOOLEAN_CONDITION = ClassName.get(RUNTIME, "BooleanCondition");

  static final ClassName VALUE_FORMAT = ClassName.get("dev.tcpivot.spec", "ValueFormat");

  static final ClassName CALL = ClassName.get("retrofit2", "Call");
  static final ClassName RETROFIT = ClassName.get("retrofit2", "Retrofit");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

  /** The item type of each metadata field the runtime can send; others are not generated. */
  private static final Map<String, ClassName> METADATA_ITEMS =
      Map.of(
          "tags", ClassName.get(RUNTIME, "Tag"),
          "securityLabels", ClassName.get(RUNTIME, "SecurityLabel"),
          "attributes", ClassName.get(RUNTIME, "Attribute"));

  /** The read model of each metadata field's items, for the response models' getters. */
  private static final Map<String, ClassName> METADATA_MODELS =
      Map.of(
          "tags", ClassName.get(RUNTIME, "TagInfo"),
          "securityLabels", ClassName.get(RUNTIME, "SecurityLabelInfo"),
          "attributes", ClassName.get(RUNTIME, "AttributeInfo"));

  private RuntimeTypes() {}

  static Optional<ClassName> metadataModel(String metadataField) {
    return Optional.ofNullable(METADATA_MODELS.get(metadataField));
  }

  static Optional<ClassName> metadataItem(String metadataField) {
    return Optional.ofNullable(METADATA_ITEMS.get(metadataField));
  }
}
