package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Requirement;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The static factories of a create builder, a new object or a ref: their parameters are exactly
 * the required fields, in table order, and each is checked and put on the object the factory
 * starts from (which has set the {@code type} already).
 */
final class FactoryMethods {
  private final EndpointModel endpoint;
  private final ValueTypes values;

  FactoryMethods(EndpointModel endpoint, ValueTypes values) {
    this.endpoint = endpoint;
    this.values = values;
  }

  /**
   * A factory that returns {@code returns}, made by {@code start} into the local variable
   * {@code variable}, whose fields are put through {@code receiver} (the variable, or its draft).
   */
  MethodSpec write(Factory factory, TypeName returns, CodeBlock start, String variable, String receiver, String what) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(factory.name())
        .addJavadoc(doc(factory, what))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns)
        .addParameters(parameters(factory))
        .varargs(varargs(factory))
        .addStatement("$T $N = $L", returns, variable, start);
    for (BodyField field : factory.parameters()) {
      method.addStatement("$L.put($S, $L)", receiver, field.name(), value(factory, field));
    }
    return method.addStatement("return $N", variable).build();
  }

  /** The value of a required field, checked; a required list takes its first item, then the rest. */
  private CodeBlock value(Factory factory, BodyField field) {
    String parameter = ValueTypes.parameterName(field.name(), field.value());
    if (values.parameter(field.value()) instanceof ArrayTypeName) {
      return CodeBlock.of("array($N, $N, $S)", Naming.first(field.name()), Naming.more(field.name()), parameter);
    }
    if (field.format().isPresent()) {
      return CodeBlock.of("checkFormat($T.$L, $N, $S)",
          RuntimeTypes.VALUE_FORMAT, field.format().get().name(), parameter, parameter);
    }
    return values.wireValue(field.value(), parameter, true);
  }

  /**
   * A factory's parameters, in table order. A required list becomes its first item and varargs
   * for the rest, so that a factory without one does not compile.
   */
  private List<ParameterSpec> parameters(Factory factory) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (BodyField field : factory.parameters()) {
      TypeName type = values.parameter(field.value());
      if (type instanceof ArrayTypeName) {
        parameters.add(ParameterSpec.builder(((ArrayTypeName) type).componentType(), Naming.first(field.name())).build());
        parameters.add(ParameterSpec.builder(type, Naming.more(field.name())).build());
      } else {
        parameters.add(ParameterSpec.builder(type, ValueTypes.parameterName(field.name(), field.value())).build());
      }
    }
    return parameters;
  }

  /** Whether a factory's last parameter is an array that should be varargs. */
  private boolean varargs(Factory factory) {
    List<BodyField> parameters = factory.parameters();
    return !parameters.isEmpty()
        && values.parameter(parameters.get(parameters.size() - 1).value()) instanceof ArrayTypeName;
  }

  /** The Javadoc line that says what a factory makes. */
  private static CodeBlock doc(Factory factory, String what) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L$L", what, factory.type().map(t -> " of type {@code " + t + "}").orElse(""));
    List<String> names = new ArrayList<>();
    for (BodyField field : factory.parameters()) {
      String name = "{@code " + field.name() + "}";
      if (field.requirement().kind() == Requirement.Kind.ONE_OF) {
        name += " (one of its " + field.requirement().group().orElseThrow() + " fields)";
      }
      names.add(name);
    }
    if (!names.isEmpty()) {
      doc.add(", with its required fields: $L", String.join(", ", names));
    }
    return doc.add(".\n").build();
  }
}
