package dev.tcpivot.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * One run of the processor as a user's build runs it: javac with {@code -proc:only} on a
 * {@code package-info.java} annotated {@code @ThreatConnectSdk}.
 *
 * <p>The generated SDK refers to the runtime's hand-written types, which this module cannot depend
 * on (the runtime is built with this processor). javac reports those references as unresolved at
 * the end of {@code -proc:only}, so each run puts the runtime's sources on the source path; Maven
 * passes their directory in the system property {@value #RUNTIME_SOURCES}.
 */
final class SdkProcessorRun {
  static final String RUNTIME_SOURCES = "tcpivot.runtime.sources";
  static final String SDK_PACKAGE = "dev.tcpivot.v3";

  /** Line 2 holds the package declaration, where errors about the package are reported. */
  static final JavaFileObject PACKAGE_INFO =
      JavaFileObjects.forSourceLines(
          SDK_PACKAGE + ".package-info",
          "@dev.tcpivot.annotations.ThreatConnectSdk",
          "package " + SDK_PACKAGE + ";");

  static final int PACKAGE_LINE = 2;

  private static SortedMap<String, byte[]> builtInSdk;

  private SdkProcessorRun() {}

  /** The sources generated from the built-in tables; the run is made once and shared. */
  static synchronized SortedMap<String, byte[]> builtInSdk() {
    if (builtInSdk == null) {
      builtInSdk = Collections.unmodifiableSortedMap(generatedSources(run()));
    }
    return builtInSdk;
  }

  /** Runs the processor with the built-in tables and these extra javac options. */
  static Compilation run(String... options) {
    List<String> all = new ArrayList<>();
    all.add("-proc:only");
    all.add("-implicit:none");
    all.add("-Xlint:all,-processing");
    all.add("-sourcepath");
    all.add(runtimeSources());
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new SdkProcessor()).withOptions(all).compile(PACKAGE_INFO);
  }

  /**
   * The generated sources of a clean run, by path relative to the output root (e.g.
   * {@code dev/tcpivot/v3/GroupRef.java}), as the bytes the Filer was given.
   */
  static SortedMap<String, byte[]> generatedSources(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      String relative = name.substring(name.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      try (InputStream in = file.openInputStream()) {
        files.put(relative, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static String runtimeSources() {
    String directory = System.getProperty(RUNTIME_SOURCES);
    if (directory == null) {
      throw new IllegalStateException(
          "-D" + RUNTIME_SOURCES + " must name runtime/src/main/java (Maven's surefire sets it)");
    }
    return directory;
  }
}
