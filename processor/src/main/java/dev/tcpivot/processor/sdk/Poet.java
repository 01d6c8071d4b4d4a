package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
final class Poet {
  static final String GENERATOR = "dev.tcpivot.processor.SdkProcessor";
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private Poet() {}

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  }

  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** {@code private X(X from) { super(from); }}: a copy that shares its fields until it changes. */
  static com.palantir.javapoet.MethodSpec copyConstructor(com.palantir.javapoet.ClassName self) {
    return com.palantir.javapoet.MethodSpec.constructorBuilder()
        .addModifiers(javax.lang.model.element.Modifier.PRIVATE)
        .addParameter(self, "from")
        .addStatement("super(from)")
        .build();
  }

  /** Escapes text for Javadoc: a dollar sign would otherwise be read as a JavaPoet placeholder. */
  static String doc(String text) {
    return text.replace("$", "$$");
  }
}
