package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.List;
import java.util.stream.Collectors;

/** Runs single writers on the built-in tables and reads their {@code TypeSpec}s, without javac. */
final class Writers {
  static final String PACKAGE = "dev.tcpivot.v3";
  static final Spec SPEC = SpecLoader.builtIn();

  private Writers() {}

  /** The model of an endpoint, named as in its path: {@code victimAssets}. */
  static EndpointModel endpoint(String name) {
    return new EndpointModel(SPEC, SPEC.objectAt(name).orElseThrow(), PACKAGE, new ValueTypes(PACKAGE));
  }

  static TypeSpec create(String endpoint) {
    return CreateWriter.write(endpoint(endpoint), new ValueTypes(PACKAGE));
  }

  static TypeSpec update(String endpoint) {
    return UpdateWriter.write(endpoint(endpoint), new ValueTypes(PACKAGE));
  }

  /**
   * The {@code Builder} of a body with every method it has: its own, then those it inherits from
   * the {@code Changes} it shares with the builders of single types, where there are some.
   */
  static TypeSpec builderOf(TypeSpec body) {
    TypeSpec builder = nested(body, "Builder");
    if (!builder.superclass().toString().startsWith(PACKAGE + "." + body.name() + ".Changes")) {
      return builder;
    }
    List<MethodSpec> inherited = nested(body, "Changes").methodSpecs().stream()
        .filter(method -> !method.modifiers().contains(javax.lang.model.element.Modifier.ABSTRACT))
        .collect(Collectors.toList());
    return builder.toBuilder().addMethods(inherited).build();
  }

  private static TypeSpec nested(TypeSpec body, String name) {
    return body.typeSpecs().stream()
        .filter(type -> type.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(body.name() + " has no " + name));
  }

  /** Each method as {@code name(parameter types)}, e.g. {@code id(long)}. */
  static List<String> signatures(TypeSpec type, String namePrefix) {
    return type.methodSpecs().stream()
        .filter(method -> method.name().startsWith(namePrefix))
        .map(Writers::signature)
        .collect(Collectors.toList());
  }

  static String signature(MethodSpec method) {
    return method.name()
        + "("
        + method.parameters().stream().map(p -> p.type().toString()).collect(Collectors.joining(", "))
        + ")";
  }

  /** A runtime type by its public name, as DESIGN.md gives it: {@code dev.tcpivot.SameOwnerRef<Group>}. */
  static TypeName runtime(String simpleName, String sdkModel) {
    return ParameterizedTypeName.get(ClassName.get("dev.tcpivot", simpleName), ClassName.get(PACKAGE, sdkModel));
  }
}
