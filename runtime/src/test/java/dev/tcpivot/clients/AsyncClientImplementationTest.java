package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.tcpivot.processor.SdkProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The implementation of an asynchronous method calls the asynchronous endpoints of the client's
 * SDK: {@code threatConnect.async()} for the built-in one, {@code AsyncEndpoints.of(threatConnect)}
 * for a module's own ({@code @ThreatConnectSdk}); javac then checks each call against them.
 */
class AsyncClientImplementationTest {
  private static final String[] METHODS = {
    "  @Get(\"groups\")",
    "  java.util.concurrent.CompletableFuture<%1$sGroup> get(@Key long id, @Owner String owner);",
    "  @Update(\"groups\")",
    "  java.util.concurrent.CompletableFuture<Void> rename(@Key long id, @Body %1$sGroupUpdate body);",
    "  @Delete(\"groups\")",
    "  java.util.concurrent.CompletableFuture<Void> delete(@Key long id);",
    "  @GetAll(\"groups\")",
    "  java.util.concurrent.CompletableFuture<List<%1$sGroup>> all(@Tql String tql);",
    "  @GetAll(\"groups\")",
    "  AsyncPaged<%1$sGroup> each();",
    "  @Get(\"groups\")",
    "  %1$sGroup blocking(@Key long id);",
  };

  @Test
  void theBuiltInSdkIsCalledThroughTheClientsAsyncEndpoints() {
    Client.Run run = Client.of(methods("")).run(List.of());

    assertThat(Client.texts(run.compilation())).isEmpty();
    String impl = generatedSource(run, "example/Triage_Impl.java");
    assertThat(impl).contains("this.asyncEndpoints = threatConnect.async();");
    assertThat(impl).contains("AsyncGroups groups = asyncEndpoints.groups();");
    assertThat(impl).contains("groups = groups.inOwner(notBlank(owner, \"owner\"));");
    assertThat(impl).contains("return completion(groups.update(id, body_));");
    assertThat(impl).contains("return groups.delete(id);");
    assertThat(impl).contains("return groups.list(tql(tql, \"tql\")).toList();");
    assertThat(impl).contains("return groups.list(ListOptions.defaults());");
    // The blocking method keeps the blocking endpoint.
    assertThat(impl).contains("Groups groups = endpoints.groups();");
  }

  @Test
  void aModulesOwnSdkIsCalledThroughItsAsyncEndpoints() {
    JavaFileObject sdk = JavaFileObjects.forSourceString(
        "example.sdk.package-info", "@dev.tcpivot.annotations.ThreatConnectSdk\npackage example.sdk;\n");

    Client.Run run = Client.of(methods("example.sdk."))
        .run(List.of(sdk), new ObservedClientProcessor(), new SdkProcessor());

    assertThat(Client.texts(run.compilation())).isEmpty();
    assertThat(generatedSource(run, "example/sdk/AsyncGroups.java")).contains("public final class AsyncGroups");
    assertThat(generatedSource(run, "example/Triage_Impl.java"))
        .contains("this.asyncEndpoints = AsyncEndpoints.of(threatConnect);");
  }

  @Test
  void aClientWithoutAsynchronousMethodsHoldsNoAsyncEndpoints() {
    Client.Run run = Client.of("  @Get(\"groups\")", "  Group get(@Key long id);").run(List.of());

    assertThat(Client.texts(run.compilation())).isEmpty();
    assertThat(generatedSource(run, "example/Triage_Impl.java")).doesNotContain("async");
  }

  private static String[] methods(String sdkPackage) {
    return java.util.Arrays.stream(METHODS).map(line -> String.format(line, sdkPackage)).toArray(String[]::new);
  }

  private static String generatedSource(Client.Run run, String path) {
    return run.compilation().generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/" + path))
        .map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .findFirst()
        .orElseThrow(() -> new AssertionError("not generated: " + path));
  }
}
