package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * {@code ownerName(String)} and {@code ownerId(long)} of a ref or a new object: a copy that names
 * the owner, which is only a plain {@code Ref}; the runtime keeps whether it names an existing
 * object or a new one.
 */
final class OwnerMethods {
  private OwnerMethods() {}

  static void add(TypeSpec.Builder spec, EndpointModel endpoint) {
    TypeName ref = ParameterizedTypeName.get(RuntimeTypes.REF, endpoint.model);
    endpoint.ownerNameField.ifPresent(field -> spec.addMethod(
        MethodSpec.methodBuilder("ownerName")
            .addJavadoc(
                "This $L in the Community or Source of that name instead of the request's owner.\n"
                    + "The result is a plain {@link $T}: endpoints that refuse associations across owners"
                    + " do not take it.\n",
                endpoint.object.singular(), RuntimeTypes.REF)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(ref)
            .addParameter(String.class, "ownerName")
            .addStatement("return inOwner($S, notBlank(ownerName, $S))", field, "ownerName")
            .build()));
    endpoint.ownerIdField.ifPresent(field -> spec.addMethod(
        MethodSpec.methodBuilder("ownerId")
            .addJavadoc(
                "This $L in the owner with that ID instead of the request's owner.\nThe result is a"
                    + " plain {@link $T}: endpoints that refuse associations across owners do not take"
                    + " it.\n",
                endpoint.object.singular(), RuntimeTypes.REF)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(ref)
            .addParameter(TypeName.LONG, "ownerId")
            .addStatement("return inOwner($S, whole(checkId(ownerId, $S)))", field, "ownerId")
            .build()));
  }
}
