package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XRef}: existing objects of an association target. {@code XRef.id(long)} names one
 * by ID. Where paths may name objects by summary (Indicators), {@code XRef} is also the ref to an
 * existing object by type and summary, one factory per type.
 */
final class RefWriter {
  private RefWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName self = endpoint.ref;
    ClassName id = self.nestedClass("Id");
    TypeName idRef = ParameterizedTypeName.get(RuntimeTypes.ID_REF, endpoint.model);
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("id")
            .addJavadoc("An existing $L by ID; the only kind of ref that can remove an association.\n",
                endpoint.object.singular())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(idRef)
            .addParameter(TypeName.LONG, "id")
            .addStatement("return new $T(id)", id)
            .build());
    if (!endpoint.summaryKey()) {
      spec.addJavadoc("Existing $L, named by ID.\n", endpoint.object.name())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    } else {
      spec.superclass(RuntimeTypes.WIRE_OBJECT)
          .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SAME_OWNER_REF, endpoint.model))
          .addJavadoc(
              "An existing $L, named by ID ({@link #id}) or by type and summary (e.g. {@link #$L}).\n"
                  + "By summary, the API looks for it in the request's owner unless the ref names"
                  + " another.\n",
              endpoint.object.singular(), endpoint.factories.get(0).name())
          .addMethod(MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addJavadoc("With room for the {@code fields} that a factory sets.\n")
              .addParameter(String.class, "type")
              .addParameter(TypeName.INT, "fields")
              .addStatement("super($S, $T.EXISTING, fields)", self.simpleName(), RuntimeTypes.KIND)
              .addStatement("put($S, type)", "type")
              .build());
      FactoryMethods factories = new FactoryMethods(endpoint, values);
      for (Factory factory : endpoint.factories) {
        CodeBlock start = CodeBlock.of("new $T($S, $L)", self, factory.type().orElseThrow(), factory.parameters().size() + 1);
        spec.addMethod(factories.write(factory, self, start,
            "ref", "ref", "An existing " + endpoint.object.singular()));
      }
      OwnerMethods.add(spec, endpoint);
    }
    // The ID ref is a class of its own: a ref by summary must not be an IdRef, which could delete.
    return spec.addType(TypeSpec.classBuilder(id)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(RuntimeTypes.WIRE_OBJECT)
            .addSuperinterface(idRef)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(TypeName.LONG, "id")
                .addStatement("super($S, id)", self.simpleName())
                .build())
            .addMethod(MethodSpec.methodBuilder("id")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.LONG)
                .addStatement("return idValue()")
                .build())
            .build())
        .build();
  }
}
