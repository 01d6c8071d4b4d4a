package dev.tcpivot.clients;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * The representative client interfaces under {@code src/test/resources/clients/}, compiled as a
 * user compiles them: with the client processor, the runtime on the classpath and {@code -Xlint:all}.
 */
final class GoldenClients {
  /** The client sources, by the qualified name of their top-level type. */
  static final List<String> SOURCES = List.of("com.acme.triage.PhishingTriage", "com.acme.triage.AssetInventory");

  /** What the processor generates from them, as paths under the output root. */
  static final List<String> GENERATED =
      List.of(
          "com/acme/triage/AssetInventory_Assets_Impl.java",
          "com/acme/triage/PhishingTriage_Impl.java");

  private GoldenClients() {}

  /** One compilation of all of them, and the Filer's record of what the processor created. */
  record Run(Compilation compilation, Map<String, List<String>> created) {}

  static Run compile() {
    ObservedClientProcessor processor = new ObservedClientProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .withOptions(Client.LINT)
            .withClasspath(Client.classpath())
            .compile(SOURCES.stream().map(GoldenClients::source).toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return new Run(compilation, processor.created());
  }

  /** The generated sources of a clean compilation, by path under the output root. */
  static SortedMap<String, byte[]> generated(Compilation compilation) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      try (InputStream in = file.openInputStream()) {
        files.put(relative, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static JavaFileObject source(String qualifiedName) {
    String resource = "clients/" + qualifiedName.replace('.', '/') + ".java";
    try (InputStream in = GoldenClients.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return JavaFileObjects.forSourceString(qualifiedName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
