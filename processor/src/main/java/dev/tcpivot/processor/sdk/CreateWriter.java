package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XCreate}, the body of a POST: static factories whose parameters are the required
 * fields, and a builder with the optional fields, the associations of the endpoint's row (refs
 * only, never a mode) and the metadata. A type with fields of its own (a Document Group, a Host
 * Indicator) gets its own builder, a subclass that adds them; its factory returns it.
 */
final class CreateWriter {
  private CreateWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName create = endpoint.create;
    ClassName builder = create.nestedClass("Builder");
    List<String> ownTypes = endpoint.typesWithOwnFields(endpoint.createSetters);
    Factory example = endpoint.factories.get(0);
    TypeSpec.Builder spec = TypeSpec.classBuilder(create)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.WIRE_OBJECT)
        .addJavadoc(
            "The body of {@code POST $L}: a new $L. Start from a factory, e.g. {@link #$L},"
                + "\nadd what else it needs, and {@link Builder#build()}.\n\n<p>$L\n",
            endpoint.object.endpoint(), endpoint.object.singular(), example.name(),
            Docs.associationSentence(endpoint))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($S, $T.VALUE)", create.simpleName(), RuntimeTypes.KIND)
            .build())
        .addMethod(Poet.copyConstructor(create));
    FactoryMethods factories = new FactoryMethods(endpoint, values);
    for (Factory factory : endpoint.factories) {
      ClassName returns = factory.type().filter(ownTypes::contains)
          .map(type -> create.nestedClass(Naming.typeClass(type)))
          .orElse(builder);
      CodeBlock start = returns.equals(builder)
          ? factory.type().map(type -> CodeBlock.of("new $T($S)", builder, type)).orElse(CodeBlock.of("new $T()", builder))
          : CodeBlock.of("new $T()", returns);
      spec.addMethod(factories.write(factory, returns, start, "builder", "builder.draft",
          ModelWriter.article(endpoint.object.singular())));
    }
    spec.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder that starts from this body's fields, to add to them or change them.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());

    SetterMethods setters = new SetterMethods(endpoint, values, builder, SetterMethods.Style.BUILDER);
    List<MethodSpec> common = new java.util.ArrayList<>();
    common.addAll(setters.fields(Setter.common(endpoint.createSetters), false));
    common.addAll(setters.createOwners());
    common.addAll(setters.json(endpoint.createJsonFields));
    common.addAll(setters.associations(false));
    common.addAll(setters.metadata(false));
    TypeSpec.Builder builderSpec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(builderDoc(endpoint, ownTypes))
        .addField(FieldSpec.builder(create, "draft", Modifier.FINAL).build());
    if (ownTypes.isEmpty()) {
      builderSpec.addModifiers(Modifier.FINAL);
    }
    if (endpoint.catalog.typed()) {
      builderSpec.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PRIVATE)
          .addParameter(String.class, "type")
          .addStatement("this.draft = new $T()", create)
          .addStatement("draft.put($S, type)", "type")
          .build());
    } else {
      builderSpec.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PRIVATE)
          .addStatement("this.draft = new $T()", create)
          .build());
    }
    builderSpec
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(create, "from")
            .addStatement("this.draft = new $T(from)", create)
            .build())
        .addMethods(common)
        .addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("The body; the builder can go on to make others.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(create)
            .addStatement("return new $T(draft)", create)
            .build());
    spec.addType(builderSpec.build());
    for (String type : ownTypes) {
      spec.addType(typeBuilder(endpoint, values, type, builder, common));
    }
    return spec.build();
  }

  /** The builder of one type: its own fields, and the common setters returning it. */
  private static TypeSpec typeBuilder(
      EndpointModel endpoint, ValueTypes values, String type, ClassName builder, List<MethodSpec> common) {
    ClassName self = endpoint.create.nestedClass(Naming.typeClass(type));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(builder)
        .addJavadoc("Collects the fields of a new $L $L: those every $L has, and its own.\n",
            type, endpoint.object.singular(), endpoint.object.singular())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($S)", type)
            .build());
    spec.addMethods(new SetterMethods(endpoint, values, self, SetterMethods.Style.BUILDER)
        .fields(Setter.only(endpoint.createSetters, type), false));
    for (MethodSpec method : common) {
      if (!method.modifiers().contains(Modifier.FINAL)) {
        spec.addMethod(SetterMethods.override(method, self, SetterMethods.Style.BUILDER));
      }
    }
    return spec.build();
  }

  private static CodeBlock builderDoc(EndpointModel endpoint, List<String> ownTypes) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Collects a new $L's fields. Each setter checks its argument at once.\n",
            endpoint.object.singular());
    if (!ownTypes.isEmpty()) {
      doc.add("\n<p>The fields of one type only are set on that type's builder, which its factory\n"
          + "returns (e.g. {@link $T}); the association setters that take varargs return this\n"
          + "class, so set a type's own fields first.\n",
          endpoint.create.nestedClass(Naming.typeClass(ownTypes.get(0))));
    }
    return doc.build();
  }
}
