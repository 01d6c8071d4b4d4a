package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code NewX}: an object that an association creates, with every field its creation needs.
 * It is immutable; setters return copies. It may carry associations of its own (those of its
 * endpoint's row) and may name an owner to be created in, which makes it a plain {@code Ref}. A
 * type with fields of its own has its own subclass, which its factory returns.
 */
final class NewObjectWriter {
  private NewObjectWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName self = endpoint.newObject;
    List<String> ownTypes = endpoint.typesWithOwnFields(endpoint.createSetters);
    Factory example = endpoint.factories.get(0);
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeTypes.WIRE_OBJECT)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SAME_OWNER_REF, endpoint.model))
        .addJavadoc(
            "$L that an association creates, e.g. {@link #$L}. Immutable: setters return copies.\n",
            ModelWriter.article(endpoint.object.singular()), example.name());
    if (ownTypes.isEmpty()) {
      spec.addModifiers(Modifier.FINAL);
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("With room for the {@code fields} that a factory sets.\n");
    if (endpoint.catalog.typed()) {
      constructor.addParameter(String.class, "type")
          .addParameter(TypeName.INT, "fields")
          .addStatement("super($S, $T.NEW, fields)", self.simpleName(), RuntimeTypes.KIND)
          .addStatement("put($S, type)", "type");
    } else {
      constructor.addParameter(TypeName.INT, "fields")
          .addStatement("super($S, $T.NEW, fields)", self.simpleName(), RuntimeTypes.KIND);
    }
    spec.addMethod(constructor.build()).addMethod(Poet.copyConstructor(self));

    FactoryMethods factories = new FactoryMethods(endpoint, values);
    for (Factory factory : endpoint.factories) {
      ClassName returns = factory.type().filter(ownTypes::contains)
          .map(type -> self.nestedClass(Naming.typeClass(type)))
          .orElse(self);
      int fields = factory.parameters().size() + (factory.type().isPresent() ? 1 : 0);
      CodeBlock start = !returns.equals(self)
          ? CodeBlock.of("new $T($L)", returns, fields)
          : factory.type().map(type -> CodeBlock.of("new $T($S, $L)", self, type, fields))
              .orElse(CodeBlock.of("new $T($L)", self, fields));
      spec.addMethod(factories.write(factory, returns, start, "object", "object",
          "A new " + endpoint.object.singular()));
    }

    SetterMethods setters = new SetterMethods(endpoint, values, self, SetterMethods.Style.COPY);
    List<MethodSpec> common = new ArrayList<>();
    common.addAll(setters.fields(Setter.common(endpoint.createSetters), false));
    common.addAll(setters.json(endpoint.createJsonFields));
    common.addAll(setters.associations(false));
    common.addAll(setters.metadata(false));
    spec.addMethods(common);
    OwnerMethods.add(spec, endpoint);
    spec.addMethod(copyMethod(self, self, false));
    for (String type : ownTypes) {
      spec.addType(typeClass(endpoint, values, type, common));
    }
    return spec.build();
  }

  /** The class of one type: its own fields, and the common setters returning it. */
  private static TypeSpec typeClass(EndpointModel endpoint, ValueTypes values, String type, List<MethodSpec> common) {
    ClassName self = endpoint.newObject.nestedClass(Naming.typeClass(type));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(endpoint.newObject)
        .addJavadoc("A new $L $L, with the setters every $L has and its own.\n",
            type, endpoint.object.singular(), endpoint.object.singular())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "fields")
            .addStatement("super($S, fields)", type)
            .build())
        .addMethod(Poet.copyConstructor(self));
    spec.addMethods(new SetterMethods(endpoint, values, self, SetterMethods.Style.COPY)
        .fields(Setter.only(endpoint.createSetters, type), false));
    for (MethodSpec method : common) {
      if (!method.modifiers().contains(Modifier.FINAL)) {
        spec.addMethod(SetterMethods.override(method, self, SetterMethods.Style.COPY));
      }
    }
    return spec.addMethod(copyMethod(self, endpoint.newObject, true)).build();
  }

  /** The copy a setter changes; each type's own class copies itself. */
  private static MethodSpec copyMethod(ClassName self, ClassName base, boolean override) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("copy").returns(self);
    if (override) {
      method.addAnnotation(Override.class);
    } else {
      method.addJavadoc("A copy for a setter to change; the class of each type copies itself.\n");
    }
    return method.addStatement("return new $T(this)", self).build();
  }
}
