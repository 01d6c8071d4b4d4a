package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XUpdate}, the body of a PUT: the updatable fields, and for each association of the
 * endpoint's row and each metadata field, refs (sent without a mode, so appended) or a block with
 * a mode.
 */
final class UpdateWriter {
  private UpdateWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName update = endpoint.update;
    ClassName builder = update.nestedClass("Builder");
    BodyMethods methods = new BodyMethods(endpoint, values, builder, BodyMethods.Target.UPDATE);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(update)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(RuntimeTypes.WIRE_OBJECT)
            .addJavadoc(
                "The body of {@code PUT $L/{id}}: only what changes. Start from {@link #builder()}.\n\n"
                    + "<p>$L\n",
                endpoint.object.endpoint(),
                Docs.associationSentence(endpoint))
            .addMethod(BodyClasses.fieldsConstructor())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build());
    TypeSpec.Builder builderSpec =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Collects the changes to $L. Each setter checks its argument at once.\n",
                ModelWriter.article(endpoint.object.singular()).toLowerCase(java.util.Locale.ROOT))
            .addField(
                FieldSpec.builder(RuntimeTypes.FIELDS.nestedClass("Builder"), "fields", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("$T.builder()", RuntimeTypes.FIELDS)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    builderSpec.addMethods(methods.fieldSetters(endpoint.updateSetters));
    builderSpec.addMethods(methods.jsonSetter(endpoint.updateJsonFields));
    builderSpec.addMethods(methods.associationSetters());
    builderSpec.addMethods(methods.metadataSetters());
    builderSpec.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "The body.\n\n@throws IllegalStateException when nothing was set: a PUT must change"
                    + " something\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(update)
            .addStatement("$T built = fields.build()", RuntimeTypes.FIELDS)
            .beginControlFlow("if (built.size() == 0)")
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                "an update must change something: set a field, an association or metadata")
            .endControlFlow()
            .addStatement("return new $T(built)", update)
            .build());
    BodyClasses.addBuilderPlumbing(builderSpec, builder, false);
    return spec.addType(builderSpec.build()).build();
  }
}
