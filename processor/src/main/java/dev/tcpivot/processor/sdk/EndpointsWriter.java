package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.ObjectType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Endpoints}, one accessor per endpoint of objects.table in table order, and its
 * asynchronous twin {@code AsyncEndpoints}. The runtime's {@code ThreatConnect} extends the first,
 * so {@code tc.groups()} and the others come from the table like everything else, and hands out
 * the second as {@code tc.async()}.
 */
final class EndpointsWriter {
  private EndpointsWriter() {}

  static TypeSpec write(List<EndpointModel> endpoints, String sdkPackage) {
    ClassName self = ClassName.get(sdkPackage, Naming.endpoints());
    ClassName attached = self.nestedClass("Attached");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Over the client's connection, which every endpoint shares with it: its Retrofit, retry\n"
            + "policy and request budget.\n")
        .addModifiers(Modifier.PROTECTED)
        .addParameter(RuntimeTypes.API_CALLS, "connection");
    MethodSpec.Builder over = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("The v3 endpoints, one accessor each. {@link $T} is the one to use.\n",
            RuntimeTypes.THREAT_CONNECT);
    for (EndpointModel endpoint : endpoints) {
      ObjectType object = endpoint.object;
      String name = object.endpointName();
      spec.addField(FieldSpec.builder(endpoint.facade, name, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$N = new $T(connection)", name, endpoint.facade);
      over.addStatement("this.$N = new $T(threatConnect)", name, endpoint.facade);
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("{@code $L}\n", object.endpoint())
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(endpoint.facade)
          .addStatement("return $N", name)
          .build());
    }
    return spec.addMethod(constructor.build())
        .addMethod(over.build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("These endpoints over a client's connection and credentials: how an SDK that a module\n"
                + "generates from tables of its own (with {@code @ThreatConnectSdk}) is used.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect")
            .addStatement("return new $T(threatConnect)", attached)
            .build())
        .addType(TypeSpec.classBuilder(attached)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(self)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect")
                .addStatement("super(threatConnect)")
                .build())
            .build())
        .build();
  }

  /** {@code AsyncEndpoints}: the same accessors, returning the asynchronous facades. */
  static TypeSpec writeAsync(List<EndpointModel> endpoints, String sdkPackage) {
    ClassName self = ClassName.get(sdkPackage, Naming.asyncEndpoints());
    ClassName blocking = ClassName.get(sdkPackage, Naming.endpoints());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The v3 endpoints without blocking: the accessors of {@link $T}, each returning an endpoint\n"
            + "whose calls answer with a {@link $T} (lists: an {@link $T}). Cancelling a future cancels\n"
            + "its request and the retries still pending; bad arguments are thrown at once, before anything\n"
            + "is sent. The built-in endpoints come from {@code ThreatConnect.async()}; thread-safe.\n",
            blocking, RuntimeTypes.COMPLETABLE_FUTURE, RuntimeTypes.ASYNC_PAGED);
    for (EndpointModel endpoint : endpoints) {
      ObjectType object = endpoint.object;
      String name = object.endpointName();
      spec.addField(FieldSpec.builder(endpoint.asyncFacade, name, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$N = new $T(threatConnect)", name, endpoint.asyncFacade);
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("{@code $L}, without blocking.\n", object.endpoint())
          .addModifiers(Modifier.PUBLIC)
          .returns(endpoint.asyncFacade)
          .addStatement("return $N", name)
          .build());
    }
    return spec.addMethod(constructor.build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("These endpoints over a client's connection, credentials and request budget, which they\n"
                + "share with its blocking endpoints: for an SDK that a module generates from tables of its own\n"
                + "(with {@code @ThreatConnectSdk}); the built-in one is {@code threatConnect.async()}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(RuntimeTypes.THREAT_CONNECT, "threatConnect")
            .addStatement("return new $T(threatConnect)", self)
            .build())
        .build();
  }
}
