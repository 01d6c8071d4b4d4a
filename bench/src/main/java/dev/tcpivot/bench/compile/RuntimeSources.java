package dev.tcpivot.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the runtime module's inputs are in a built working copy: its hand-written sources, the
 * sources the processor generated for it, its compile class path (written by the bench build) and
 * the processor's shaded jar. Paths are relative to the working copy's root, the current directory
 * unless {@code -Dtcpivot.root} says otherwise.
 */
final class RuntimeSources {
  final List<Path> handWritten;
  final List<Path> generated;
  final String classPath;
  final Path processorJar;

  private RuntimeSources(List<Path> handWritten, List<Path> generated, String classPath, Path processorJar) {
    this.handWritten = handWritten;
    this.generated = generated;
    this.classPath = classPath;
    this.processorJar = processorJar;
  }

  static RuntimeSources find() {
    Path root = Path.of(System.getProperty("tcpivot.root", "."));
    try {
      List<Path> handWritten = javaFiles(root.resolve("runtime/src/main/java"));
      List<Path> generated = javaFiles(root.resolve("runtime/target/generated-sources/annotations"));
      String classPath = Files.readString(root.resolve("bench/target/runtime-compile.classpath")).strip();
      Path processorJar;
      try (Stream<Path> jars = Files.list(root.resolve("processor/target"))) {
        processorJar = jars
            .filter(p -> p.getFileName().toString().matches("tcpivot-processor-.*\\.jar"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no processor jar in processor/target: run bench/run"));
      }
      if (generated.isEmpty()) {
        throw new IllegalStateException("no generated sources in runtime/target: run bench/run");
      }
      return new RuntimeSources(handWritten, generated, classPath, processorJar);
    } catch (IOException e) {
      throw new UncheckedIOException("the working copy is not built; run bench/run from its root", e);
    }
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }
}
