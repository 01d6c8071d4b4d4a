package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import java.util.Optional;

/** The hand-written runtime types that the generated SDK uses, by name. */
final class RuntimeTypes {
  static final String RUNTIME = "dev.tcpivot";
  static final String INTERNAL = "dev.tcpivot.internal";

  static final ClassName REF = ClassName.get(RUNTIME, "Ref");
  static final ClassName SAME_OWNER_REF = ClassName.get(RUNTIME, "SameOwnerRef");
  static final ClassName ID_REF = ClassName.get(RUNTIME, "IdRef");
  static final ClassName BLOCK = ClassName.get(RUNTIME, "Block");
  static final ClassName PAGED = ClassName.get(RUNTIME, "Paged");
  static final ClassName LIST_OPTIONS = ClassName.get(RUNTIME, "ListOptions");
  static final ClassName FIELD_INFO = ClassName.get(RUNTIME, "FieldInfo");
  static final ClassName KEYWORD_SECTION = ClassName.get(RUNTIME, "KeywordSection");
  static final ClassName THREAT_CONNECT = ClassName.get(RUNTIME, "ThreatConnect");

  static final ClassName FIELDS = ClassName.get(INTERNAL, "Fields");
  static final ClassName WIRE_OBJECT = ClassName.get(INTERNAL, "WireObject");
  static final ClassName WIRE_ENUM = ClassName.get(INTERNAL, "WireEnum");
  static final ClassName FIELD_NAME = ClassName.get(INTERNAL, "FieldName");
  static final ClassName MODEL = ClassName.get(INTERNAL, "Model");
  static final ClassName ENVELOPE = ClassName.get(INTERNAL, "Envelope");
  static final ClassName TRANSPORT = ClassName.get(INTERNAL, "Transport");
  static final ClassName CHECKS = ClassName.get(INTERNAL, "Checks");
  static final ClassName ID_REFERENCE = ClassName.get(INTERNAL, "IdReference");
  static final ClassName OWNED_REFERENCE = ClassName.get(INTERNAL, "OwnedReference");
  static final ClassName EXISTING_OBJECT = ClassName.get(INTERNAL, "ExistingObject");
  static final ClassName DATA_LIST = ClassName.get(INTERNAL, "DataList");
  static final ClassName ID_OBJECT = ClassName.get(INTERNAL, "IdObject");
  static final ClassName REQUESTS = ClassName.get(INTERNAL, "Requests");

  static final ClassName CALL = ClassName.get("retrofit2", "Call");
  static final ClassName JSON_CREATOR =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  /** The item type of each metadata field the runtime can send; others are not generated. */
  private static final Map<String, ClassName> METADATA_ITEMS =
      Map.of(
          "tags", ClassName.get(RUNTIME, "Tag"),
          "securityLabels", ClassName.get(RUNTIME, "SecurityLabel"),
          "attributes", ClassName.get(RUNTIME, "Attribute"));

  private RuntimeTypes() {}

  static Optional<ClassName> metadataItem(String metadataField) {
    return Optional.ofNullable(METADATA_ITEMS.get(metadataField));
  }

  static TypeName of(ClassName raw, TypeName... arguments) {
    return ParameterizedTypeName.get(raw, arguments);
  }
}
