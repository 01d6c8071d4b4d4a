package dev.tcpivot.compile;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Many {@link Snippet}s compiled in one javac run, each in a method of its own in one class, for
 * checks that run over a whole table and would otherwise take a compilation per row. javac
 * attributes every method of a class and reports each error, so each snippet still gets its own
 * assertions: a batch of accepted snippets must compile without a warning, and in a batch of refused
 * ones each snippet's marked line must carry exactly one error, and there must be no other.
 */
final class SnippetBatch {
  private final List<String> methods = new ArrayList<>();
  private final List<Long> markedLines = new ArrayList<>();
  private int lines = HEADER.split("\n", -1).length - 1;
  private JavaFileObject file;
  private Compilation compilation;

  private static final String HEADER =
      String.join(
          "\n",
          "package example;",
          "",
          "import dev.tcpivot.*;",
          "import dev.tcpivot.v3.*;",
          "import java.util.List;",
          "",
          "class Example {",
          "");

  /** Adds a snippet, whose statements run in a method with a {@code ThreatConnect tc}; returns its index. */
  int add(String... statements) {
    if (compilation != null) {
      throw new IllegalStateException("the batch is compiled already");
    }
    List<String> method = new ArrayList<>();
    method.add("  void case" + methods.size() + "(ThreatConnect tc) {");
    for (String statement : statements) {
      method.addAll(List.of(statement.split("\n", -1)));
    }
    method.add("  }");
    long marked = -1;
    for (int i = 0; i < method.size(); i++) {
      if (method.get(i).contains(Snippet.MARK)) {
        assertWithMessage("a second marked line in\n%s", String.join("\n", method)).that(marked).isEqualTo(-1);
        marked = lines + i + 1;
      }
    }
    methods.add(String.join("\n", method));
    markedLines.add(marked);
    lines += method.size();
    return methods.size() - 1;
  }

  /** The one compilation of every snippet added, run when first asked for. */
  synchronized Compilation compilation() {
    if (compilation == null) {
      String source = HEADER + String.join("\n", methods) + "\n}\n";
      file = JavaFileObjects.forSourceString("example.Example", source);
      compilation =
          Compiler.javac()
              .withOptions("-Xlint:all", "-proc:none", "-Xmaxerrs", "100000")
              .withClasspath(classpath())
              .compile(file);
    }
    return compilation;
  }

  /** Asserts that javac accepts every snippet of the batch without a warning. */
  void compiles() {
    assertThat(compilation()).succeededWithoutWarnings();
  }

  /** Asserts that the batch has exactly one error per snippet: none but those on the marked lines. */
  void hasOneErrorPerSnippet() {
    assertThat(compilation()).failed();
    assertWithMessage("errors off the marked lines")
        .that(errors().stream().filter(e -> !markedLines.contains(e.getLineNumber())).map(this::describe)
            .collect(Collectors.toList()))
        .isEmpty();
    assertThat(compilation()).hadErrorCount(methods.size());
  }

  /** Asserts that javac reports exactly one error on the snippet's marked line, with every fragment. */
  void isRefusedWith(int snippet, String... fragments) {
    long line = markedLines.get(snippet);
    assertWithMessage("no marked line in snippet %s", snippet).that(line).isGreaterThan(0L);
    List<Diagnostic<? extends JavaFileObject>> here =
        errors().stream().filter(e -> e.getLineNumber() == line).collect(Collectors.toList());
    assertWithMessage("errors on line %s of\n%s", line, methods.get(snippet)).that(here).hasSize(1);
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(line);
    }
  }

  private List<Diagnostic<? extends JavaFileObject>> errors() {
    return compilation().diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }

  private String describe(Diagnostic<? extends JavaFileObject> error) {
    return "line " + error.getLineNumber() + ": " + error.getMessage(Locale.ROOT);
  }

  private static List<File> classpath() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }
}
