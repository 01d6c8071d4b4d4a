package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A client interface as a user writes it: {@code example.Triage}, annotated
 * {@code @ThreatConnectClient}, importing the runtime, the generated SDK and the annotations, and
 * compiled with the client processor and {@code -Xlint:all}. A refused client marks the line the
 * one diagnostic must point at with {@link #MARK}.
 */
final class Client {
  /** Marks the line where javac must report the one diagnostic. */
  static final String MARK = "/*!*/";

  /**
   * {@code -Xlint:all} but for the {@code processing} lint, whose "no processor claimed" warnings
   * are about the build, not about the code (the build of this project turns it off the same way).
   */
  static final String LINT = "-Xlint:all,-processing";

  private static final String HEADER =
      String.join(
          "\n",
          "package example;",
          "",
          "import dev.tcpivot.*;",
          "import dev.tcpivot.annotations.*;",
          "import dev.tcpivot.v3.*;",
          "import java.util.List;",
          "",
          "");

  private final String name;
  private final String source;
  private final JavaFileObject file;
  private final List<String> options = new ArrayList<>();

  private Client(String name, String source) {
    this.name = name;
    this.source = source;
    this.file = JavaFileObjects.forSourceString("example." + name, source);
  }

  /** An interface {@code Triage} annotated {@code @ThreatConnectClient}, with these members. */
  static Client of(String... members) {
    return named("Triage", members);
  }

  /** An interface of that name annotated {@code @ThreatConnectClient}, with these members. */
  static Client named(String name, String... members) {
    return new Client(
        name,
        HEADER + "@ThreatConnectClient\ninterface " + name + " {\n" + String.join("\n", members) + "\n}\n");
  }

  /** A whole compilation unit of package {@code example} after the imports, declaring {@code name}. */
  static Client declaring(String name, String... lines) {
    return new Client(name, HEADER + String.join("\n", lines) + "\n");
  }

  /** Adds javac options, e.g. {@code -Atcpivot.tables=...}. */
  Client withOptions(String... more) {
    options.addAll(List.of(more));
    return this;
  }

  JavaFileObject file() {
    return file;
  }

  /** One compilation: what javac said, and the source files the processor created. */
  record Run(Compilation compilation, Map<String, List<String>> created) {}

  /** Compiles this client alone. */
  Compilation compile() {
    return run(List.of()).compilation();
  }

  /** Compiles this client with other sources. */
  Run run(List<JavaFileObject> others) {
    return run(others, new ObservedClientProcessor());
  }

  /** Compiles this client with other sources, this client processor and other processors. */
  Run run(List<JavaFileObject> others, ObservedClientProcessor processor, Processor... more) {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(file);
    files.addAll(others);
    List<String> all = new ArrayList<>();
    all.add(LINT);
    all.addAll(options);
    List<Processor> processors = new ArrayList<>();
    processors.add(processor);
    processors.addAll(List.of(more));
    Compilation compilation =
        Compiler.javac().withProcessors(processors).withOptions(all).withClasspath(classpath()).compile(files);
    return new Run(compilation, processor.created());
  }

  /** Asserts that the client compiles without a warning and gets its implementation. */
  void compiles() {
    Run run = run(List.of());
    assertWithMessage("diagnostics of\n%s", this).that(texts(run.compilation())).isEmpty();
    assertThat(run.compilation()).succeededWithoutWarnings();
    assertWithMessage("generated files").that(run.created()).containsKey("example." + name + "_Impl");
  }

  /** Asserts that the compilation is clean and the processor created exactly these sources. */
  void compilesInto(String... qualifiedNames) {
    Run run = run(List.of());
    assertWithMessage("diagnostics of\n%s", this).that(texts(run.compilation())).isEmpty();
    assertThat(run.compilation()).succeededWithoutWarnings();
    assertWithMessage("generated files").that(run.created().keySet()).containsExactlyElementsIn(qualifiedNames);
  }

  /**
   * Asserts that the processor refuses the client with exactly one error and no warning, whose
   * whole text is {@code message}, on the marked line; and that nothing is generated for it.
   */
  void isRefusedWith(String message) {
    long line = markedLine();
    Run run = run(List.of());
    Compilation compilation = run.compilation();
    assertWithMessage("diagnostics of\n%s", this).that(texts(compilation)).containsExactly("ERROR: " + message);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
    assertWithMessage("generated for a refused client").that(run.created()).isEmpty();
  }

  /**
   * Asserts that the client compiles with exactly one warning, whose whole text is {@code message},
   * on the marked line, and gets its implementation.
   */
  void warnsWith(String message) {
    long line = markedLine();
    Run run = run(List.of());
    Compilation compilation = run.compilation();
    assertWithMessage("diagnostics of\n%s", this).that(texts(compilation)).containsExactly("WARNING: " + message);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLine(line);
    assertWithMessage("generated files").that(run.created()).containsKey("example." + name + "_Impl");
  }

  /** The errors and warnings, each as {@code KIND: message}. */
  static List<String> texts(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The 1-based number of the one line marked {@link #MARK}. */
  long markedLine() {
    String[] lines = source.split("\n", -1);
    List<Integer> marked = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(MARK)) {
        marked.add(i + 1);
      }
    }
    assertWithMessage("lines marked %s in\n%s", MARK, source).that(marked).hasSize(1);
    return marked.get(0);
  }

  /** The classpath of the tests: the runtime with its generated SDK, the annotations, Retrofit. */
  static List<File> classpath() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  @Override
  public String toString() {
    return source;
  }
}
