package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XCreate}, the body of a POST: static factories whose parameters are the required
 * fields, and a builder with the optional fields, the associations of the endpoint's row (refs
 * only, never a mode) and the metadata.
 */
final class CreateWriter {
  private CreateWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName create = endpoint.create;
    ClassName builder = create.nestedClass("Builder");
    BodyMethods methods = new BodyMethods(endpoint, values, builder, BodyMethods.Target.CREATE);
    Factory example = endpoint.factories.get(0);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(create)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(RuntimeTypes.WIRE_OBJECT)
            .addJavadoc(
                "The body of {@code POST $L}: a new $L. Start from a factory, e.g. {@link #$L},"
                    + "\nadd what else it needs, and {@link Builder#build()}.\n\n<p>$L\n",
                endpoint.object.endpoint(),
                endpoint.object.singular(),
                example.name(),
                Docs.associationSentence(endpoint))
            .addMethod(BodyClasses.fieldsConstructor());
    for (Factory factory : endpoint.factories) {
      spec.addMethod(
          MethodSpec.methodBuilder(factory.name())
              .addJavadoc(methods.factoryDoc(factory, ModelWriter.article(endpoint.object.singular())))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(builder)
              .addParameters(methods.factoryParameters(factory))
              .varargs(methods.varargs(factory))
              .addStatement("return new $T($L)", builder, methods.factoryFields(factory))
              .build());
    }

    TypeSpec.Builder builderSpec =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Collects a new $L's fields. Each setter checks its argument at once.\n",
                endpoint.object.singular())
            .addField(FieldSpec.builder(RuntimeTypes.FIELDS.nestedClass("Builder"), "fields", Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.FIELDS.nestedClass("Builder"), "fields")
                    .addStatement("this.fields = fields")
                    .build());
    builderSpec.addMethods(methods.fieldSetters(endpoint.createSetters));
    addOwnerSetters(builderSpec, endpoint, builder);
    builderSpec.addMethods(methods.jsonSetter(endpoint.createJsonFields));
    builderSpec.addMethods(methods.associationSetters());
    builderSpec.addMethods(methods.metadataSetters());
    builderSpec.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("The body; the builder can go on to make others.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(create)
            .addStatement("return new $T(fields.build())", create)
            .build());
    BodyClasses.addBuilderPlumbing(
        builderSpec, builder, methods.checksType(endpoint.createSetters));
    return spec.addType(builderSpec.build()).build();
  }

  private static void addOwnerSetters(TypeSpec.Builder spec, EndpointModel endpoint, ClassName builder) {
    endpoint.ownerNameField.ifPresent(
        field ->
            spec.addMethod(
                MethodSpec.methodBuilder("ownerName")
                    .addJavadoc(
                        "Creates the $L in the Community or Source of that name (the default is the"
                            + " API user's Organization).\n",
                        endpoint.object.singular())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "ownerName")
                    .addStatement("return put($S, $T.notBlank(ownerName, $S))", field, RuntimeTypes.CHECKS, "ownerName")
                    .build()));
    endpoint.ownerIdField.ifPresent(
        field ->
            spec.addMethod(
                MethodSpec.methodBuilder("ownerId")
                    .addJavadoc("Creates the $L in the owner with that ID.\n", endpoint.object.singular())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(TypeName.LONG, "ownerId")
                    .addStatement("return put($S, $T.id(ownerId, $S))", field, RuntimeTypes.CHECKS, "ownerId")
                    .build()));
  }
}
