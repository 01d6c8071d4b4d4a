package dev.tcpivot.processor.client;

import dev.tcpivot.spec.Spec;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Validates one client interface and, when its report is clean, writes its implementation. */
public final class ClientProcessing {
  /** The package of the SDK that ships in the runtime, generated from the built-in tables. */
  public static final String BUILT_IN_SDK = "dev.tcpivot.v3";

  private final ProcessingEnvironment environment;
  private final Spec spec;
  private final Optional<Spec> builtIn;
  private final Annotations annotations;
  private final TypeShapes shapes;
  private final SdkChoice sdks;

  /**
   * @param builtIn the built-in tables, when {@code spec} comes from other tables: a client of the
   *     built-in SDK can then use only what those allow, too
   */
  public ClientProcessing(ProcessingEnvironment environment, Spec spec, Optional<Spec> builtIn) {
    this.environment = environment;
    this.spec = spec;
    this.builtIn = builtIn;
    this.annotations = new Annotations(environment.getElementUtils());
    this.shapes = new TypeShapes(environment.getElementUtils(), environment.getTypeUtils());
    this.sdks = new SdkChoice(spec, environment.getElementUtils());
  }

  public void process(Element client) {
    Report report = new Report();
    String sdkPackage = BUILT_IN_SDK;
    if (client instanceof TypeElement) {
      Set<String> packages = sdks.packagesOf((TypeElement) client);
      if (packages.size() > 1) {
        report.error(client, Messages.twoSdks(client.getSimpleName().toString(), packages));
      } else if (packages.size() == 1) {
        sdkPackage = packages.iterator().next();
      }
    }
    Optional<Spec> sdkSpec = sdkPackage.equals(BUILT_IN_SDK) ? builtIn : Optional.empty();
    ClientValidator validator = new ClientValidator(
        spec, annotations, shapes, environment.getElementUtils(), sdkPackage, sdkSpec);
    Optional<ClientModel> model = report.errors() == 0 ? validator.validate(client, report) : Optional.empty();
    report.printTo(environment.getMessager());
    if (model.isEmpty()) {
      return;
    }
    try {
      new ClientWriter(spec, sdkPackage).write(model.get()).writeTo(environment.getFiler());
    } catch (IOException e) {
      environment.getMessager().printMessage(
          Diagnostic.Kind.ERROR, "cannot write the implementation: " + e.getMessage(), client);
    }
  }
}
