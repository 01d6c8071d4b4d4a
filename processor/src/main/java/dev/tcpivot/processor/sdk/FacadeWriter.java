package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.PathKey;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the endpoint facade that {@code ThreatConnect} hands out, e.g. {@code tc.indicators()}:
 * create, get, update, delete, list and fields, each checking its arguments before anything is
 * sent and turning refusals into {@code ThreatConnectException}s, over its Retrofit interface.
 */
final class FacadeWriter {
  private FacadeWriter() {}

  static TypeSpec write(EndpointModel endpoint) {
    ClassName self = endpoint.facade;
    TypeName fields = ArrayTypeName.of(endpoint.field);
    String path = endpoint.object.endpoint();
    CodeBlock names = CodeBlock.of("names(fields, $T::wireName)", endpoint.field);
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.API_CALLS)
        .addJavadoc("The {@code $L} endpoint. Obtain it from {@link $T#$L()}; thread-safe.\n\n<p>$L\n",
            path, RuntimeTypes.THREAT_CONNECT, endpoint.object.endpointName(), Docs.associationSentence(endpoint))
        .addField(FieldSpec.builder(endpoint.api, "api", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "owner", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.RETROFIT, "retrofit")
            .addParameter(RuntimeTypes.RETRY_POLICY, "retries")
            .addStatement("super(retrofit, retries)")
            .addStatement("this.api = service($T.class)", endpoint.api)
            .addStatement("this.owner = null")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect")
            .addStatement("super(threatConnect)")
            .addStatement("this.api = service($T.class)", endpoint.api)
            .addStatement("this.owner = null")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(self, "from")
            .addParameter(String.class, "owner")
            .addStatement("super(from)")
            .addStatement("this.api = from.api")
            .addStatement("this.owner = owner")
            .build())
        .addMethod(MethodSpec.methodBuilder("inOwner")
            .addJavadoc("This endpoint with every request made in the named Community or Source"
                + " ({@code ?owner=}), instead of the API user's Organization.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(String.class, "ownerName")
            .addStatement("return new $T(this, notBlank(ownerName, $S))", self, "ownerName")
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("{@code POST $L}: creates the $L; the response includes the requested fields.\n",
                path, endpoint.object.singular())
            .addModifiers(Modifier.PUBLIC)
            .returns(endpoint.model)
            .addParameter(endpoint.create, "body")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("notNull(body, $S)", "body")
            .addStatement("return data(api.create(body, $L, owner))", names)
            .build());
    for (PathKey key : endpoint.object.pathKeys()) {
      addKeyed(spec, endpoint, KeyKind.of(key), fields, names);
    }
    TypeName paged = ParameterizedTypeName.get(RuntimeTypes.PAGED, endpoint.model);
    spec.addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L}: every $L of the owner, fetched page by page as they are read.\n",
                path, endpoint.object.singular())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list($T.defaults(), fields)", RuntimeTypes.LIST_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L}: the objects that match the options, fetched page by page as they are read.\n",
                path)
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(RuntimeTypes.LIST_OPTIONS, "options")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("notNull(options, $S)", "options")
            .addStatement("$T<$T> names = $L", List.class, String.class, names)
            .addStatement(
                "return paged(\napi.list(names, options.tql(), options.owner() != null ? options.owner() : owner,"
                    + " options.sorting(),\noptions.resultStart() == 0 ? null : options.resultStart(),"
                    + " options.pageSize()),\napi::page)")
            .build());
    endpoint.query.ifPresent(query -> addQueries(spec, endpoint, query, paged, fields));
    spec.addMethod(MethodSpec.methodBuilder("resume")
            .addJavadoc("{@code GET nextLink}: the rest of a list from a saved {@code next} link (see\n"
                + "{@link $T.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link\n"
                + "must be one of this client's API and of {@code $L}; another is refused before anything is\n"
                + "sent, so that no credentials go elsewhere.\n", RuntimeTypes.PAGED, path)
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(String.class, "nextLink")
            .addStatement("return paged(api.page(resumeLink(nextLink, $S)), api::page)", endpoint.path())
            .build())
        .addMethod(MethodSpec.methodBuilder("fields")
            .addJavadoc("{@code OPTIONS $L/fields}: what responses can include on request, as this instance says.\n",
                path)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FIELD_INFO))
            .addStatement("return data(api.fields())")
            .build());
    return spec.addType(ApiInterface.write(endpoint)).build();
  }

  /** The list and count methods that take the endpoint's typed TQL query. */
  private static void addQueries(
      TypeSpec.Builder spec, EndpointModel endpoint, ClassName query, TypeName paged, TypeName fields) {
    String path = endpoint.object.endpoint();
    String plural = endpoint.object.name();
    spec.addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L?tql=...}: the $L that match the query, fetched page by page as they are read.\n",
                path, plural)
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(query, "query")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list(withQuery($T.defaults(), query), fields)", RuntimeTypes.LIST_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L?tql=...}: the $L that match the query, with the other options (owner,\n"
                + "sorting, page size), fetched page by page as they are read. Options that carry a tql string\n"
                + "of their own are refused: give the filter once.\n", path, plural)
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(query, "query")
            .addParameter(RuntimeTypes.LIST_OPTIONS, "options")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list(withQuery(options, query), fields)")
            .build())
        .addMethod(MethodSpec.methodBuilder("count")
            .addJavadoc("{@code GET $L?count=true&resultLimit=1}: how many $L the owner has (v3/return_count.rst).\n",
                path, plural)
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addStatement("return countOf(api.count(null, true, 1, owner))")
            .build())
        .addMethod(MethodSpec.methodBuilder("count")
            .addJavadoc("{@code GET $L?tql=...&count=true&resultLimit=1}: how many $L match the query\n"
                + "(v3/return_count.rst).\n", path, plural)
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addParameter(query, "query")
            .addStatement("notNull(query, $S)", "query")
            .addStatement("return countOf(api.count(query.toTql(), true, 1, owner))")
            .build());
  }

  private static void addKeyed(TypeSpec.Builder spec, EndpointModel endpoint, KeyKind kind, TypeName fields, CodeBlock names) {
    String key = kind.parameter;
    String suffix = kind.suffix;
    CodeBlock check = kind == KeyKind.ID
        ? CodeBlock.of("checkId($N, $S)", key, key)
        : CodeBlock.of("checkSummary($N, $S)", key, key);
    CodeBlock argument = kind.encoded() ? CodeBlock.of("pathSegment($N)", key) : CodeBlock.of("$N", key);
    String path = endpoint.object.endpoint() + "/{" + key + "}" + (kind == KeyKind.XID ? "?owner=" : "");
    String named = kind.described;
    String singular = endpoint.object.singular();
    spec.addMethod(withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("get")), kind, singular)
        .addJavadoc("{@code GET $L}: one $L $L, with the requested fields.\n", path, singular, named)
        .addModifiers(Modifier.PUBLIC)
        .returns(endpoint.model)
        .addParameter(kind.type, key)
        .addParameter(fields, "fields")
        .varargs(true)
        .addStatement(check)
        .addStatement("return data(api.get$L($L, $L, owner))", suffix, argument, names)
        .build());
    spec.addMethod(withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("update")), kind, singular)
        .addJavadoc("{@code PUT $L}: changes one $L $L; the response includes the requested fields.\n",
            path, singular, named)
        .addModifiers(Modifier.PUBLIC)
        .returns(endpoint.model)
        .addParameter(kind.type, key)
        .addParameter(endpoint.update, "body")
        .addParameter(fields, "fields")
        .varargs(true)
        .addStatement(check)
        .addStatement("notNull(body, $S)", "body")
        .addStatement("return data(api.update$L($L, body, $L, owner))", suffix, argument, names)
        .build());
    spec.addMethod(withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("delete")), kind, singular)
        .addJavadoc("{@code DELETE $L}: deletes one $L $L.\n", path, singular, named)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(kind.type, key)
        .addStatement(check)
        .addStatement("noData(api.delete$L($L, owner))", suffix, argument)
        .build());
  }

  /** For XIDs, a first statement that fails when no owner was named: the API needs one. */
  private static MethodSpec.Builder withOwnerCheck(MethodSpec.Builder method, KeyKind kind, String singular) {
    if (kind != KeyKind.XID) {
      return method;
    }
    return method.addStatement("requireOwner(owner, $S)", singular + " XID");
  }
}
