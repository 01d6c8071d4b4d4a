package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The private plumbing of a body class: where setters put their values and how they read them. */
final class BodyClasses {
  private BodyClasses() {}

  /** For a mutable builder over a {@code Fields.Builder fields}. */
  static void addBuilderPlumbing(TypeSpec.Builder spec, TypeName self, boolean typed) {
    spec.addMethod(
        MethodSpec.methodBuilder("put")
            .addModifiers(Modifier.PRIVATE)
            .returns(self)
            .addParameter(String.class, "name")
            .addParameter(Object.class, "value")
            .addStatement("fields.put(name, value)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("current")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addParameter(String.class, "name")
            .addStatement("return fields.get(name)")
            .build());
    if (typed) {
      spec.addMethod(
          MethodSpec.methodBuilder("type")
              .addModifiers(Modifier.PRIVATE)
              .returns(String.class)
              .addStatement("return (String) fields.get($S)", "type")
              .build());
    }
  }

  /** For an immutable object whose setters return copies. */
  static void addCopyPlumbing(TypeSpec.Builder spec, ClassName self, boolean typed) {
    spec.addMethod(
        MethodSpec.methodBuilder("put")
            .addModifiers(Modifier.PRIVATE)
            .returns(self)
            .addParameter(String.class, "name")
            .addParameter(Object.class, "value")
            .addStatement("return new $T(fields().toBuilder().put(name, value).build())", self)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("current")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addParameter(String.class, "name")
            .addStatement("return fields().get(name)")
            .build());
    if (typed) {
      spec.addMethod(
          MethodSpec.methodBuilder("type")
              .addModifiers(Modifier.PRIVATE)
              .returns(String.class)
              .addStatement("return (String) fields().get($S)", "type")
              .build());
    }
  }

  /**
   * {@code ownerName(String)} and {@code ownerId(long)} that turn a ref into one naming an owner;
   * the runtime keeps whether the ref names an existing object or a new one.
   */
  static void addOwnerMethods(TypeSpec.Builder spec, EndpointModel endpoint, String describes) {
    TypeName ref = ParameterizedTypeName.get(RuntimeTypes.REF, endpoint.model);
    endpoint.ownerNameField.ifPresent(
        field ->
            spec.addMethod(
                MethodSpec.methodBuilder("ownerName")
                    .addJavadoc(
                        "This $L in the Community or Source of that name instead of the request's"
                            + " owner.\nThe result is a plain {@link $T}: endpoints that refuse"
                            + " associations across owners do not take it.\n",
                        endpoint.object.singular(),
                        RuntimeTypes.REF)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ref)
                    .addParameter(String.class, "ownerName")
                    .addStatement(
                        "return $T.of(this, $S, fields().toBuilder().put($S, $T.notBlank(ownerName, $S)).build())",
                        RuntimeTypes.OWNED_REFERENCE, describes, field, RuntimeTypes.CHECKS, "ownerName")
                    .build()));
    endpoint.ownerIdField.ifPresent(
        field ->
            spec.addMethod(
                MethodSpec.methodBuilder("ownerId")
                    .addJavadoc(
                        "This $L in the owner with that ID instead of the request's owner.\nThe"
                            + " result is a plain {@link $T}: endpoints that refuse associations"
                            + " across owners do not take it.\n",
                        endpoint.object.singular(),
                        RuntimeTypes.REF)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ref)
                    .addParameter(TypeName.LONG, "ownerId")
                    .addStatement(
                        "return $T.of(this, $S, fields().toBuilder().put($S, $T.id(ownerId, $S)).build())",
                        RuntimeTypes.OWNED_REFERENCE, describes, field, RuntimeTypes.CHECKS, "ownerId")
                    .build()));
  }

  static MethodSpec fieldsConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.FIELDS, "fields")
        .addStatement("super(fields)")
        .build();
  }
}
