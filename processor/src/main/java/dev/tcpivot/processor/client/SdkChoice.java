package dev.tcpivot.processor.client;

import dev.tcpivot.processor.sdk.Naming;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Which typed SDK a client uses: the one whose models and bodies its methods name. That is the
 * built-in SDK unless the client names the types of a module's own, generated with
 * {@code @ThreatConnectSdk} from the module's tables. Only the client's own declaration is read, so
 * each implementation still comes from its interface alone.
 */
final class SdkChoice {
  private final Set<String> generatedNames = new HashSet<>();
  private final Elements elements;

  SdkChoice(Spec spec, Elements elements) {
    this.elements = elements;
    for (ObjectType object : spec.objects()) {
      generatedNames.add(Naming.model(object));
      generatedNames.add(Naming.create(object));
      generatedNames.add(Naming.update(object));
    }
    for (QueryType query : spec.queryTypes()) {
      generatedNames.add(Naming.query(query));
    }
  }

  /** The packages of the SDK types the client names, in order; empty when it names none. */
  Set<String> packagesOf(TypeElement client) {
    Set<String> packages = new TreeSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(client))) {
      add(method.getReturnType(), packages);
      for (VariableElement parameter : method.getParameters()) {
        add(parameter.asType(), packages);
      }
    }
    return packages;
  }

  private void add(TypeMirror type, Set<String> packages) {
    if (type.getKind() == TypeKind.ARRAY) {
      add(((ArrayType) type).getComponentType(), packages);
    } else if (type.getKind() == TypeKind.WILDCARD && ((WildcardType) type).getExtendsBound() != null) {
      add(((WildcardType) type).getExtendsBound(), packages);
    } else if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (generatedNames.contains(element.getSimpleName().toString())
          && element.getEnclosingElement() instanceof javax.lang.model.element.PackageElement) {
        packages.add(elements.getPackageOf(element).getQualifiedName().toString());
      }
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        add(argument, packages);
      }
    }
  }
}
