package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.EnumType;
import javax.lang.model.element.Modifier;

/** Writes one enum of enums.table: its constants carry the value exactly as it goes on the wire. */
final class EnumWriter {
  private EnumWriter() {}

  static TypeSpec write(EnumType type, String sdkPackage) {
    ClassName name = ClassName.get(sdkPackage, Naming.enumType(type.name()));
    TypeSpec.Builder spec =
        TypeSpec.enumBuilder(name)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The accepted values of $L, as the API spells them: $L.\n",
                type.name(),
                Poet.doc(String.join(", ", type.values())));
    for (String value : type.values()) {
      spec.addEnumConstant(
          Naming.constant(value),
          TypeSpec.anonymousClassBuilder("$S", value).addJavadoc("{@code $L}\n", value).build());
    }
    spec.addField(FieldSpec.builder(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "wireValue")
            .addStatement("this.wireValue = wireValue")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("wireValue")
            .addJavadoc("The value as it goes on the wire.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireValue")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("fromWire")
            .addJavadoc(
                "The constant for a value as the API sends it.\n\n"
                    + "@throws IllegalArgumentException for a value that is not one of $L\n",
                type.name())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .beginControlFlow("for ($T constant : values())", name)
            .beginControlFlow("if (constant.wireValue.equals(value))")
            .addStatement("return constant")
            .endControlFlow()
            .endControlFlow()
            .addStatement(
                "throw new $T($S + value + $S)",
                IllegalArgumentException.class,
                "unknown " + type.name() + " '",
                "' (values: " + String.join(", ", type.values()) + ")")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireValue")
            .build());
    return spec.build();
  }
}
