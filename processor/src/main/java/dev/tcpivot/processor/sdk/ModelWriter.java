package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ReadOnlyField;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.Value;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the response model {@code X}: a typed getter per field of the catalog, a list getter per
 * association of the endpoint's row, and everything else kept as sent.
 */
final class ModelWriter {
  private static final String SUMMARY = "summary";

  private record Getter(String method, String wireName, Value value, boolean ambiguous) {}

  /** A metadata list the endpoint returns on request, and the read model of its items. */
  private record MetadataList(String wireName, String noun, ClassName model) {}

  /** How the getters' Javadoc names the items of each metadata field. */
  private static final Map<String, String> NOUNS =
      Map.of("tags", "Tags", "securityLabels", "Security Labels", "attributes", "Attributes");

  private ModelWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName model = endpoint.model;
    ClassName reader = model.nestedClass("Reader");
    TypeName map =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(model)
            .addAnnotation(Poet.generated())
            .addAnnotation(
                AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE).addMember("using", "$T.class", reader).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(RuntimeTypes.API_MODEL)
            .addJavadoc(
                "$L as {@code $L} returns it. Fields without a typed getter, and any the server adds,"
                    + " are kept:\nsee {@link #unknownFields()} and {@link #asMap()}.\n",
                article(endpoint.object.singular()),
                endpoint.object.endpoint());

    List<Getter> getters = getters(endpoint, values);
    List<MetadataList> metadata = metadataLists(endpoint);
    spec.addField(
        FieldSpec.builder(RuntimeTypes.KNOWN_FIELDS, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(knownFields(getters, labels(endpoint), endpoint.associations, metadata))
            .build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Copies an object given as a map, as if the server had sent it.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(map, "fields")
            .addStatement("super(KNOWN, fields)")
            .build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Takes the fields that {@link Reader} read.\n")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.MODEL_FIELDS, "fields")
            .addStatement("super(fields)")
            .build());
    for (Getter getter : getters) {
      TypeName type =
          getter.ambiguous() ? ClassName.get(String.class) : values.getter(getter.value()).orElseThrow();
      CodeBlock read =
          getter.ambiguous()
              ? CodeBlock.of("string($S)", getter.wireName())
              : values.read(getter.value(), getter.wireName());
      spec.addMethod(
          MethodSpec.methodBuilder(getter.method())
              .addJavadoc("{@code $L}, or null when the response does not carry it.\n", getter.wireName())
              .addModifiers(Modifier.PUBLIC)
              .returns(type)
              .addStatement("return $L", read)
              .build());
    }
    for (EndpointModel.Association association : endpoint.associations) {
      spec.addMethod(
          MethodSpec.methodBuilder(Naming.getter(association.wireField()))
              .addJavadoc(
                  "The $L associated to this one; empty unless the request asked for them with"
                      + " {@link $T#$L}.\n",
                  association.target().name(),
                  endpoint.field,
                  Naming.constant(association.wireField()))
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(List.class), association.targetModel()))
              .addStatement("return list($S, $T::new)", association.wireField(), association.targetModel())
              .build());
    }
    for (MetadataList list : metadata) {
      spec.addMethod(
          MethodSpec.methodBuilder(Naming.getter(list.wireName()))
              .addJavadoc(
                  "The $L of this one; empty unless the request asked for them with {@link $T#$L}.\n",
                  list.noun(),
                  endpoint.field,
                  Naming.constant(list.wireName()))
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(List.class), list.model()))
              .addStatement("return list($S, $T::new)", list.wireName(), list.model())
              .build());
    }
    spec.addType(
        TypeSpec.classBuilder(reader)
            .addJavadoc(
                "The JSON reading of {@link $T}, in one pass over an object's tokens; the JSON mapping finds it\n"
                    + "through {@code @JsonDeserialize}.\n",
                model)
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.MODEL_READER, model))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addStatement("super($T.class, KNOWN, $T::new)", model, model)
                    .build())
            .build());
    return spec.build();
  }

  /**
   * {@code knownFields("id", ...)}: the wire names of the getters, the fields that label an object
   * in another's association, then each association with the model of its objects and the
   * model's constructor from a map.
   */
  private static CodeBlock knownFields(
      List<Getter> getters,
      List<String> labels,
      List<EndpointModel.Association> associations,
      List<MetadataList> metadata) {
    CodeBlock.Builder known = CodeBlock.builder().add("knownFields(");
    for (int i = 0; i < getters.size(); i++) {
      known.add(i == 0 ? "$S" : ", $S", getters.get(i).wireName());
    }
    known.add(")$>$>\n.labelledBy(");
    for (int i = 0; i < labels.size(); i++) {
      known.add(i == 0 ? "$S" : ", $S", labels.get(i));
    }
    known.add(")");
    for (EndpointModel.Association association : associations) {
      known.add("\n.withAssociation($S, $T.class, $T::new)",
          association.wireField(), association.targetModel(), association.targetModel());
    }
    for (MetadataList list : metadata) {
      known.add("\n.withList($S, $T.class, $T::new)", list.wireName(), list.model(), list.model());
    }
    return known.add("$<$<").build();
  }

  /**
   * The fields that name an object of the endpoint in a list: its {@code summary} where it has
   * one (Indicators, Artifacts), otherwise its required text fields in table order (a Group's
   * {@code name}, each Victim Asset type's {@code address}, {@code phone}, ...).
   */
  static List<String> labels(EndpointModel endpoint) {
    boolean summary =
        endpoint.catalog.readOnly().stream().anyMatch(f -> f.name().equals(SUMMARY))
            || endpoint.catalog.body().stream().anyMatch(f -> f.name().equals(SUMMARY));
    if (summary) {
      return List.of(SUMMARY);
    }
    List<String> labels = new ArrayList<>();
    for (BodyField field : endpoint.catalog.body()) {
      if (field.requirement().kind() == Requirement.Kind.REQUIRED
          && field.value().kind() == ValueKind.STRING
          && !labels.contains(field.name())) {
        labels.add(field.name());
      }
    }
    return labels;
  }

  /** The metadata fields of the endpoint's row that {@code fields=} can ask for, in table order. */
  private static List<MetadataList> metadataLists(EndpointModel endpoint) {
    List<MetadataList> lists = new ArrayList<>();
    for (EndpointModel.MetadataField field : endpoint.metadata) {
      String name = field.wireField();
      if (endpoint.fieldsParams.contains(name)) {
        RuntimeTypes.metadataModel(name)
            .ifPresent(model -> lists.add(new MetadataList(name, NOUNS.get(name), model)));
      }
    }
    return lists;
  }

  private static List<Getter> getters(EndpointModel endpoint, ValueTypes values) {
    Map<String, Getter> getters = new LinkedHashMap<>();
    for (ReadOnlyField field : endpoint.catalog.readOnly()) {
      add(getters, field.name(), field.value(), values);
    }
    for (BodyField field : endpoint.catalog.body()) {
      add(getters, field.name(), field.value(), values);
    }
    return new ArrayList<>(getters.values());
  }

  private static void add(Map<String, Getter> getters, String wireName, Value value, ValueTypes values) {
    Optional<TypeName> type = values.getter(value);
    if (type.isEmpty()) {
      return;
    }
    Getter existing = getters.get(wireName);
    if (existing == null) {
      getters.put(wireName, new Getter(Naming.getter(wireName), wireName, value, false));
    } else if (!values.getter(existing.value()).equals(type)) {
      getters.put(wireName, new Getter(existing.method(), wireName, existing.value(), true));
    }
  }

  static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
  }
}
