package dev.tcpivot.processor.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.processor.sdk.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Writes, for a valid client interface {@code X}, the Retrofit interface {@code X_Api} and the
 * implementation {@code X_Impl} that builds each request with the runtime.
 */
final class ClientWriter {
  static final String GENERATOR = "dev.tcpivot.processor.ClientProcessor";
  private static final String HTTP = "retrofit2.http";
  private static final String INTERNAL = "dev.tcpivot.internal";
  private static final ClassName CALL = ClassName.get("retrofit2", "Call");
  private static final ClassName ENVELOPE = ClassName.get(INTERNAL, "Envelope");
  private static final ClassName TRANSPORT = ClassName.get(INTERNAL, "Transport");
  private static final ClassName CHECKS = ClassName.get(INTERNAL, "Checks");
  private static final ClassName REQUESTS = ClassName.get(INTERNAL, "ClientRequests");
  private static final ClassName PATH = ClassName.get(INTERNAL, "Requests");
  private static final ClassName FIELDS = ClassName.get(INTERNAL, "Fields");
  private static final ClassName WIRE_OBJECT = ClassName.get(INTERNAL, "WireObject");
  private static final ClassName FIELD_INFO = ClassName.get("dev.tcpivot", "FieldInfo");
  private static final ClassName PAGED = ClassName.get("dev.tcpivot", "Paged");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(ClassName.get(List.class), STRING);

  private final String sdkPackage;

  ClientWriter(String sdkPackage) {
    this.sdkPackage = sdkPackage;
  }

  /** The generated implementation's name for a client interface, e.g. {@code Outer_Inner_Impl}. */
  static ClassName implementation(ClassName client) {
    return ClassName.get(client.packageName(), String.join("_", client.simpleNames()) + "_Impl");
  }

  static ClassName api(ClassName client) {
    return ClassName.get(client.packageName(), String.join("_", client.simpleNames()) + "_Api");
  }

  List<JavaFile> write(ClientModel client) {
    ClassName type = ClassName.get(client.type());
    ClassName api = api(type);
    ClassName impl = implementation(type);
    TypeSpec.Builder apiSpec =
        TypeSpec.interfaceBuilder(api)
            .addAnnotation(generated())
            .addOriginatingElement(client.type())
            .addJavadoc("The HTTP calls of {@link $T}.\n", type);
    TypeSpec.Builder implSpec =
        TypeSpec.classBuilder(impl)
            .addAnnotation(generated())
            .addOriginatingElement(client.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(type)
            .addJavadoc(
                "{@link $T}, implemented on the tcpivot runtime. Obtain it with\n"
                    + "{@code threatConnect.create($T.class)}.\n",
                type, type)
            .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
            .addField(api, "api", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Used by {@code ThreatConnect.create}; not for direct use.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(TRANSPORT, "transport")
                    .addStatement("this.transport = transport")
                    .addStatement("this.api = transport.service($T.class)", api)
                    .build());
    Map<ClassName, String> pageMethods = new LinkedHashMap<>();
    List<String> taken = new ArrayList<>();
    for (ClientModel.Method method : client.methods()) {
      taken.add(method.element().getSimpleName().toString());
    }
    int index = 0;
    for (ClientModel.Method method : client.methods()) {
      ClassName model = ClassName.get(sdkPackage, Naming.model(method.endpoint()));
      String callName = callName(method, index++, taken);
      if (method.operation() == ClientModel.Operation.GET_ALL && !pageMethods.containsKey(model)) {
        String page = unique("nextPageOf" + model.simpleName(), taken);
        taken.add(page);
        pageMethods.put(model, page);
        apiSpec.addMethod(
            MethodSpec.methodBuilder(page)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addAnnotation(ClassName.get(HTTP, "GET"))
                .returns(call(ParameterizedTypeName.get(ClassName.get(List.class), model)))
                .addParameter(ParameterSpec.builder(STRING, "next").addAnnotation(ClassName.get(HTTP, "Url")).build())
                .build());
      }
      apiSpec.addMethod(apiMethod(method, callName, model));
      implSpec.addMethod(implMethod(method, callName, model, pageMethods.get(model)));
    }
    return List.of(file(type.packageName(), apiSpec.build()), file(type.packageName(), implSpec.build()));
  }

  private static String callName(ClientModel.Method method, int index, List<String> taken) {
    String name = method.element().getSimpleName().toString();
    long same = taken.stream().filter(name::equals).count();
    return same > 1 ? name + "_" + index : name;
  }

  private static String unique(String name, List<String> taken) {
    String candidate = name;
    while (taken.contains(candidate)) {
      candidate = candidate + "_";
    }
    return candidate;
  }

  private MethodSpec apiMethod(ClientModel.Method method, String name, ClassName model) {
    String path = method.endpoint().endpoint().substring(1);
    MethodSpec.Builder spec = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
    switch (method.operation()) {
      case CREATE:
        return spec.addAnnotation(verb("POST", path)).returns(call(model))
            .addParameter(body()).addParameter(query(STRINGS, "fields")).addParameter(query(STRING, "owner")).build();
      case GET:
        return spec.addAnnotation(verb("GET", path + "/{key}")).returns(call(model))
            .addParameter(key(method)).addParameter(query(STRINGS, "fields")).addParameter(query(STRING, "owner")).build();
      case UPDATE:
        return spec.addAnnotation(verb("PUT", path + "/{key}")).returns(call(model))
            .addParameter(key(method)).addParameter(body()).addParameter(query(STRINGS, "fields"))
            .addParameter(query(STRING, "owner")).build();
      case DELETE:
        return spec.addAnnotation(verb("DELETE", path + "/{key}")).returns(call(ClassName.get(Object.class)))
            .addParameter(key(method)).addParameter(query(STRING, "owner")).build();
      case GET_ALL:
        return spec.addAnnotation(verb("GET", path))
            .returns(call(ParameterizedTypeName.get(ClassName.get(List.class), model)))
            .addParameter(query(STRINGS, "fields")).addParameter(query(STRING, "tql"))
            .addParameter(query(STRING, "owner")).build();
      default:
        return spec.addAnnotation(verb("OPTIONS", path + "/fields"))
            .returns(call(ParameterizedTypeName.get(ClassName.get(List.class), FIELD_INFO))).build();
    }
  }

  private MethodSpec implMethod(ClientModel.Method method, String call, ClassName model, String pageMethod) {
    MethodSpec.Builder spec = MethodSpec.overriding(method.element());
    if (method.element().isVarArgs()) {
      // The interface chose a generic varargs parameter; the override only reads the array.
      spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.element().getParameters()) {
      parameters.add(name(parameter));
    }
    String body = unique("request", parameters);
    String paged = unique("paged", parameters);
    // A parameter may be named like a field of the implementation: the fields are then qualified.
    String api = parameters.contains("api") ? "this.api" : "api";
    String transport = parameters.contains("transport") ? "this.transport" : "transport";
    CodeBlock owner = method.owner()
        .map(p -> CodeBlock.of("$T.owner($N, $S)", REQUESTS, name(p), name(p)))
        .orElse(CodeBlock.of("null"));
    CodeBlock includes = includes(method.includes());
    method.key().ifPresent(key -> spec.addStatement(keyCheck(key)));
    CodeBlock key = method.key().map(ClientWriter::keyArgument).orElse(null);
    CodeBlock invocation;
    switch (method.operation()) {
      case CREATE:
      case UPDATE:
        addBody(spec, method, body);
        invocation = method.key().isPresent()
            ? CodeBlock.of("$L.$N($L, $T.wire($N), $L, $L)", api, call, key, REQUESTS, body, includes, owner)
            : CodeBlock.of("$L.$N($T.wire($N), $L, $L)", api, call, REQUESTS, body, includes, owner);
        return finish(spec, method, CodeBlock.of("$L.data($L)", transport, invocation));
      case GET:
        invocation = CodeBlock.of("$L.$N($L, $L, $L)", api, call, key, includes, owner);
        return finish(spec, method, CodeBlock.of("$L.data($L)", transport, invocation));
      case DELETE:
        return spec.addStatement("$L.noData($L.$N($L, $L))", transport, api, call, key, owner)
            .build();
      case GET_ALL:
        CodeBlock tql = method.tql().map(p -> CodeBlock.of("$N", name(p))).orElse(CodeBlock.of("null"));
        CodeBlock pages = CodeBlock.of("$L.paged($L.$N($L, $L, $L), $L::$N)", transport, api, call, includes, tql, owner, api, pageMethod);
        return method.returns() == ClientModel.Returns.LIST
            ? spec.addStatement("$T<$T> $N = $L", PAGED, model, paged, pages).addStatement("return $T.all($N)", REQUESTS, paged).build()
            : spec.addStatement("return $L", pages).build();
      default:
        return spec.addStatement("return $L.data($L.$N())", transport, api, call).build();
    }
  }

  private static MethodSpec finish(MethodSpec.Builder spec, ClientModel.Method method, CodeBlock result) {
    if (method.returns() == ClientModel.Returns.VOID) {
      return spec.addStatement("$L", result).build();
    }
    return spec.addStatement("return $L", result).build();
  }

  private void addBody(MethodSpec.Builder spec, ClientModel.Method method, String request) {
    if (method.body().isPresent()) {
      String body = name(method.body().get());
      spec.addStatement("$T.Builder $N = $T.body($N, $S)", FIELDS, request, REQUESTS, body, body);
    } else {
      spec.addStatement("$T.Builder $N = $T.body()", FIELDS, request, REQUESTS);
    }
    for (ClientModel.Association association : method.associations()) {
      String parameter = name(association.parameter());
      spec.addStatement(
          "$T.add($N, $S, $T.entry($S, $L), $S)",
          REQUESTS, request, association.field(), REQUESTS,
          association.mode().toLowerCase(java.util.Locale.ROOT), items(association), parameter);
    }
  }

  private static CodeBlock items(ClientModel.Association association) {
    String parameter = name(association.parameter());
    boolean many = association.shape() != ClientModel.Shape.ONE;
    switch (association.item()) {
      case ID:
        return CodeBlock.of("$T.$L($S, $N, $S)", REQUESTS, many ? "idsOf" : "idOf",
            Naming.ref(association.target()), parameter, parameter);
      case SUMMARY:
        return CodeBlock.of("$T.$L($S, $S, $L, $N, $S)", REQUESTS, many ? "summariesOf" : "summaryOf",
            association.summaryType().orElseThrow(), association.summaryField().orElseThrow(),
            association.ownerName().map(o -> CodeBlock.of("$S", o)).orElse(CodeBlock.of("null")),
            parameter, parameter);
      default:
        return CodeBlock.of("$T.$L($N, $S)", REQUESTS, many ? "refsOf" : "refOf", parameter, parameter);
    }
  }

  private static CodeBlock keyCheck(ClientModel.Key key) {
    String name = name(key.parameter());
    if (key.summary()) {
      return CodeBlock.of("$T.summary($N, $S)", CHECKS, name, name);
    }
    if (key.parameter().asType().getKind() == TypeKind.LONG) {
      return CodeBlock.of("$T.id($N, $S)", CHECKS, name, name);
    }
    return CodeBlock.of("$T.id($T.notNull($N, $S), $S)", CHECKS, CHECKS, name, name, name);
  }

  /** The key as it goes in the path: a summary encoded as one segment, exactly as the SDK does. */
  private static CodeBlock keyArgument(ClientModel.Key key) {
    String name = name(key.parameter());
    return key.summary() ? CodeBlock.of("$T.pathSegment($N)", PATH, name) : CodeBlock.of("$N", name);
  }

  private static CodeBlock includes(List<String> includes) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < includes.size(); i++) {
      list.add(i == 0 ? "$S" : ", $S", includes.get(i));
    }
    return list.add(")").build();
  }

  private static String name(VariableElement parameter) {
    return parameter.getSimpleName().toString();
  }

  private static ParameterSpec key(ClientModel.Method method) {
    boolean summary = method.key().orElseThrow().summary();
    AnnotationSpec.Builder path = AnnotationSpec.builder(ClassName.get(HTTP, "Path")).addMember("value", "$S", "key");
    if (summary) {
      // The implementation encodes the summary itself (Requests.pathSegment).
      path.addMember("encoded", "true");
    }
    return ParameterSpec.builder(summary ? STRING : TypeName.LONG, "key").addAnnotation(path.build()).build();
  }

  private static ParameterSpec body() {
    return ParameterSpec.builder(WIRE_OBJECT, "body").addAnnotation(ClassName.get(HTTP, "Body")).build();
  }

  private static ParameterSpec query(TypeName type, String name) {
    return ParameterSpec.builder(type, name)
        .addAnnotation(AnnotationSpec.builder(ClassName.get(HTTP, "Query")).addMember("value", "$S", name).build())
        .build();
  }

  private static AnnotationSpec verb(String verb, String path) {
    return AnnotationSpec.builder(ClassName.get(HTTP, verb)).addMember("value", "$S", path).build();
  }

  private static TypeName call(TypeName data) {
    return ParameterizedTypeName.get(CALL, ParameterizedTypeName.get(ENVELOPE, data));
  }

  private static AnnotationSpec generated() {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", GENERATOR)
        .build();
  }

  private static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
