package dev.tcpivot.bench.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The system Java compiler, in this process, with the options the Maven build gives it. */
final class Javac {
  private static final List<String> BUILD_OPTIONS =
      List.of("-g", "--release", "17", "-encoding", "UTF-8", "-Xlint:all,-processing");

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

  /**
   * Compiles the sources with the build's options plus {@code extraOptions}.
   *
   * @throws IllegalStateException if javac reports an error
   */
  void compile(List<Path> sources, String classPath, Path classes, List<String> extraOptions) {
    List<String> options = new ArrayList<>(BUILD_OPTIONS);
    options.addAll(List.of("-classpath", classPath, "-d", classes.toString()));
    options.addAll(extraOptions);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean ok = compiler
          .getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      if (!ok) {
        throw new IllegalStateException("javac failed:\n" + diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(Object::toString)
            .collect(Collectors.joining("\n")));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
