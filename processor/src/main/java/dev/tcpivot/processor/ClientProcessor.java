package dev.tcpivot.processor;

import com.google.auto.service.AutoService;
import dev.tcpivot.processor.client.ClientProcessing;
import dev.tcpivot.processor.client.Unresolved;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import dev.tcpivot.spec.SpecLoader;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks every interface annotated {@code @ThreatConnectClient} against the association table (the
 * built-in one, or the one the {@code tcpivot.tables} option names) and generates its
 * implementation, which calls the typed SDK: the built-in one, or the module's own where a package
 * of the module is annotated {@code @ThreatConnectSdk}. Each output comes from one interface: the
 * processor is isolating.
 */
@AutoService(Processor.class)
@SupportedOptions(Tables.OPTION)
public final class ClientProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.tcpivot.annotations.ThreatConnectClient";

  /** Clients that referred to something unresolved in an earlier round, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

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
    List<Element> clients = new ArrayList<>();
    for (Element client : round.getElementsAnnotatedWith(annotation)) {
      clients.add(client);
    }
    for (String name : deferred) {
      TypeElement client = processingEnv.getElementUtils().getTypeElement(name);
      if (client != null) {
        clients.add(client);
      }
    }
    deferred.clear();
    // javac reports what it cannot resolve; a later round may generate it, so check such a client then.
    for (Iterator<Element> each = clients.iterator(); each.hasNext(); ) {
      Element client = each.next();
      if (Unresolved.in(client)) {
        if (!round.processingOver()) {
          deferred.add(((TypeElement) client).getQualifiedName().toString());
        }
        each.remove();
      }
    }
    if (clients.isEmpty()) {
      return false;
    }
    Spec spec;
    try {
      spec = Tables.load(processingEnv.getOptions());
    } catch (SpecException e) {
      for (Element client : clients) {
        error(client, "the tcpivot tables are invalid: " + e.getMessage());
      }
      return false;
    } catch (Tables.MissingDirectoryException e) {
      for (Element client : clients) {
        error(client, e.getMessage());
      }
      return false;
    }
    // With tables of its own, a module may still use the built-in SDK, which knows only the
    // built-in rows: its clients are checked against those too.
    Optional<Spec> builtIn =
        Tables.custom(processingEnv.getOptions()) ? Optional.of(SpecLoader.builtIn()) : Optional.empty();
    ClientProcessing processing = new ClientProcessing(processingEnv, spec, builtIn);
    for (Element client : clients) {
      try {
        processing.process(client);
      } catch (RuntimeException e) {
        error(client, "tcpivot could not process this client: " + e);
      }
    }
    return false;
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
