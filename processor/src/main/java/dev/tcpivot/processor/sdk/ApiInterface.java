package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.PathKey;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the Retrofit interface of one endpoint, nested in its facade.
 * Retrofit refuses type parameters on service interfaces, so each endpoint gets its own; the
 * asynchronous facade uses the same one.
 */
final class ApiInterface {
  private static final String HTTP = "retrofit2.http";
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
  /**
   * The last parameter of every call: the endpoint's options become the request's tag, which the
   * client's interceptors read. Endpoints always pass one, never null.
   */
  private static final ParameterSpec TAG = ParameterSpec.builder(RuntimeTypes.CALL_OPTIONS, "options")
      .addAnnotation(ClassName.get(HTTP, "Tag"))
      .build();

  private ApiInterface() {}

  static TypeSpec write(EndpointModel endpoint) {
    TypeName one = envelope(endpoint.model);
    TypeName many = envelope(ParameterizedTypeName.get(ClassName.get(List.class), endpoint.model));
    TypeName none = envelope(ClassName.get(Object.class));
    String path = endpoint.path();
    TypeSpec.Builder spec = TypeSpec.interfaceBuilder(endpoint.api)
        .addJavadoc("The HTTP calls of {@code $L}.\n", endpoint.object.endpoint());
    spec.addMethod(call("create", one, verb("POST", path))
        .addParameter(body(endpoint.create))
        .addParameter(query(STRINGS, "fields"))
        .addParameter(query(STRING, "owner"))
        .addParameter(TAG)
        .build());
    for (PathKey pathKey : endpoint.object.pathKeys()) {
      KeyKind kind = KeyKind.of(pathKey);
      String key = kind.parameter;
      // A summary or XID arrives already encoded as one path segment.
      ParameterSpec keyParameter = pathParameter(kind.type, key, kind.encoded());
      spec.addMethod(call("get" + kind.suffix, one, verb("GET", path + "/{" + key + "}"))
          .addParameter(keyParameter)
          .addParameter(query(STRINGS, "fields"))
          .addParameter(query(STRING, "owner"))
          .addParameter(TAG)
          .build());
      spec.addMethod(call("update" + kind.suffix, one, verb("PUT", path + "/{" + key + "}"))
          .addParameter(keyParameter)
          .addParameter(body(endpoint.update))
          .addParameter(query(STRINGS, "fields"))
          .addParameter(query(STRING, "owner"))
          .addParameter(TAG)
          .build());
      spec.addMethod(call("delete" + kind.suffix, none, verb("DELETE", path + "/{" + key + "}"))
          .addParameter(keyParameter)
          .addParameter(query(STRING, "owner"))
          .addParameter(TAG)
          .build());
    }
    spec.addMethod(call("list", many, verb("GET", path))
        .addParameter(query(STRINGS, "fields"))
        .addParameter(query(STRING, "tql"))
        .addParameter(query(STRING, "owner"))
        .addParameter(query(STRING, "sorting"))
        .addParameter(query(ClassName.get(Long.class), "resultStart"))
        .addParameter(query(ClassName.get(Integer.class), "resultLimit"))
        .addParameter(TAG)
        .build());
    if (endpoint.query.isPresent()) {
      // count=true adds the total to the envelope (v3/return_count.rst); one object is enough to read.
      spec.addMethod(call("count", none, verb("GET", path))
          .addParameter(query(STRING, "tql"))
          .addParameter(query(TypeName.BOOLEAN, "count"))
          .addParameter(query(TypeName.INT, "resultLimit"))
          .addParameter(query(STRING, "owner"))
          .addParameter(TAG)
          .build());
    }
    spec.addMethod(call("page", many, AnnotationSpec.builder(ClassName.get(HTTP, "GET")).build())
        .addParameter(ParameterSpec.builder(STRING, "next").addAnnotation(ClassName.get(HTTP, "Url")).build())
        .addParameter(TAG)
        .build());
    spec.addMethod(call("fields",
            envelope(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FIELD_INFO)),
            verb("OPTIONS", path + "/fields"))
        .addParameter(TAG)
        .build());
    return spec.build();
  }

  private static TypeName envelope(TypeName data) {
    return ParameterizedTypeName.get(RuntimeTypes.CALL, ParameterizedTypeName.get(RuntimeTypes.ENVELOPE, data));
  }

  private static MethodSpec.Builder call(String name, TypeName returns, AnnotationSpec verb) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addAnnotation(verb)
        .returns(returns);
  }

  private static AnnotationSpec verb(String verb, String path) {
    return AnnotationSpec.builder(ClassName.get(HTTP, verb)).addMember("value", "$S", path).build();
  }

  private static ParameterSpec body(ClassName type) {
    return ParameterSpec.builder(type, "body").addAnnotation(ClassName.get(HTTP, "Body")).build();
  }

  private static ParameterSpec query(TypeName type, String name) {
    return ParameterSpec.builder(type, name)
        .addAnnotation(AnnotationSpec.builder(ClassName.get(HTTP, "Query")).addMember("value", "$S", name).build())
        .build();
  }

  private static ParameterSpec pathParameter(TypeName type, String name, boolean encoded) {
    AnnotationSpec.Builder path = AnnotationSpec.builder(ClassName.get(HTTP, "Path")).addMember("value", "$S", name);
    if (encoded) {
      path.addMember("encoded", "true");
    }
    return ParameterSpec.builder(type, name).addAnnotation(path.build()).build();
  }
}
