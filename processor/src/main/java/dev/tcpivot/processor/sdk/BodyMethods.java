package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The methods that fill a body, shared by the create builders, the update builders and the new
 * objects: factories, field setters, association setters and metadata setters. Each setter ends by
 * handing its wire value to the class's private {@code put(name, value)}, which a builder
 * implements by mutation and a new object by copying.
 */
final class BodyMethods {
  /** Where the setters are generated: which class they return and what they may take. */
  enum Target {
    /** A POST body builder: refs only, no mode. */
    CREATE,
    /** A new object inside an association: refs only, no mode. */
    NEW_OBJECT,
    /** A PUT body builder: refs, and blocks with a mode. */
    UPDATE
  }

  private final EndpointModel endpoint;
  private final ValueTypes values;
  private final TypeName returns;
  private final Target target;

  BodyMethods(EndpointModel endpoint, ValueTypes values, TypeName returns, Target target) {
    this.endpoint = endpoint;
    this.values = values;
    this.returns = returns;
    this.target = target;
  }

  /** The statement that starts a factory's fields: the type, then each required parameter. */
  CodeBlock factoryFields(Factory factory) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", RuntimeTypes.FIELDS);
    factory.type().ifPresent(type -> code.add("\n.put($S, $S)", "type", type));
    for (BodyField field : factory.parameters()) {
      String parameter = ValueTypes.parameterName(field.name(), field.value());
      if (values.parameter(field.value()) instanceof ArrayTypeName) {
        code.add(
            "\n.put($S, $T.list($N, $N, $S))",
            field.name(), RuntimeTypes.REQUESTS, Naming.first(field.name()), Naming.more(field.name()),
            parameter);
      } else if (endpoint.summaryKey() && factory.type().isPresent()
          && field.value().kind() == ValueKind.STRING) {
        // A summary field: the runtime holds the documented format rules, keyed by type and field.
        code.add(
            "\n.put($S, $T.summaryField($S, $S, $N, $S))",
            field.name(), RuntimeTypes.CHECKS, factory.type().get(), field.name(), parameter, parameter);
      } else {
        code.add("\n.put($S, $L)", field.name(), values.wireValue(field.value(), parameter, true));
      }
    }
    return code.build();
  }

  /**
   * A factory's parameters, in table order. A required list becomes its first item and varargs
   * for the rest, so that a factory without one does not compile.
   */
  List<ParameterSpec> factoryParameters(Factory factory) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (BodyField field : factory.parameters()) {
      TypeName type = values.parameter(field.value());
      if (type instanceof ArrayTypeName) {
        parameters.add(
            ParameterSpec.builder(((ArrayTypeName) type).componentType(), Naming.first(field.name())).build());
        parameters.add(ParameterSpec.builder(type, Naming.more(field.name())).build());
      } else {
        parameters.add(ParameterSpec.builder(type, ValueTypes.parameterName(field.name(), field.value())).build());
      }
    }
    return parameters;
  }

  /** Whether a factory's last parameter is an array that should be varargs. */
  boolean varargs(Factory factory) {
    List<BodyField> parameters = factory.parameters();
    return !parameters.isEmpty()
        && values.parameter(parameters.get(parameters.size() - 1).value()) instanceof ArrayTypeName;
  }

  /** The Javadoc line that says what a factory makes. */
  CodeBlock factoryDoc(Factory factory, String what) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L$L", what, factory.type().map(t -> " of type {@code " + t + "}").orElse(""));
    List<String> names = new ArrayList<>();
    for (BodyField field : factory.parameters()) {
      names.add("{@code " + field.name() + "}");
      if (field.requirement().kind() == Requirement.Kind.ONE_OF) {
        names.set(names.size() - 1, names.get(names.size() - 1) + " (one of its " + field.requirement().group().orElseThrow() + " fields)");
      }
    }
    if (!names.isEmpty()) {
      doc.add(", with its required fields: $L", String.join(", ", names));
    }
    return doc.add(".\n").build();
  }

  /** One setter per plain field. */
  List<MethodSpec> fieldSetters(List<Setter> setters) {
    List<MethodSpec> methods = new ArrayList<>();
    for (Setter setter : setters) {
      String parameter = ValueTypes.parameterName(setter.wireName(), setter.value());
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(setter.method())
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addParameter(setter.parameter(), parameter);
      if (setter.parameter() instanceof ArrayTypeName) {
        method.varargs(true);
      }
      String appliesTo =
          setter.types().isEmpty()
              ? ""
              : " (" + String.join(", ", setter.types()) + " " + endpoint.object.name() + " only)";
      method.addJavadoc("Sets {@code $L}$L.\n", setter.wireName(), appliesTo);
      if (!setter.types().isEmpty() && target != Target.UPDATE) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (int i = 0; i < setter.types().size(); i++) {
          list.add(i == 0 ? "$S" : ", $S", setter.types().get(i));
        }
        method.addStatement(
            "$T.requireType(type(), $S, $S, $L)",
            RuntimeTypes.REQUESTS,
            setter.wireName(),
            endpoint.object.name(),
            list.build());
      }
      method.addStatement(
          "return put($S, $L)", setter.wireName(), values.wireValue(setter.value(), parameter, false));
      methods.add(method.build());
    }
    return methods;
  }

  /**
   * A setter for the body fields the tables list without describing them (a Case's assignee, an
   * Artifact's notes, ...): the value goes on the wire as given, as maps, lists and plain values.
   * Only those fields are accepted, so associations stay typed.
   */
  List<MethodSpec> jsonSetter(List<String> fields) {
    if (fields.isEmpty()) {
      return List.of();
    }
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", fields.get(i));
    }
    return List.of(
        MethodSpec.methodBuilder("json")
            .addJavadoc(
                "Sets one of the fields this SDK sends as given: $L. The value is made of maps with\n"
                    + "string keys, lists, strings, numbers and booleans, e.g. {@code Map.of(\"type\","
                    + " \"User\", \"data\", Map.of(\"userName\", \"jsmith\"))}; it is copied.\n",
                String.join(", ", fields))
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(String.class, "field")
            .addParameter(Object.class, "value")
            .addStatement("$T.requireOneOf(field, $S, $L)", RuntimeTypes.REQUESTS, "field", names.build())
            .addStatement("return put(field, $T.json(value, field))", RuntimeTypes.REQUESTS)
            .build());
  }

  /** Per association of the row: varargs and list setters, and on updates a block setter. */
  List<MethodSpec> associationSetters() {
    List<MethodSpec> methods = new ArrayList<>();
    for (EndpointModel.Association association : endpoint.associations) {
      ClassName bound = association.crossOwner() ? RuntimeTypes.REF : RuntimeTypes.SAME_OWNER_REF;
      TypeName ref = ParameterizedTypeName.get(bound, association.targetModel());
      String field = association.wireField();
      String owners =
          association.crossOwner()
              ? ""
              : " " + endpoint.object.endpoint() + " does not accept associations across owners, so"
                  + " no ref may name an owner.";
      methods.add(
          MethodSpec.methodBuilder(field)
              .addJavadoc(
                  "Associates the $L; repeated calls add to the list.$L\n", association.target().name(), owners)
              .addAnnotation(SafeVarargs.class)
              .addAnnotation(
                  AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "varargs").build())
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .returns(returns)
              .addParameter(ArrayTypeName.of(ref), "refs")
              .varargs(true)
              .addStatement("return put($S, $T.refs(current($S), refs, $S))", field, RuntimeTypes.REQUESTS, field, field)
              .build());
      methods.add(
          MethodSpec.methodBuilder(field)
              .addJavadoc("Associates the $L in the list, in order; repeated calls add to the list.$L\n",
                  association.target().name(), owners)
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addParameter(
                  ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(ref)), "refs")
              .addStatement("return put($S, $T.refs(current($S), refs, $S))", field, RuntimeTypes.REQUESTS, field, field)
              .build());
      if (target == Target.UPDATE) {
        methods.add(
            MethodSpec.methodBuilder(field)
                .addJavadoc(
                    "Appends, replaces or deletes associations to $L, as the block says (see {@link"
                        + " $T}).$L\n",
                    association.target().name(),
                    ClassName.get(RuntimeTypes.RUNTIME, "Associations"),
                    owners)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(
                    ParameterizedTypeName.get(RuntimeTypes.BLOCK, WildcardTypeName.subtypeOf(ref)), "block")
                .addStatement("return put($S, $T.block(current($S), block, $S))", field, RuntimeTypes.REQUESTS, field, field)
                .build());
      }
    }
    return methods;
  }

  /** Per metadata field the runtime supports: varargs and list setters, and on updates a block. */
  List<MethodSpec> metadataSetters() {
    List<MethodSpec> methods = new ArrayList<>();
    for (EndpointModel.MetadataField metadata : endpoint.metadata) {
      String field = metadata.wireField();
      ClassName item = metadata.item();
      methods.add(
          MethodSpec.methodBuilder(field)
              .addJavadoc("Adds $L; repeated calls add to the list.\n", field)
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addParameter(ArrayTypeName.of(item), field)
              .varargs(true)
              .addStatement("return put($S, $T.refs(current($S), $N, $S))", field, RuntimeTypes.REQUESTS, field, field, field)
              .build());
      if (target == Target.UPDATE) {
        methods.add(
            MethodSpec.methodBuilder(field)
                .addJavadoc(
                    "Appends, replaces or deletes $L, as the block says (see {@link $T}).\n",
                    field,
                    ClassName.get(RuntimeTypes.RUNTIME, "Metadata"))
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(
                    ParameterizedTypeName.get(RuntimeTypes.BLOCK, WildcardTypeName.subtypeOf(item)), "block")
                .addStatement("return put($S, $T.block(current($S), block, $S))", field, RuntimeTypes.REQUESTS, field, field)
                .build());
      }
    }
    return methods;
  }

  /** Whether the setters check the object's type, which then needs a private {@code type()}. */
  boolean checksType(List<Setter> setters) {
    return target != Target.UPDATE && setters.stream().anyMatch(s -> !s.types().isEmpty());
  }
}
