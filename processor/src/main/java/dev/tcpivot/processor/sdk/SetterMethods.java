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
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The setters of a body, shared by the create builders, the update builders and the new objects:
 * plain fields, the JSON-ready fields, owners, associations and metadata. Each setter names its
 * wire field once, hands the value to the runtime ({@code put}, {@code append} or {@code block})
 * and returns the object to go on with, in one of three styles.
 */
final class SetterMethods {
  /** How a setter changes its object and what it returns. */
  enum Style {
    /** A builder: changes its {@code draft} and returns itself. */
    BUILDER,
    /** A builder with a type parameter for itself: changes its {@code draft}, returns {@code self()}. */
    SELF,
    /** An immutable object: changes a copy and returns it. */
    COPY
  }

  private final EndpointModel endpoint;
  private final ValueTypes values;
  private final TypeName returns;
  private final Style style;

  SetterMethods(EndpointModel endpoint, ValueTypes values, TypeName returns, Style style) {
    this.endpoint = endpoint;
    this.values = values;
    this.returns = returns;
    this.style = style;
  }

  /** One setter per plain field; {@code note} adds which types a field applies to. */
  List<MethodSpec> fields(List<Setter> setters, boolean note) {
    List<MethodSpec> methods = new ArrayList<>();
    for (Setter setter : setters) {
      String parameter = ValueTypes.parameterName(setter.wireName(), setter.value());
      MethodSpec.Builder method = start(setter.method())
          .addParameter(setter.parameter(), parameter)
          .varargs(setter.parameter() instanceof ArrayTypeName);
      String appliesTo = !note || setter.types().isEmpty()
          ? ""
          : " (" + String.join(", ", setter.types()) + " " + endpoint.object.name() + " only)";
      CodeBlock value = setter.format().isPresent()
          ? CodeBlock.of("checkFormat($T.$L, $N, $S)",
              RuntimeTypes.VALUE_FORMAT, setter.format().get().name(), parameter, parameter)
          : values.wireValue(setter.value(), parameter, false);
      if (setter.countsEachRequest()) {
        value = CodeBlock.of("counted($L)", value);
      }
      methods.add(
          finish(method.addJavadoc("Sets {@code $L}$L.\n", setter.wireName(), appliesTo),
              CodeBlock.of("put($S, $L)", setter.wireName(), value)));
    }
    return methods;
  }

  /**
   * A setter for the body fields the tables list without describing them (a Case's assignee, an
   * Artifact's notes, ...): the value goes on the wire as given, as maps, lists and plain values.
   * Only those fields are accepted, so associations stay typed.
   */
  List<MethodSpec> json(List<String> fields) {
    if (fields.isEmpty()) {
      return List.of();
    }
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", fields.get(i));
    }
    MethodSpec.Builder method = start("json")
        .addJavadoc(
            "Sets one of the fields this SDK sends as given: $L. The value is made of maps with\n"
                + "string keys, lists, strings, numbers and booleans, e.g. {@code Map.of(\"type\","
                + " \"User\", \"data\", Map.of(\"userName\", \"jsmith\"))}; it is copied.\n",
            String.join(", ", fields))
        .addParameter(String.class, "field")
        .addParameter(Object.class, "value");
    return List.of(finish(method,
        CodeBlock.of("put(oneOf(field, $S, $L), data(value, field))", "field", names.build())));
  }

  /** {@code ownerName} and {@code ownerId} of a create: the owner to create the object in. */
  List<MethodSpec> createOwners() {
    List<MethodSpec> methods = new ArrayList<>();
    endpoint.ownerNameField.ifPresent(field -> methods.add(finish(
        start("ownerName")
            .addJavadoc(
                "Creates the $L in the Community or Source of that name (the default is the API user's"
                    + " Organization).\n",
                endpoint.object.singular())
            .addParameter(String.class, "ownerName"),
        CodeBlock.of("put($S, notBlank(ownerName, $S))", field, "ownerName"))));
    endpoint.ownerIdField.ifPresent(field -> methods.add(finish(
        start("ownerId")
            .addJavadoc("Creates the $L in the owner with that ID.\n", endpoint.object.singular())
            .addParameter(TypeName.LONG, "ownerId"),
        CodeBlock.of("put($S, whole(checkId(ownerId, $S)))", field, "ownerId"))));
    return methods;
  }

  /**
   * Per association of the endpoint's row: refs as varargs and as a list, which a PUT appends, and
   * with {@code blocks} a block with a mode.
   */
  List<MethodSpec> associations(boolean blocks) {
    List<MethodSpec> methods = new ArrayList<>();
    for (EndpointModel.Association association : endpoint.associations) {
      ClassName bound = association.crossOwner() ? RuntimeTypes.REF : RuntimeTypes.SAME_OWNER_REF;
      TypeName ref = ParameterizedTypeName.get(bound, association.targetModel());
      String field = association.wireField();
      String owners = association.crossOwner()
          ? ""
          : " " + endpoint.object.endpoint() + " does not accept associations across owners, so no ref"
              + " may name an owner.";
      // A generic varargs method must be final to be @SafeVarargs; callers then get no warning.
      methods.add(finish(
          start(field)
              .addJavadoc("Associates the $L; repeated calls add to the list.$L\n", association.target().name(), owners)
              .addAnnotation(SafeVarargs.class)
              .addAnnotation(varargsSuppression())
              .addModifiers(Modifier.FINAL)
              .addParameter(ArrayTypeName.of(ref), "refs")
              .varargs(true),
          CodeBlock.of("append($S, refs)", field)));
      methods.add(finish(
          start(field)
              .addJavadoc("Associates the $L in the list, in order; repeated calls add to the list.$L\n",
                  association.target().name(), owners)
              .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(ref)), "refs"),
          CodeBlock.of("append($S, refs)", field)));
      if (blocks) {
        methods.add(finish(
            start(field)
                .addJavadoc("Appends, replaces or deletes associations to $L, as the block says (see {@link $T}).$L\n",
                    association.target().name(), RuntimeTypes.ASSOCIATIONS, owners)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.BLOCK, WildcardTypeName.subtypeOf(ref)), "block"),
            CodeBlock.of("block($S, block)", field)));
      }
    }
    return methods;
  }

  /** Per metadata field the runtime supports: items, and with {@code blocks} a block with a mode. */
  List<MethodSpec> metadata(boolean blocks) {
    List<MethodSpec> methods = new ArrayList<>();
    for (EndpointModel.MetadataField metadata : endpoint.metadata) {
      String field = metadata.wireField();
      methods.add(finish(
          start(field)
              .addJavadoc("Adds $L; repeated calls add to the list.\n", field)
              .addParameter(ArrayTypeName.of(metadata.item()), field)
              .varargs(true),
          CodeBlock.of("append($S, $N)", field, field)));
      if (blocks) {
        methods.add(finish(
            start(field)
                .addJavadoc("Appends, replaces or deletes $L, as the block says (see {@link $T}).\n",
                    field, RuntimeTypes.METADATA)
                .addParameter(
                    ParameterizedTypeName.get(RuntimeTypes.BLOCK, WildcardTypeName.subtypeOf(metadata.item())), "block"),
            CodeBlock.of("block($S, block)", field)));
      }
    }
    return methods;
  }

  /**
   * The same method in a subclass that returns the subclass, so that a chain keeps the type's own
   * setters at hand: it calls the original and returns this object (or, in the copying style, the
   * copy, which the subclass makes of its own class).
   */
  static MethodSpec override(MethodSpec original, TypeName subclass, Style style) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(original.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(subclass)
        .varargs(original.varargs());
    List<String> arguments = new ArrayList<>();
    for (ParameterSpec parameter : original.parameters()) {
      method.addParameter(parameter.type(), parameter.name());
      arguments.add(parameter.name());
    }
    String call = original.name() + "(" + String.join(", ", arguments) + ")";
    if (style == Style.COPY) {
      return method.addStatement("return ($T) super.$L", subclass, call).build();
    }
    return method.addStatement("super.$L", call).addStatement("return this").build();
  }

  private MethodSpec.Builder start(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private MethodSpec finish(MethodSpec.Builder method, CodeBlock change) {
    switch (style) {
      case BUILDER:
        return method.addStatement("draft.$L", change).addStatement("return this").build();
      case SELF:
        return method.addStatement("draft.$L", change).addStatement("return self()").build();
      default:
        return method
            .addStatement("$T copy = copy()", returns)
            .addStatement("copy.$L", change)
            .addStatement("return copy")
            .build();
    }
  }

  private static AnnotationSpec varargsSuppression() {
    // The array is handed on to be read and copied, never stored or exposed.
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "varargs").build();
  }
}
