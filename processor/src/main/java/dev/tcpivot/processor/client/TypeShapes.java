package dev.tcpivot.processor.client;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about parameter and return types: ids, summaries, refs, collections of them. */
final class TypeShapes {
  static final String REF = "dev.tcpivot.Ref";
  static final String SAME_OWNER_REF = "dev.tcpivot.SameOwnerRef";
  static final String ID_REF = "dev.tcpivot.IdRef";

  /** A parameter type taken apart: how it holds its values, and the type of one value. */
  record Unwrapped(ClientModel.Shape shape, TypeMirror item) {}

  private final Elements elements;
  private final Types types;

  TypeShapes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Optional<TypeElement> type(String qualifiedName) {
    return Optional.ofNullable(elements.getTypeElement(qualifiedName));
  }

  /** The values of an array, of a {@code Collection<E>} subtype with one type argument, or itself. */
  Optional<Unwrapped> unwrap(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return Optional.of(new Unwrapped(ClientModel.Shape.ARRAY, ((ArrayType) type).getComponentType()));
    }
    if (type.getKind() == TypeKind.DECLARED && isA(type, "java.util.Collection")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.size() != 1) {
        return Optional.empty();
      }
      TypeMirror item = arguments.get(0);
      if (item.getKind() == TypeKind.WILDCARD) {
        item = ((WildcardType) item).getExtendsBound();
        if (item == null) {
          return Optional.empty();
        }
      }
      return Optional.of(new Unwrapped(ClientModel.Shape.COLLECTION, item));
    }
    return Optional.of(new Unwrapped(ClientModel.Shape.ONE, type));
  }

  boolean isLong(TypeMirror type) {
    return type.getKind() == TypeKind.LONG || isExactly(type, "java.lang.Long");
  }

  boolean isString(TypeMirror type) {
    return isExactly(type, "java.lang.String");
  }

  boolean isExactly(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** Whether the type's erasure is a subtype of the named type's erasure. */
  boolean isA(TypeMirror type, String qualifiedName) {
    Optional<TypeElement> target = type(qualifiedName);
    return target.isPresent()
        && type.getKind() == TypeKind.DECLARED
        && types.isSubtype(types.erasure(type), types.erasure(target.get().asType()));
  }

  /** For a {@code Ref<T>} subtype: the qualified name of {@code T}. */
  Optional<String> refTarget(TypeMirror type) {
    if (!isA(type, REF)) {
      return Optional.empty();
    }
    return findRefArgument(type);
  }

  private Optional<String> findRefArgument(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(REF)) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED) {
        return Optional.of(
            ((TypeElement) ((DeclaredType) arguments.get(0)).asElement()).getQualifiedName().toString());
      }
      return Optional.empty();
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Optional<String> found = findRefArgument(supertype);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The type as a reader would write it: simple names, type arguments kept. */
  static String display(TypeMirror type) {
    return type.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
