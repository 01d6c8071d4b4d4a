package dev.tcpivot.processor.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.processor.sdk.Naming;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes, for a valid client interface {@code X}, the implementation {@code X_Impl}: each method
 * a call into the typed SDK, as a user would write it by hand, so that javac checks every declared
 * association a second time against the generated setters. A method that returns a
 * {@code CompletableFuture} or an {@code AsyncPaged} calls the asynchronous endpoints instead.
 */
final class ClientWriter {
  static final String GENERATOR = "dev.tcpivot.processor.ClientProcessor";
  private static final ClassName API_CALLS = ClassName.get("dev.tcpivot", "ApiCalls");
  private static final ClassName THREAT_CONNECT = ClassName.get("dev.tcpivot", "ThreatConnect");
  private static final ClassName ASSOCIATIONS = ClassName.get("dev.tcpivot", "Associations");
  private static final ClassName VALUE_FORMAT = ClassName.get("dev.tcpivot.spec", "ValueFormat");

  private final Spec spec;
  private final String sdkPackage;

  ClientWriter(Spec spec, String sdkPackage) {
    this.spec = spec;
    this.sdkPackage = sdkPackage;
  }

  JavaFile write(ClientModel client) {
    ClassName type = ClassName.get(client.type());
    TypeSpec.Builder impl = TypeSpec.classBuilder(Naming.implementation(type))
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR)
            .build())
        .addOriginatingElement(client.type())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(API_CALLS)
        .addSuperinterface(type)
        .addJavadoc("{@link $T}, implemented with the typed SDK. Obtain it with\n"
            + "{@code threatConnect.create($T.class)}.\n", type, type)
        .addField(endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL);
    boolean builtIn = sdkPackage.equals(ClientProcessing.BUILT_IN_SDK);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Used by {@code ThreatConnect.create}; not for direct use.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(THREAT_CONNECT, "threatConnect")
        .addStatement("super(threatConnect)")
        // The client is the built-in SDK's endpoints; a module's own SDK attaches to it.
        .addStatement(builtIn
            ? CodeBlock.of("this.endpoints = threatConnect")
            : CodeBlock.of("this.endpoints = $T.of(threatConnect)", endpoints()));
    if (client.methods().stream().anyMatch(ClientModel.Method::async)) {
      impl.addField(asyncEndpoints(), "asyncEndpoints", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement(builtIn
          ? CodeBlock.of("this.asyncEndpoints = threatConnect.async()")
          : CodeBlock.of("this.asyncEndpoints = $T.of(threatConnect)", asyncEndpoints()));
    }
    impl.addMethod(constructor.build());
    for (ClientModel.Method method : client.methods()) {
      impl.addMethod(method(method));
    }
    return JavaFile.builder(type.packageName(), impl.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private MethodSpec method(ClientModel.Method method) {
    MethodSpec.Builder spec = MethodSpec.overriding(method.element());
    if (method.element().isVarArgs()) {
      // The interface chose a generic varargs parameter; the override only reads the array.
      spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    List<String> taken = new ArrayList<>();
    for (VariableElement parameter : method.element().getParameters()) {
      taken.add(name(parameter));
    }
    method.key().ifPresent(key -> spec.addStatement(keyCheck(key)));
    String body = null;
    if (method.operation() == ClientModel.Operation.CREATE || method.operation() == ClientModel.Operation.UPDATE) {
      body = unique("body", taken);
      spec.addStatement("$T $N = $L", bodyType(method), body, body(method, taken));
    }
    String endpoint = unique(method.endpoint().endpointName(), taken);
    ClassName facade = sdk(method.async()
        ? Naming.asyncFacade(method.endpoint())
        : Naming.facade(method.endpoint()));
    String endpoints = method.async() ? "asyncEndpoints" : "endpoints";
    spec.addStatement("$T $N = $L.$N()", facade, endpoint,
        taken.contains(endpoints) ? "this." + endpoints : endpoints, method.endpoint().endpointName());
    method.owner().ifPresent(owner -> spec
        .beginControlFlow("if ($N != null)", name(owner))
        .addStatement("$N = $N.inOwner(notBlank($N, $S))", endpoint, endpoint, name(owner), name(owner))
        .endControlFlow());
    CodeBlock key = method.key().map(k -> CodeBlock.of("$N", name(k.parameter()))).orElse(null);
    CodeBlock fields = includes(method);
    CodeBlock call;
    switch (method.operation()) {
      case CREATE:
        call = CodeBlock.of("$N.create($N$L)", endpoint, body, fields);
        break;
      case GET:
        call = CodeBlock.of("$N.get($L$L)", endpoint, key, fields);
        break;
      case UPDATE:
        call = CodeBlock.of("$N.update($L, $N$L)", endpoint, key, body, fields);
        break;
      case DELETE:
        if (method.async()) {
          return spec.addStatement("return $N.delete($L)", endpoint, key).build();
        }
        return spec.addStatement("$N.delete($L)", endpoint, key).build();
      case GET_ALL:
        CodeBlock options = method.tql()
            .map(t -> t.query()
                ? CodeBlock.of("tql($N)", name(t.parameter()))
                : CodeBlock.of("tql($N, $S)", name(t.parameter()), name(t.parameter())))
            .orElse(CodeBlock.of("$T.defaults()", ClassName.get("dev.tcpivot", "ListOptions")));
        call = CodeBlock.of("$N.list($L$L)", endpoint, options, fields);
        if (method.returns() == ClientModel.Returns.LIST) {
          call = method.async() ? CodeBlock.of("$L.toList()", call) : CodeBlock.of("all($L)", call);
        }
        break;
      default:
        call = CodeBlock.of("$N.fields()", endpoint);
    }
    if (method.returns() == ClientModel.Returns.VOID) {
      if (method.async()) {
        // The future of the call, without its answer; cancelling it still cancels the request.
        return spec.addStatement("return completion($L)", call).build();
      }
      return spec.addStatement("$L", call).build();
    }
    return spec.addStatement("return $L", call).build();
  }

  /** The body: the body parameter, or a new update, with each association parameter added. */
  private CodeBlock body(ClientModel.Method method, List<String> taken) {
    boolean create = method.operation() == ClientModel.Operation.CREATE;
    ClassName type = bodyType(method);
    CodeBlock.Builder body = CodeBlock.builder();
    if (method.body().isPresent()) {
      String parameter = name(method.body().get());
      if (method.associations().isEmpty()) {
        return CodeBlock.of("notNull($N, $S)", parameter, parameter);
      }
      body.add("notNull($N, $S).toBuilder()", parameter, parameter);
    } else {
      body.add("$T.builder()", type);
    }
    for (ClientModel.Association association : method.associations()) {
      body.add("\n.$N($L)", association.field(), block(association, items(association, taken), create));
    }
    return body.add("\n.build()").build();
  }

  /** The items of an association in the block its mode asks for; append needs none. */
  private static CodeBlock block(ClientModel.Association association, CodeBlock items, boolean create) {
    String mode = association.mode().toLowerCase(Locale.ROOT);
    if (mode.equals("append")) {
      return items;
    }
    return CodeBlock.of("$T.$N($L)", ASSOCIATIONS, mode, items);
  }

  /** The refs an association parameter stands for, checked and named after the parameter. */
  private CodeBlock items(ClientModel.Association association, List<String> taken) {
    String parameter = name(association.parameter());
    boolean many = association.shape() != ClientModel.Shape.ONE;
    ClassName ref = sdk(Naming.ref(association.target()));
    switch (association.item()) {
      case ID:
        return many
            ? CodeBlock.of("ids($N, $S, $T::id)", parameter, parameter, ref)
            : CodeBlock.of("$T.id(checkId($N, $S))", ref, parameter, parameter);
      case SUMMARY:
        String summaryType = association.summaryType().orElseThrow();
        Catalog catalog = spec.catalog(association.target());
        CodeBlock format = catalog.bodyField(summaryType, association.summaryField().orElseThrow())
            .flatMap(BodyField::format)
            .map(f -> CodeBlock.of("$T.$L", VALUE_FORMAT, f.name()))
            .orElse(CodeBlock.of("null"));
        String factory = dev.tcpivot.processor.sdk.Factories.of(catalog, summaryType).get(0);
        CodeBlock owner = association.ownerName().map(o -> CodeBlock.of(".ownerName($S)", o)).orElse(CodeBlock.of(""));
        if (!many) {
          return CodeBlock.of("$T.$N(summary($N, $S, $L))$L", ref, factory, parameter, parameter, format, owner);
        }
        if (association.ownerName().isEmpty()) {
          return CodeBlock.of("summaries($N, $S, $L, $T::$N)", parameter, parameter, format, ref, factory);
        }
        String each = unique("summary", taken);
        return CodeBlock.of("summaries($N, $S, $L, $N -> $T.$N($N)$L)",
            parameter, parameter, format, each, ref, factory, each, owner);
      default:
        return many
            ? CodeBlock.of("refs($N, $S)", parameter, parameter)
            : CodeBlock.of("notNull($N, $S)", parameter, parameter);
    }
  }

  private ClassName bodyType(ClientModel.Method method) {
    return sdk(method.operation() == ClientModel.Operation.CREATE
        ? Naming.create(method.endpoint())
        : Naming.update(method.endpoint()));
  }

  private CodeBlock includes(ClientModel.Method method) {
    CodeBlock.Builder list = CodeBlock.builder();
    ClassName field = sdk(Naming.field(method.endpoint()));
    for (String include : method.includes()) {
      list.add(", $T.$N", field, Naming.constant(include));
    }
    return list.build();
  }

  private static CodeBlock keyCheck(ClientModel.Key key) {
    String name = name(key.parameter());
    if (key.summary()) {
      return CodeBlock.of("checkSummary($N, $S)", name, name);
    }
    return CodeBlock.of("checkId($N, $S)", name, name);
  }

  private ClassName endpoints() {
    return sdk(Naming.endpoints());
  }

  private ClassName asyncEndpoints() {
    return sdk(Naming.asyncEndpoints());
  }

  private ClassName sdk(String simpleName) {
    return ClassName.get(sdkPackage, simpleName);
  }

  private static String unique(String name, List<String> taken) {
    String candidate = name;
    while (taken.contains(candidate)) {
      candidate = candidate + "_";
    }
    taken.add(candidate);
    return candidate;
  }

  private static String name(VariableElement parameter) {
    return parameter.getSimpleName().toString();
  }
}
