package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the endpoint facade that {@code ThreatConnect} hands out, e.g. {@code tc.indicators()}:
 * create, get, update, delete, list and fields, each checking its arguments before anything is
 * sent and turning refusals into {@code ThreatConnectException}s.
 */
final class FacadeWriter {
  private FacadeWriter() {}

  static TypeSpec write(EndpointModel endpoint) {
    ClassName self = endpoint.facade;
    TypeName fields = ArrayTypeName.of(endpoint.field);
    String endpointPath = endpoint.object.endpoint();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(self)
            .addAnnotation(Poet.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The {@code $L} endpoint. Obtain it from {@link $T#$L()}; thread-safe.\n\n<p>$L\n",
                endpointPath,
                RuntimeTypes.THREAT_CONNECT,
                endpoint.object.endpointName(),
                Docs.associationSentence(endpoint))
            .addField(FieldSpec.builder(RuntimeTypes.TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL).build())
            .addField(FieldSpec.builder(endpoint.api, "api", Modifier.PRIVATE, Modifier.FINAL).build())
            .addField(FieldSpec.builder(String.class, "owner", Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Used by {@link $T}; not for direct use.\n", RuntimeTypes.THREAT_CONNECT)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(RuntimeTypes.TRANSPORT, "transport")
                    .addStatement("this(transport, transport.service($T.class), null)", endpoint.api)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.TRANSPORT, "transport")
                    .addParameter(endpoint.api, "api")
                    .addParameter(String.class, "owner")
                    .addStatement("this.transport = transport")
                    .addStatement("this.api = api")
                    .addStatement("this.owner = owner")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("inOwner")
                    .addJavadoc(
                        "This endpoint with every request made in the named Community or Source"
                            + " ({@code ?owner=}), instead of the API user's Organization.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(String.class, "ownerName")
                    .addStatement(
                        "return new $T(transport, api, $T.notBlank(ownerName, $S))",
                        self, RuntimeTypes.CHECKS, "ownerName")
                    .build());
    spec.addMethod(
        MethodSpec.methodBuilder("create")
            .addJavadoc(
                "{@code POST $L}: creates the $L; the response includes the requested fields.\n",
                endpointPath, endpoint.object.singular())
            .addModifiers(Modifier.PUBLIC)
            .returns(endpoint.model)
            .addParameter(endpoint.create, "body")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("$T.notNull(body, $S)", RuntimeTypes.CHECKS, "body")
            .addStatement("return transport.data(api.create(body, $T.fieldNames(fields), owner))", RuntimeTypes.REQUESTS)
            .build());
    for (dev.tcpivot.spec.PathKey key : endpoint.object.pathKeys()) {
      addKeyed(spec, endpoint, KeyKind.of(key), fields);
    }
    TypeName paged = ParameterizedTypeName.get(RuntimeTypes.PAGED, endpoint.model);
    spec.addMethod(
        MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L}: every $L of the owner, fetched page by page as they are read.\n",
                endpointPath, endpoint.object.singular())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list($T.defaults(), fields)", RuntimeTypes.LIST_OPTIONS)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("list")
            .addJavadoc(
                "{@code GET $L}: the objects that match the options, fetched page by page as they are"
                    + " read.\n",
                endpointPath)
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(RuntimeTypes.LIST_OPTIONS, "options")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("$T.notNull(options, $S)", RuntimeTypes.CHECKS, "options")
            .addStatement("$T<$T> names = $T.fieldNames(fields)", List.class, String.class, RuntimeTypes.REQUESTS)
            .addStatement(
                "return transport.paged(\napi.list(names, options.tql(), options.owner() != null ?"
                    + " options.owner() : owner, options.sorting(),\noptions.resultStart() == 0 ? null"
                    + " : options.resultStart(), options.pageSize()),\napi::page)")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("fields")
            .addJavadoc(
                "{@code OPTIONS $L/fields}: what responses can include on request, as this instance"
                    + " says.\n",
                endpointPath)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FIELD_INFO))
            .addStatement("return transport.data(api.fields())")
            .build());
    return spec.build();
  }

  private static void addKeyed(TypeSpec.Builder spec, EndpointModel endpoint, KeyKind kind, TypeName fields) {
    String key = kind.parameter;
    String suffix = kind.suffix;
    TypeName keyType = kind.type;
    String check = kind == KeyKind.ID ? "id" : "summary";
    CodeBlock argument =
        kind.encoded() ? CodeBlock.of("$T.pathSegment($N)", RuntimeTypes.REQUESTS, key) : CodeBlock.of("$N", key);
    String path = endpoint.object.endpoint() + "/{" + key + "}" + (kind == KeyKind.XID ? "?owner=" : "");
    String named = kind.described;
    CodeBlock ownerCheck =
        kind == KeyKind.XID
            ? CodeBlock.of("$T.requireOwner(owner, $S)", RuntimeTypes.REQUESTS, endpoint.object.singular() + " XID")
            : null;
    spec.addMethod(
        withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("get")), ownerCheck)
            .addJavadoc("{@code GET $L}: one $L $L, with the requested fields.\n", path, endpoint.object.singular(), named)
            .addModifiers(Modifier.PUBLIC)
            .returns(endpoint.model)
            .addParameter(keyType, key)
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("$T.$L($L, $S)", RuntimeTypes.CHECKS, check, key, key)
            .addStatement(
                "return transport.data(api.get$L($L, $T.fieldNames(fields), owner))", suffix, argument, RuntimeTypes.REQUESTS)
            .build());
    spec.addMethod(
        withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("update")), ownerCheck)
            .addJavadoc(
                "{@code PUT $L}: changes one $L $L; the response includes the requested fields.\n",
                path, endpoint.object.singular(), named)
            .addModifiers(Modifier.PUBLIC)
            .returns(endpoint.model)
            .addParameter(keyType, key)
            .addParameter(endpoint.update, "body")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("$T.$L($L, $S)", RuntimeTypes.CHECKS, check, key, key)
            .addStatement("$T.notNull(body, $S)", RuntimeTypes.CHECKS, "body")
            .addStatement(
                "return transport.data(api.update$L($L, body, $T.fieldNames(fields), owner))",
                suffix, argument, RuntimeTypes.REQUESTS)
            .build());
    spec.addMethod(
        withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("delete")), ownerCheck)
            .addJavadoc("{@code DELETE $L}: deletes one $L $L.\n", path, endpoint.object.singular(), named)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(keyType, key)
            .addStatement("$T.$L($L, $S)", RuntimeTypes.CHECKS, check, key, key)
            .addStatement("transport.noData(api.delete$L($L, owner))", suffix, argument)
            .build());
  }

  /** For XIDs, a first statement that fails when no owner was named: the API needs one. */
  private static MethodSpec.Builder withOwnerCheck(MethodSpec.Builder method, CodeBlock check) {
    return check == null ? method : method.addStatement(check);
  }
}
