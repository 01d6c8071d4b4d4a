package dev.tcpivot.processor.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads tcpivot's annotations from elements by name, so the processor needs no annotation classes. */
final class Annotations {
  static final String PACKAGE = "dev.tcpivot.annotations.";
  static final String CLIENT = PACKAGE + "ThreatConnectClient";
  static final List<String> OPERATIONS = List.of("Create", "Get", "GetAll", "Update", "Delete", "GetFields");
  static final List<String> ROLES = List.of("Key", "Body", "Associate", "Owner", "Tql");

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The mirror of the tcpivot annotation with this simple name on the element, if present. */
  Optional<AnnotationMirror> find(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(PACKAGE + simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of an annotation member, with its default when absent. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** The value the user wrote for a member, or null when the default applies (for pointing at it). */
  AnnotationValue written(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  /** The simple name of an enum constant member, e.g. {@code DELETE}. */
  String enumConstant(AnnotationMirror mirror, String member) {
    return ((Element) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /** The elements of an array member, each with its own AnnotationValue for pointing at it. */
  @SuppressWarnings("unchecked")
  List<AnnotationValue> array(AnnotationMirror mirror, String member) {
    return (List<AnnotationValue>) value(mirror, member).getValue();
  }
}
