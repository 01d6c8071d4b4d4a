package dev.tcpivot.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code X_Impl} generated for the representative clients equal, byte for
 * byte, their golden copies under {@code src/test/resources/client-golden/}; they compile without a
 * warning under {@code -Xlint:all}, the generic varargs parameter included. With the environment
 * variable {@value #UPDATE} set to {@code 1} the test rewrites the golden files instead, so a change
 * to the generator shows up as their diff.
 */
class GeneratedClientsMatchGoldenFilesTest {
  static final String UPDATE = "TCPIVOT_UPDATE_GOLDEN";
  private static final String GOLDEN_PROPERTY = "tcpivot.client.golden";

  @Test
  void generatedClientsMatchTheGoldenFiles() throws IOException {
    SortedMap<String, byte[]> generated = GoldenClients.generated(GoldenClients.compile().compilation());
    assertEquals(GoldenClients.GENERATED, new ArrayList<>(generated.keySet()));
    Path root = Paths.get(System.getProperty(GOLDEN_PROPERTY, "src/test/resources/client-golden"));
    if ("1".equals(System.getenv(UPDATE))) {
      for (Map.Entry<String, byte[]> file : generated.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      return;
    }
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      Path path = root.resolve(file.getKey());
      if (!Files.isRegularFile(path)) {
        differences.add(file.getKey() + ": no golden file");
      } else if (!Arrays.equals(Files.readAllBytes(path), file.getValue())) {
        differences.add(file.getKey() + ": " + firstDifference(Files.readAllBytes(path), file.getValue()));
      }
    }
    if (!differences.isEmpty()) {
      fail(
          differences.size() + " generated file(s) differ from " + root + " (rerun with " + UPDATE
              + "=1 to rewrite them):\n" + String.join("\n", differences));
    }
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
