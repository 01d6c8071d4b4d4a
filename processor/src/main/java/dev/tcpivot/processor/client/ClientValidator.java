package dev.tcpivot.processor.client;

import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Checks a whole {@code @ThreatConnectClient} interface, method by method. */
final class ClientValidator {
  private final Elements elements;
  private final MethodValidator methods;

  ClientValidator(
      Spec spec, Annotations annotations, TypeShapes shapes, Elements elements, String sdkPackage,
      Optional<Spec> sdkSpec) {
    this.elements = elements;
    this.methods = new MethodValidator(spec, annotations, shapes, sdkPackage, sdkSpec);
  }

  Optional<ClientModel> validate(Element element, Report report) {
    if (element.getKind() != ElementKind.INTERFACE) {
      report.error(element, Messages.notAnInterface(element.getSimpleName().toString(), article(element.getKind())));
      return Optional.empty();
    }
    TypeElement type = (TypeElement) element;
    int before = report.errors();
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Messages.genericInterface(type.getSimpleName().toString()));
    }
    for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(type, Messages.hiddenInterface(
            type.getSimpleName().toString(), enclosing.getSimpleName().toString()));
        break;
      }
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      report.error(type, Messages.sealedInterface(type.getSimpleName().toString()));
    }
    List<ClientModel.Method> valid = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      methods.validate(method, report).ifPresent(valid::add);
    }
    return report.errors() == before ? Optional.of(new ClientModel(type, valid)) : Optional.empty();
  }

  private static String article(ElementKind kind) {
    String word = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }
}
