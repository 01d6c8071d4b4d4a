package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * How an endpoint facade hands back its results: blocking ({@code Groups}) or as futures and
 * publishers ({@code AsyncGroups}). Both flavours are written from the same operations, so they
 * take the same parameters and refuse the same arguments.
 */
enum Flavour {
  BLOCKING("data", "noData", "countOf", "paged"),
  ASYNC("dataAsync", "noDataAsync", "countOfAsync", "pagedAsync");

  /** The ApiCalls member that runs a call of each kind. */
  final String data;
  final String noData;
  final String count;
  final String paged;

  Flavour(String data, String noData, String count, String paged) {
    this.data = data;
    this.noData = noData;
    this.count = count;
    this.paged = paged;
  }

  ClassName facade(EndpointModel endpoint) {
    return this == BLOCKING ? endpoint.facade : endpoint.asyncFacade;
  }

  ClassName endpoints(String sdkPackage) {
    return ClassName.get(sdkPackage, this == BLOCKING ? Naming.endpoints() : Naming.asyncEndpoints());
  }

  /** What a method returns in this flavour, given what it returns blocking ({@code void} included). */
  TypeName returns(TypeName blocking) {
    if (this == BLOCKING) {
      return blocking;
    }
    TypeName boxed = blocking.equals(TypeName.VOID) ? ClassName.get(Void.class) : blocking.box();
    return ParameterizedTypeName.get(RuntimeTypes.COMPLETABLE_FUTURE, boxed);
  }

  /** The type of a list of {@code model}. */
  TypeName paged(TypeName model) {
    return ParameterizedTypeName.get(this == BLOCKING ? RuntimeTypes.PAGED : RuntimeTypes.ASYNC_PAGED, model);
  }

  /** The options a new endpoint tags its calls with, from {@code options}. */
  CodeBlock options(CodeBlock options) {
    return this == BLOCKING ? options : CodeBlock.of("forAsync($L)", options);
  }

  /** A Javadoc paragraph for a method answering with {@code what}; empty when blocking. */
  String single(String what) {
    if (this == BLOCKING) {
      return "";
    }
    return "\n<p>Returns at once. The future completes with " + what + ", or exceptionally with the\n"
        + "{@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request\n"
        + "and its pending retries. Bad arguments are thrown at once, before anything is sent.\n";
  }

  /** A Javadoc paragraph for a method answering with a list; empty when blocking. */
  String list() {
    if (this == BLOCKING) {
      return "";
    }
    return "\n<p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling\n"
        + "the subscription cancels the request in flight and its pending retries. Bad arguments are\n"
        + "thrown at once, before anything is sent.\n";
  }
}
