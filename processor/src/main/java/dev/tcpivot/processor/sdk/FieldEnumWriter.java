package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XField}: the accepted values of an endpoint's {@code fields} query parameter. An
 * association field is a constant only where the association table lets the endpoint associate
 * that type, so {@code VictimAssetField.ASSOCIATED_INDICATORS} does not exist.
 */
final class FieldEnumWriter {
  private FieldEnumWriter() {}

  static TypeSpec write(EndpointModel endpoint) {
    TypeSpec.Builder spec =
        TypeSpec.enumBuilder(endpoint.field)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "What a response from {@code $L} can include on request (the {@code fields} query"
                    + " parameter).\n",
                endpoint.object.endpoint());
    for (String name : endpoint.fieldsParams) {
      spec.addEnumConstant(
          Naming.constant(name),
          TypeSpec.anonymousClassBuilder("$S", name).addJavadoc("{@code fields=$L}\n", name).build());
    }
    spec.addField(FieldSpec.builder(String.class, "wireName", Modifier.PRIVATE, Modifier.FINAL).build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "wireName")
            .addStatement("this.wireName = wireName")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("wireName")
            .addJavadoc("The value as it goes in the {@code fields} query parameter.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireName")
            .build());
    return spec.build();
  }
}
