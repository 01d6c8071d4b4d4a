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

  /** Escapes text for Javadoc: a dollar sign would otherwise be read as a JavaPoet placeholder. */
  static String doc(String text) {
    return text.replace("$", "$$");
  }
}
