package dev.tcpivot.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * javac finds the processor through {@code META-INF/services} (written by AutoService), and Gradle
 * may run it incrementally: every registered processor is declared, SdkProcessor as isolating.
 */
class ProcessorRegistrationTest {
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  private static final String INCREMENTAL = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void javacFindsTheSdkProcessor() {
    List<String> found = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class, getClass().getClassLoader())) {
      found.add(processor.getClass().getName());
    }
    assertTrue(found.contains(SdkProcessor.class.getName()), "registered processors: " + found);
  }

  @Test
  void theSdkProcessorIsIsolating() throws IOException {
    assertEquals("isolating", incrementalKinds().get(SdkProcessor.class.getName()));
  }

  @Test
  void everyRegisteredProcessorDeclaresItsIncrementalKind() throws IOException {
    Map<String, String> kinds = incrementalKinds();
    for (String processor : lines(SERVICES)) {
      assertTrue(kinds.containsKey(processor), processor + " is missing from " + INCREMENTAL);
    }
  }

  private static Map<String, String> incrementalKinds() throws IOException {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String line : lines(INCREMENTAL)) {
      String[] parts = line.split(",", -1);
      assertEquals(2, parts.length, "not 'class,kind': " + line);
      kinds.put(parts[0].strip(), parts[1].strip());
    }
    return kinds;
  }

  /** The non-blank, non-comment lines of the resource where SdkProcessor itself comes from. */
  private static List<String> lines(String resource) throws IOException {
    String home = SdkProcessor.class.getProtectionDomain().getCodeSource().getLocation().toString();
    URL url = null;
    for (URL candidate : Collections.list(SdkProcessor.class.getClassLoader().getResources(resource))) {
      if (candidate.toString().contains(home)) {
        url = candidate;
      }
    }
    assertNotNull(url, resource + " is not beside SdkProcessor in " + home);
    List<String> lines = new ArrayList<>();
    try (InputStream in = url.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String content = line.replaceAll("#.*", "").strip();
        if (!content.isEmpty()) {
          lines.add(content);
        }
      }
    }
    return lines;
  }
}
