package dev.tcpivot.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.tcpivot.processor.sdk.SdkGenerator;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates the typed v3 SDK into each package annotated {@code @ThreatConnectSdk}, from the
 * built-in tables or from those the {@code tcpivot.tables} option names. Each output comes from
 * that one package, so the processor is isolating.
 */
@AutoService(Processor.class)
@SupportedOptions(Tables.OPTION)
public final class SdkProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.tcpivot.annotations.ThreatConnectSdk";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      generate(element);
    }
    return false;
  }

  private void generate(Element element) {
    if (!(element instanceof PackageElement)) {
      error(element, "@ThreatConnectSdk belongs on a package (package-info.java)");
      return;
    }
    String sdkPackage = ((PackageElement) element).getQualifiedName().toString();
    try {
      Spec spec = Tables.load(processingEnv.getOptions());
      List<JavaFile> files =
          SdkGenerator.generate(spec, sdkPackage, type -> type.addOriginatingElement(element));
      for (JavaFile file : files) {
        file.writeTo(processingEnv.getFiler());
      }
    } catch (SpecException e) {
      error(element, "the tcpivot tables are invalid: " + e.getMessage());
    } catch (Tables.MissingDirectoryException e) {
      error(element, e.getMessage());
    } catch (IOException e) {
      error(element, "cannot write the generated SDK: " + e.getMessage());
    } catch (RuntimeException e) {
      error(element, "tcpivot could not generate the SDK: " + e);
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
