package dev.tcpivot.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source the processor generates from the built-in tables equals, byte for byte, its golden
 * copy under {@code src/test/resources/golden/}, and there is no golden file without a generated
 * source. A change to the generator thus shows up as a diff of the golden files: with the
 * environment variable {@value #UPDATE} set to {@code 1} the test rewrites them instead of failing.
 */
class GoldenFilesTest {
  static final String UPDATE = "TCPIVOT_UPDATE_GOLDEN";
  private static final String GOLDEN_PROPERTY = "tcpivot.golden";

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    SortedMap<String, byte[]> generated = SdkProcessorRun.builtInSdk();
    Path root = goldenRoot();
    if ("1".equals(System.getenv(UPDATE))) {
      rewrite(root, generated);
      return;
    }
    SortedMap<String, byte[]> golden = read(root);
    Set<String> withoutGolden = new TreeSet<>(generated.keySet());
    withoutGolden.removeAll(golden.keySet());
    Set<String> withoutSource = new TreeSet<>(golden.keySet());
    withoutSource.removeAll(generated.keySet());
    assertEquals(
        "generated without a golden file: [], golden without a generated file: []",
        "generated without a golden file: " + withoutGolden + ", golden without a generated file: "
            + withoutSource,
        "rerun with " + UPDATE + "=1 to rewrite " + root);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      byte[] expected = golden.get(file.getKey());
      if (!Arrays.equals(expected, file.getValue())) {
        differences.add(file.getKey() + ": " + firstDifference(expected, file.getValue()));
      }
    }
    if (!differences.isEmpty()) {
      fail(
          differences.size() + " generated file(s) differ from "
              + root + " (rerun with " + UPDATE + "=1 to rewrite them):\n"
              + String.join("\n", differences));
    }
  }

  /** The golden directory of the source tree, not the copy on the test classpath. */
  private static Path goldenRoot() {
    return Paths.get(System.getProperty(GOLDEN_PROPERTY, "src/test/resources/golden"));
  }

  private static SortedMap<String, byte[]> read(Path root) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).collect(Collectors.toList())) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static void rewrite(Path root, SortedMap<String, byte[]> generated) throws IOException {
    for (String stale : read(root).keySet()) {
      if (!generated.containsKey(stale)) {
        Files.delete(root.resolve(stale));
      }
    }
    generated.forEach(
        (name, bytes) -> {
          try {
            Path path = root.resolve(name);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] want = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": expected [" + w + "] but was [" + g + "]";
      }
    }
    return "same lines, different bytes";
  }
}
