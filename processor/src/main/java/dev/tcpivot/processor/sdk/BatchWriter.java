package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.EnumType;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed factories of a V2 Batch API input file from batch.table and the type lists:
 * {@code BatchIndicators} (one kind, type constant and factory per Indicator type),
 * {@code BatchGroups} (one factory per Group type, taking its required batch fields) and
 * {@code IndicatorAssociation} (one constant per row of indicator-associations.table). An
 * Indicator type's kind extends the marker of each row that lists it as non-primary, so
 * {@code BatchFile.associate(type, nonPrimary, primary)} compiles for the table's pairs only. Each
 * job option of batch.table gets an enum of its accepted values ({@code BatchAction},
 * {@code AttributeWriteType}, ...), each constant knowing its wire word.
 */
final class BatchWriter {
  static final ClassName BATCH_TABLE = ClassName.get(RuntimeTypes.RUNTIME, "BatchTable");
  static final ClassName INDICATOR_KIND = ClassName.get(RuntimeTypes.RUNTIME, "IndicatorKind");
  static final ClassName INDICATOR_TYPE = ClassName.get(RuntimeTypes.RUNTIME, "BatchIndicatorType");
  static final ClassName BATCH_INDICATOR = ClassName.get(RuntimeTypes.RUNTIME, "BatchIndicator");
  static final ClassName BATCH_GROUP = ClassName.get(RuntimeTypes.RUNTIME, "BatchGroup");
  static final ClassName ASSOCIATION_TYPE =
      ClassName.get(RuntimeTypes.RUNTIME, "IndicatorAssociationType");

  private BatchWriter() {}

  static List<TypeSpec> write(Spec spec, String sdkPackage) {
    ClassName indicators = ClassName.get(sdkPackage, "BatchIndicators");
    ClassName associations = ClassName.get(sdkPackage, "IndicatorAssociation");
    List<String> indicatorTypes = types(spec, "indicators");
    List<TypeSpec> types = new ArrayList<>(List.of(
        indicators(spec, indicators, associations, indicatorTypes),
        groups(spec, ClassName.get(sdkPackage, "BatchGroups"), types(spec, "groups")),
        associations(spec, associations, indicators)));
    for (BatchRules.Option option : spec.batch().options()) {
      types.add(EnumWriter.write(
          new EnumType(optionEnumName(option.name()), option.values(), option.source()), sdkPackage));
    }
    return types;
  }

  /**
   * The words of a batch job option's enum: {@code attributeWriteType} is {@code attribute write
   * type}; a one-word option takes {@code batch} before it ({@code action}: {@code BatchAction}).
   */
  static String optionEnumName(String option) {
    String words = option.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return words.contains(" ") ? words : "batch " + words;
  }

  private static List<String> types(Spec spec, String endpoint) {
    return spec.objectAt(endpoint).map(o -> spec.catalog(o).types()).orElse(List.of());
  }

  private static TypeSpec indicators(
      Spec spec, ClassName self, ClassName associations, List<String> types) {
    TypeSpec.Builder out = start(self,
        "The Indicators of a V2 Batch API input file, one factory per Indicator type:\n"
            + "{@code BatchIndicators.host(\"badguyz.com\")}; the type constants name existing Indicators\n"
            + "by ID ({@code BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321)}). Each type has a\n"
            + "kind of its own, which types Indicator-to-Indicator associations.\n");
    Map<String, List<ClassName>> nonPrimaryOf = new LinkedHashMap<>();
    for (IndicatorAssociation row : spec.indicatorAssociations()) {
      for (String type : row.nonPrimary()) {
        nonPrimaryOf.computeIfAbsent(type, t -> new ArrayList<>())
            .add(associations.nestedClass(Naming.typeClass(row.name())));
      }
    }
    List<BatchRules.Field> required;
    for (String type : types) {
      ClassName kind = self.nestedClass(Naming.typeClass(type));
      TypeSpec.Builder marker = TypeSpec.interfaceBuilder(kind)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("The kind of $L Indicators.\n", type)
          .addSuperinterface(INDICATOR_KIND);
      nonPrimaryOf.getOrDefault(type, List.of()).forEach(marker::addSuperinterface);
      out.addType(marker.build());
      TypeName typeConstant = ParameterizedTypeName.get(INDICATOR_TYPE, kind);
      String constant = Naming.constant(type);
      out.addField(FieldSpec.builder(typeConstant, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The $L type.\n", type)
          .initializer("indicatorType($S)", type)
          .build());
      required = spec.batch().required(Side.INDICATOR, type);
      MethodSpec.Builder factory = MethodSpec.methodBuilder(Naming.member(type))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ParameterizedTypeName.get(BATCH_INDICATOR, kind))
          .addJavadoc("A $L Indicator of a batch file, named by its $L.\n", type, names(required));
      List<String> arguments = new ArrayList<>();
      for (BatchRules.Field field : required) {
        factory.addParameter(String.class, Naming.member(field.name()));
        arguments.add(Naming.member(field.name()));
      }
      out.addMethod(factory
          .addStatement("return indicator($L, $L)", constant, String.join(", ", arguments))
          .build());
    }
    return out.build();
  }

  private static TypeSpec groups(Spec spec, ClassName self, List<String> types) {
    TypeSpec.Builder out = start(self,
        "The Groups of a V2 Batch API input file, one factory per Group type, whose parameters are\n"
            + "the fields a batch file requires of the type, the XID first:\n"
            + "{@code BatchGroups.incident(\"00000000-0000-0000-0000-000000000000:0001\", \"Ransomware\")}.\n");
    for (String type : types) {
      List<BatchRules.Field> required = spec.batch().required(Side.GROUP, type);
      MethodSpec.Builder factory = MethodSpec.methodBuilder(Naming.member(type))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(BATCH_GROUP)
          .addJavadoc("A $L Group of a batch file, with its $L.\n", type, names(required));
      for (BatchRules.Field field : required) {
        factory.addParameter(String.class, Naming.member(field.name()));
      }
      CodeBlock.Builder body = CodeBlock.builder()
          .add("$T group = group($S, xid, name);\n", BATCH_GROUP, type);
      for (BatchRules.Field field : required) {
        if (!field.name().equals("xid") && !field.name().equals("name")) {
          body.add("group = required(group, $S, $L);\n", field.name(), Naming.member(field.name()));
        }
      }
      out.addMethod(factory.addCode(body.build()).addStatement("return group").build());
    }
    return out.build();
  }

  private static TypeSpec associations(Spec spec, ClassName self, ClassName indicators) {
    TypeSpec.Builder out = start(self,
        "The default Indicator-to-Indicator association types (indicator-associations.table), for\n"
            + "{@code BatchFile.associate(type, nonPrimary, primary)}: the non-primary Indicator is\n"
            + "ref_1 and the primary one ref_2, as v2_batch_api.rst L614 and L677-683 write\n"
            + "{@code URL Host}. A pair the table does not list does not compile.\n");
    for (IndicatorAssociation row : spec.indicatorAssociations()) {
      ClassName marker = self.nestedClass(Naming.typeClass(row.name()));
      out.addType(TypeSpec.interfaceBuilder(marker)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("The non-primary types of $L: $L.\n", row.name(), String.join(", ", row.nonPrimary()))
          .addSuperinterface(INDICATOR_KIND)
          .build());
      ClassName primary = indicators.nestedClass(Naming.typeClass(row.primary()));
      out.addField(FieldSpec.builder(
              ParameterizedTypeName.get(ASSOCIATION_TYPE, primary, marker),
              Naming.constant(row.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L: associates a $L Indicator (ref_1) to a $L one (ref_2) ($L).\n",
              row.name(), String.join(" or ", row.nonPrimary()), row.primary(), row.source())
          .initializer("indicatorAssociation($S)", row.name())
          .build());
    }
    return out.build();
  }

  private static TypeSpec.Builder start(ClassName self, String doc) {
    return TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(BATCH_TABLE)
        .addJavadoc(doc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static String names(List<BatchRules.Field> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add("{@code " + f.name() + "}"));
    return String.join(", ", names);
  }
}
