package dev.tcpivot.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A few statements of user code, compiled against the runtime and the generated SDK the way a user
 * compiles them: {@code import dev.tcpivot.*; import dev.tcpivot.v3.*;} and {@code -Xlint:all}.
 * A refused snippet marks the line that javac must point at with {@link #MARK}.
 */
final class Snippet {
  /** Marks the line where javac must report the one error. */
  static final String MARK = "/*!*/";

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
          "  void run(ThreatConnect tc) {",
          "");
  private static final String FOOTER = "\n  }\n}\n";

  private final JavaFileObject file;
  private final String source;

  private Snippet(String statements) {
    this.source = HEADER + statements + FOOTER;
    this.file = JavaFileObjects.forSourceString("example.Example", source);
  }

  /** The statements, indented inside a method that has a {@code ThreatConnect tc}. */
  static Snippet of(String... lines) {
    return new Snippet(String.join("\n", lines));
  }

  /** Asserts that javac accepts the snippet without a warning. */
  void compiles() {
    assertThat(compile()).succeededWithoutWarnings();
  }

  /**
   * Asserts that javac refuses the snippet with exactly one error, on the marked line of the
   * snippet, whose message contains every fragment.
   */
  void isRefusedWith(String... fragments) {
    long line = markedLine();
    Compilation compilation = compile();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(line);
    }
  }

  private long markedLine() {
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

  private Compilation compile() {
    return Compiler.javac()
        .withOptions("-Xlint:all", "-proc:none")
        .withClasspath(classpath())
        .compile(file);
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

  @Override
  public String toString() {
    return source;
  }
}
