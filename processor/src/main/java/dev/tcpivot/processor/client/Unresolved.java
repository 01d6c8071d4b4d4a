package dev.tcpivot.processor.client;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a client refers to something javac could not resolve (a type, a constant in an annotation
 * value; javac hides an annotation it cannot resolve). javac reports those itself, and a later round may generate what is
 * missing, so such a client is checked later or not at all, never with errors of its own on top.
 */
public final class Unresolved {
  /** How javac shows an annotation value it could not resolve; a String value shows quoted. */
  private static final String ERROR_VALUE = "<error>";

  private Unresolved() {}

  public static boolean in(Element client) {
    if (!(client instanceof TypeElement)) {
      return false;
    }
    TypeElement type = (TypeElement) client;
    if (annotations(type)) {
      return true;
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      if (erroneous(supertype)) {
        return true;
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotations(method) || erroneous(method.getReturnType())) {
        return true;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (annotations(parameter) || erroneous(parameter.asType())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean annotations(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      for (AnnotationValue value : mirror.getElementValues().values()) {
        if (erroneous(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean erroneous(AnnotationValue value) {
    if (value.getValue() instanceof List) {
      for (Object item : (List<?>) value.getValue()) {
        if (item instanceof AnnotationValue && erroneous((AnnotationValue) item)) {
          return true;
        }
      }
      return false;
    }
    return ERROR_VALUE.equals(value.toString());
  }

  private static boolean erroneous(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return erroneous(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && erroneous(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && erroneous(wildcard.getSuperBound()));
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (erroneous(argument)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }
}
