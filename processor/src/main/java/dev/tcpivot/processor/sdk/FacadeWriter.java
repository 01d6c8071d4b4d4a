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
 * Writes the endpoint facades that {@code ThreatConnect} hands out, e.g. {@code tc.indicators()}
 * and {@code tc.async().indicators()}: create, get, update, delete, list and fields, each checking
 * its arguments before anything is sent and turning refusals into {@code ThreatConnectException}s,
 * over the Retrofit interface nested in the blocking one. Each call carries the endpoint's
 * {@code CallOptions} as its request's tag.
 */
final class FacadeWriter {
  private FacadeWriter() {}

  /** The blocking facade, with the Retrofit interface both flavours share. */
  static TypeSpec write(EndpointModel endpoint) {
    return write(endpoint, Flavour.BLOCKING);
  }

  static TypeSpec write(EndpointModel endpoint, Flavour flavour) {
    ClassName self = flavour.facade(endpoint);
    TypeName fields = ArrayTypeName.of(endpoint.field);
    String path = endpoint.object.endpoint();
    CodeBlock names = CodeBlock.of("names(fields, $T::wireName)", endpoint.field);
    CodeBlock defaults = flavour.options(CodeBlock.of("$T.defaults()", RuntimeTypes.CALL_OPTIONS));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.API_CALLS);
    if (flavour == Flavour.BLOCKING) {
      spec.addJavadoc("The {@code $L} endpoint. Obtain it from {@link $T#$L()}; thread-safe.\n\n<p>$L\n",
          path, RuntimeTypes.THREAT_CONNECT, endpoint.object.endpointName(), Docs.associationSentence(endpoint));
    } else {
      spec.addJavadoc("The {@code $L} endpoint without blocking: the operations of {@link $T}, each returning at\n"
              + "once a {@link $T} (lists: an {@link $T}). Obtain it from {@link $T#$L()}; thread-safe.\n\n"
              + "<p>Cancelling a future cancels its request and the retries still pending. Bad arguments are\n"
              + "thrown at once, as by the blocking endpoint, before anything is sent.\n\n<p>$L\n",
          path, endpoint.facade, RuntimeTypes.COMPLETABLE_FUTURE, RuntimeTypes.ASYNC_PAGED,
          flavour.endpoints(endpoint.sdkPackage), endpoint.object.endpointName(), Docs.associationSentence(endpoint));
    }
    spec.addField(FieldSpec.builder(endpoint.api, "api", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "owner", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(RuntimeTypes.CALL_OPTIONS, "options", Modifier.PRIVATE, Modifier.FINAL).build());
    if (flavour == Flavour.BLOCKING) {
      spec.addMethod(MethodSpec.constructorBuilder()
          .addParameter(RuntimeTypes.API_CALLS, "connection")
          .addStatement("super(connection)")
          .addStatement("this.api = service($T.class)", endpoint.api)
          .addStatement("this.owner = null")
          .addStatement("this.options = $L", defaults)
          .build());
    }
    spec.addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect")
            .addStatement("super(threatConnect)")
            .addStatement("this.api = service($T.class)", endpoint.api)
            .addStatement("this.owner = null")
            .addStatement("this.options = $L", defaults)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(self, "from")
            .addParameter(String.class, "owner")
            .addParameter(RuntimeTypes.CALL_OPTIONS, "options")
            .addStatement("super(from)")
            .addStatement("this.api = from.api")
            .addStatement("this.owner = owner")
            .addStatement("this.options = options")
            .build())
        .addMethod(MethodSpec.methodBuilder("inOwner")
            .addJavadoc("This endpoint with every request made in the named Community or Source"
                + " ({@code ?owner=}), instead of the API user's Organization.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(String.class, "ownerName")
            .addStatement("return new $T(this, notBlank(ownerName, $S), options)", self, "ownerName")
            .build())
        .addMethod(MethodSpec.methodBuilder("with")
            .addJavadoc("This endpoint with {@code options} for every call it makes, its pages included; like\n"
                + "{@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,\n"
                + "replaces this endpoint's owner, so the methods that name an object by XID can use it; a later\n"
                + "{@code inOwner} replaces it again and keeps the other options.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(RuntimeTypes.CALL_OPTIONS, "options")
            .addStatement("notNull(options, $S)", "options")
            .addStatement("return new $T(this, options.owner().orElse(owner), $L)", self,
                flavour.options(CodeBlock.of("options")))
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("{@code POST $L}: creates the $L; the response includes the requested fields.\n$L",
                path, endpoint.object.singular(), flavour.single("the " + endpoint.object.singular() + " created"))
            .addModifiers(Modifier.PUBLIC)
            .returns(flavour.returns(endpoint.model))
            .addParameter(endpoint.create, "body")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("notNull(body, $S)", "body")
            .addStatement("return $N(api.create(body, $L, owner, this.options))", flavour.data, names)
            .build());
    for (PathKey key : endpoint.object.pathKeys()) {
      addKeyed(spec, endpoint, flavour, KeyKind.of(key), fields, names);
    }
    TypeName paged = flavour.paged(endpoint.model);
    CodeBlock next = CodeBlock.of("link -> api.page(link, this.options)");
    spec.addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L}: every $L of the owner, fetched page by page as they are read.\n$L",
                path, endpoint.object.singular(), flavour.list())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list($T.defaults(), fields)", RuntimeTypes.LIST_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L}: the objects that match the options, fetched page by page as they are read.\n$L",
                path, flavour.list())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(RuntimeTypes.LIST_OPTIONS, "options")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("notNull(options, $S)", "options")
            .addStatement("$T<$T> names = $L", List.class, String.class, names)
            .addStatement(
                "return $N(\napi.list(names, options.tql(), options.owner() != null ? options.owner() : owner,"
                    + " options.sorting(),\noptions.resultStart() == 0 ? null : options.resultStart(),"
                    + " options.pageSize(), this.options),\n$L)", flavour.paged, next)
            .build());
    endpoint.query.ifPresent(query -> addQueries(spec, endpoint, flavour, query, paged, fields));
    spec.addMethod(MethodSpec.methodBuilder("resume")
            .addJavadoc("{@code GET nextLink}: the rest of a list from a saved {@code next} link (see\n"
                + "{@link $T.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link\n"
                + "must be one of this client's API and of {@code $L}; another is refused before anything is\n"
                + "sent, so that no credentials go elsewhere.\n$L", RuntimeTypes.PAGED, path, flavour.list())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(String.class, "nextLink")
            .addStatement("return $N(api.page(resumeLink(nextLink, $S), this.options), $L)",
                flavour.paged, endpoint.path(), next)
            .build())
        .addMethod(MethodSpec.methodBuilder("fields")
            .addJavadoc("{@code OPTIONS $L/fields}: what responses can include on request, as this instance says.\n$L",
                path, flavour.single("the fields"))
            .addModifiers(Modifier.PUBLIC)
            .returns(flavour.returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FIELD_INFO)))
            .addStatement("return $N(api.fields(this.options))", flavour.data)
            .build());
    if (flavour == Flavour.BLOCKING) {
      spec.addType(ApiInterface.write(endpoint));
    }
    return spec.build();
  }

  /** The list and count methods that take the endpoint's typed TQL query. */
  private static void addQueries(
      TypeSpec.Builder spec, EndpointModel endpoint, Flavour flavour, ClassName query, TypeName paged,
      TypeName fields) {
    String path = endpoint.object.endpoint();
    String plural = endpoint.object.name();
    spec.addMethod(MethodSpec.methodBuilder("list")
            .addJavadoc("{@code GET $L?tql=...}: the $L that match the query, fetched page by page as they are read.\n$L",
                path, plural, flavour.list())
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
                + "of their own are refused: give the filter once.\n$L", path, plural, flavour.list())
            .addModifiers(Modifier.PUBLIC)
            .returns(paged)
            .addParameter(query, "query")
            .addParameter(RuntimeTypes.LIST_OPTIONS, "options")
            .addParameter(fields, "fields")
            .varargs(true)
            .addStatement("return list(withQuery(options, query), fields)")
            .build())
        .addMethod(MethodSpec.methodBuilder("count")
            .addJavadoc("{@code GET $L?count=true&resultLimit=1}: how many $L the owner has (v3/return_count.rst).\n$L",
                path, plural, flavour.single("the count"))
            .addModifiers(Modifier.PUBLIC)
            .returns(flavour.returns(TypeName.LONG))
            .addStatement("return $N(api.count(null, true, 1, owner, this.options))", flavour.count)
            .build())
        .addMethod(MethodSpec.methodBuilder("count")
            .addJavadoc("{@code GET $L?tql=...&count=true&resultLimit=1}: how many $L match the query\n"
                + "(v3/return_count.rst).\n$L", path, plural, flavour.single("the count"))
            .addModifiers(Modifier.PUBLIC)
            .returns(flavour.returns(TypeName.LONG))
            .addParameter(query, "query")
            .addStatement("notNull(query, $S)", "query")
            .addStatement("return $N(api.count(query.toTql(), true, 1, owner, this.options))", flavour.count)
            .build());
  }

  private static void addKeyed(
      TypeSpec.Builder spec, EndpointModel endpoint, Flavour flavour, KeyKind kind, TypeName fields, CodeBlock names) {
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
        .addJavadoc("{@code GET $L}: one $L $L, with the requested fields.\n$L", path, singular, named,
            flavour.single("the " + singular))
        .addModifiers(Modifier.PUBLIC)
        .returns(flavour.returns(endpoint.model))
        .addParameter(kind.type, key)
        .addParameter(fields, "fields")
        .varargs(true)
        .addStatement(check)
        .addStatement("return $N(api.get$L($L, $L, owner, this.options))", flavour.data, suffix, argument, names)
        .build());
    spec.addMethod(withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("update")), kind, singular)
        .addJavadoc("{@code PUT $L}: changes one $L $L; the response includes the requested fields.\n$L",
            path, singular, named, flavour.single("the " + singular + " as changed"))
        .addModifiers(Modifier.PUBLIC)
        .returns(flavour.returns(endpoint.model))
        .addParameter(kind.type, key)
        .addParameter(endpoint.update, "body")
        .addParameter(fields, "fields")
        .varargs(true)
        .addStatement(check)
        .addStatement("notNull(body, $S)", "body")
        .addStatement("return $N(api.update$L($L, body, $L, owner, this.options))",
            flavour.data, suffix, argument, names)
        .build());
    spec.addMethod(withOwnerCheck(MethodSpec.methodBuilder(kind.facadeMethod("delete")), kind, singular)
        .addJavadoc("{@code DELETE $L}: deletes one $L $L.\n$L", path, singular, named,
            flavour.single("{@code null} once it is deleted"))
        .addModifiers(Modifier.PUBLIC)
        .returns(flavour.returns(TypeName.VOID))
        .addParameter(kind.type, key)
        .addStatement(check)
        .addStatement(flavour == Flavour.BLOCKING ? "$N(api.delete$L($L, owner, this.options))"
            : "return $N(api.delete$L($L, owner, this.options))", flavour.noData, suffix, argument)
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
