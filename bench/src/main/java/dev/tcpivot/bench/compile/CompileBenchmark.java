package dev.tcpivot.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac compiling the runtime module in this process: with the tcpivot processor generating the
 * SDK from the rule table as it does in the build, against without it ({@code -proc:none}) and the
 * sources it generated handed in as plain sources. Fair because both compile the same source code to
 * the same classes, with the same class path and options, into fresh directories; only the
 * processor's work (reading the table, generating and writing 60 files, the extra round) differs.
 * javac's own code takes some 20 compiles to settle in the JIT, hence the long warmup; a fixed heap
 * keeps the collector's sizing the same for both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 25)
@Measurement(iterations = 10)
public class CompileBenchmark {
  private final Javac javac = new Javac();
  private RuntimeSources runtime;
  private Path classes;
  private Path generated;

  @Setup(Level.Trial)
  public void find() {
    runtime = RuntimeSources.find();
  }

  @Setup(Level.Iteration)
  public void freshOutput() throws IOException {
    classes = Files.createTempDirectory("tcpivot-bench-classes");
    generated = Files.createTempDirectory("tcpivot-bench-generated");
  }

  @TearDown(Level.Iteration)
  public void removeOutput() throws IOException {
    delete(classes);
    delete(generated);
  }

  @Benchmark
  public Path withProcessor() {
    javac.compile(runtime.handWritten, runtime.classPath, classes, List.of(
        "-processorpath", runtime.processorJar.toString(), "-s", generated.toString()));
    return classes;
  }

  @Benchmark
  public Path withoutProcessor() {
    List<Path> sources = new ArrayList<>(runtime.handWritten);
    sources.addAll(runtime.generated);
    javac.compile(sources, runtime.classPath, classes, List.of("-proc:none"));
    return classes;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
