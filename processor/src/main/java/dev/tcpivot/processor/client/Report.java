package dev.tcpivot.processor.client;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems found in one client interface, each pinned to the element, annotation and value it
 * is about so that an IDE underlines the right spot. Generation runs only on a clean report.
 */
final class Report {
  private record Entry(
      Diagnostic.Kind kind, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {}

  private final List<Entry> entries = new ArrayList<>();

  void error(Element element, String message) {
    entries.add(new Entry(Diagnostic.Kind.ERROR, message, element, null, null));
  }

  void error(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    entries.add(new Entry(Diagnostic.Kind.ERROR, message, element, mirror, value));
  }

  void warning(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    entries.add(new Entry(Diagnostic.Kind.WARNING, message, element, mirror, value));
  }

  /** The number of errors so far; a validator compares it to tell whether a step added one. */
  int errors() {
    return (int) entries.stream().filter(e -> e.kind() == Diagnostic.Kind.ERROR).count();
  }

  boolean isClean() {
    return errors() == 0;
  }

  void printTo(Messager messager) {
    for (Entry entry : entries) {
      if (entry.mirror() == null) {
        messager.printMessage(entry.kind(), entry.message(), entry.element());
      } else if (entry.value() == null) {
        messager.printMessage(entry.kind(), entry.message(), entry.element(), entry.mirror());
      } else {
        messager.printMessage(entry.kind(), entry.message(), entry.element(), entry.mirror(), entry.value());
      }
    }
  }
}
