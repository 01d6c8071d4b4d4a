package dev.tcpivot.processor.client;

import com.palantir.javapoet.JavaFile;
import dev.tcpivot.spec.Spec;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Validates one client interface and, when its report is clean, writes its implementation. */
public final class ClientProcessing {
  /** The package of the generated SDK whose models and bodies clients use. */
  static final String SDK_PACKAGE = "dev.tcpivot.v3";

  private final ProcessingEnvironment environment;
  private final ClientValidator validator;
  private final ClientWriter writer;

  public ClientProcessing(ProcessingEnvironment environment, Spec spec) {
    this.environment = environment;
    Annotations annotations = new Annotations(environment.getElementUtils());
    TypeShapes shapes = new TypeShapes(environment.getElementUtils(), environment.getTypeUtils());
    this.validator =
        new ClientValidator(spec, annotations, shapes, environment.getElementUtils(), SDK_PACKAGE);
    this.writer = new ClientWriter(SDK_PACKAGE);
  }

  public void process(Element client) {
    Report report = new Report();
    Optional<ClientModel> model = validator.validate(client, report);
    report.printTo(environment.getMessager());
    if (model.isEmpty()) {
      return;
    }
    try {
      for (JavaFile file : writer.write(model.get())) {
        file.writeTo(environment.getFiler());
      }
    } catch (IOException e) {
      environment.getMessager().printMessage(
          Diagnostic.Kind.ERROR, "cannot write the implementation: " + e.getMessage(), client);
    }
  }
}
