package dev.tcpivot.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md's set-up and the projects under examples/ cannot drift apart: every XML block of the
 * README stands in examples/quickstart/pom.xml word for word, and the README, the BOM and both
 * example projects name the version this build makes. (.ci/run builds the examples against the
 * installed artifacts.)
 */
class ReadmeSetUpTest {
  private static final Path ROOT = Path.of(System.getProperty("tcpivot.root", ".."));
  private static final String VERSION = System.getProperty("tcpivot.version", "unknown");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PROJECT_VERSION =
      Pattern.compile("<artifactId>tcpivot-bom</artifactId>\\s*<version>([^<]+)</version>");

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }

  /** Whitespace between and inside lines counts as one space, so indentation may differ. */
  private static String words(String xml) {
    return xml.replaceAll("\\s+", " ").trim();
  }

  private static List<String> xmlBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher block = XML_BLOCK.matcher(markdown);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Test
  void everyXmlBlockOfTheReadmeIsInTheQuickstartPom() throws IOException {
    List<String> blocks = xmlBlocks(read("README.md"));
    String pom = words(read("examples/quickstart/pom.xml"));

    assertEquals(4, blocks.size(), "properties, dependencyManagement, dependencies, build");
    for (String block : blocks) {
      assertTrue(pom.contains(words(block)), "examples/quickstart/pom.xml lacks README.md's block\n" + block);
    }
    assertFalse(pom.contains("<parent>"), "the quickstart stands alone, as a user's project does");
  }

  @Test
  void theReadmeTheBomAndTheExamplesNameThisVersion() throws IOException {
    String property = "<tcpivot.version>" + VERSION + "</tcpivot.version>";
    assertTrue(read("README.md").contains(property), "README.md should say " + property);
    assertTrue(read("examples/quickstart/pom.xml").contains(property), "quickstart: " + property);
    assertTrue(read("examples/modular/pom.xml").contains(property), "modular: " + property);

    Matcher bom = PROJECT_VERSION.matcher(read("bom/pom.xml"));
    assertTrue(bom.find(), "bom/pom.xml names its version after its artifactId");
    assertEquals(VERSION, bom.group(1), "bom/pom.xml");
  }
}
