package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code NewX}: an object that an association creates, with every field its creation needs.
 * It is immutable; setters return copies. It may carry associations of its own (those of its
 * endpoint's row) and may name an owner to be created in, which makes it a plain {@code Ref}.
 */
final class NewObjectWriter {
  private NewObjectWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName self = endpoint.newObject;
    BodyMethods methods = new BodyMethods(endpoint, values, self, BodyMethods.Target.NEW_OBJECT);
    Factory example = endpoint.factories.get(0);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(self)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(RuntimeTypes.WIRE_OBJECT)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SAME_OWNER_REF, endpoint.model))
            .addJavadoc(
                "$L that an association creates, e.g. {@link #$L}. Immutable: setters return copies.\n",
                ModelWriter.article(endpoint.object.singular()),
                example.name())
            .addMethod(BodyClasses.fieldsConstructor());
    for (Factory factory : endpoint.factories) {
      spec.addMethod(
          MethodSpec.methodBuilder(factory.name())
              .addJavadoc(methods.factoryDoc(factory, "A new " + endpoint.object.singular()))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(self)
              .addParameters(methods.factoryParameters(factory))
              .varargs(methods.varargs(factory))
              .addStatement("return new $T($L\n.build())", self, methods.factoryFields(factory))
              .build());
    }
    spec.addMethods(methods.fieldSetters(endpoint.createSetters));
    spec.addMethods(methods.jsonSetter(endpoint.createJsonFields));
    spec.addMethods(methods.associationSetters());
    spec.addMethods(methods.metadataSetters());
    BodyClasses.addOwnerMethods(spec, endpoint, self.simpleName());
    BodyClasses.addCopyPlumbing(spec, self, methods.checksType(endpoint.createSetters));
    return spec.build();
  }
}
