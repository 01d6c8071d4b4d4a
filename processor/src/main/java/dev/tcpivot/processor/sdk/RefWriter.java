package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
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
    TypeName idRef = ParameterizedTypeName.get(RuntimeTypes.ID_REF, endpoint.model);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(self)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(
                MethodSpec.methodBuilder("id")
                    .addJavadoc(
                        "An existing $L by ID; the only kind of ref that can remove an association.\n",
                        endpoint.object.singular())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(idRef)
                    .addParameter(TypeName.LONG, "id")
                    .addStatement("return new $T<>($S, id)", RuntimeTypes.ID_REFERENCE, self.simpleName())
                    .build());
    if (!endpoint.summaryKey()) {
      return spec.addJavadoc("Existing $L, named by ID.\n", endpoint.object.name())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .build();
    }
    BodyMethods methods = new BodyMethods(endpoint, values, self, BodyMethods.Target.NEW_OBJECT);
    spec.superclass(RuntimeTypes.WIRE_OBJECT)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SAME_OWNER_REF, endpoint.model))
        // Marks refs to objects that exist: linking them again creates nothing, so a PUT of only
        // such refs may be retried.
        .addSuperinterface(RuntimeTypes.EXISTING_OBJECT)
        .addJavadoc(
            "An existing $L, named by ID ({@link #id}) or by type and summary (e.g. {@link #$L}).\n"
                + "By summary, the API looks for it in the request's owner unless the ref names"
                + " another.\n",
            endpoint.object.singular(),
            endpoint.factories.get(0).name())
        .addMethod(BodyClasses.fieldsConstructor());
    for (Factory factory : endpoint.factories) {
      spec.addMethod(
          MethodSpec.methodBuilder(factory.name())
              .addJavadoc(methods.factoryDoc(factory, "An existing " + endpoint.object.singular()))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(self)
              .addParameters(methods.factoryParameters(factory))
              .varargs(methods.varargs(factory))
              .addStatement("return new $T($L\n.build())", self, methods.factoryFields(factory))
              .build());
    }
    BodyClasses.addOwnerMethods(spec, endpoint, self.simpleName());
    return spec.build();
  }
}
