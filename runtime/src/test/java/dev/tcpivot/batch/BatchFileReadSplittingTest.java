package dev.tcpivot.batch;

import static dev.tcpivot.testing.JsonTrees.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchObject;
import dev.tcpivot.spec.SpecLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is read splits as one built with the typed API: at most the Indicators of one job
 * per part (batch.table), each association in the part of its later end, also when a nested ref
 * names an Indicator further down the file.
 */
class BatchFileReadSplittingTest {
  @TempDir Path directory;

  @Test
  void sixtyThousandIndicatorsReadIntoThreeParts() throws IOException {
    int perJob = SpecLoader.builtIn().batch().maxIndicatorsPerJob();
    int total = 60_000;
    Path input = directory.resolve("hosts.json");
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      out.write("{\"indicator\":[\n");
      for (int i = 0; i < total; i++) {
        out.write((i > 0 ? ",\n" : "") + "{\"summary\":\"host-" + i + ".example.com\",\"type\":\"Host\",\"rating\":3}");
      }
      out.write("]}\n");
    }
    try (BatchFile file = BatchFile.read(input)) {
      List<BatchFile.Part> parts = file.parts();
      assertEquals(3, parts.size());
      assertEquals(List.of(perJob, perJob, total - 2 * perJob),
          parts.stream().map(BatchFile.Part::indicatorCount).toList());
      assertEquals("Host host-" + perJob + ".example.com",
          parts.get(1).describe(BatchObject.Kind.INDICATOR, 0).orElseThrow().type() + " "
              + parts.get(1).describe(BatchObject.Kind.INDICATOR, 0).orElseThrow().name());
    }
  }

  /**
   * A Group's associatedIndicators names the second of two Indicators that come after it; with
   * one Indicator a part, the association goes in the second part, with its Indicator.
   */
  @Test
  void aForwardNestedRefGoesInThePartOfItsIndicator() throws IOException {
    Path input = directory.resolve("forward.json");
    Files.writeString(input, "{\"group\":[{\"name\":\"Bad Guy\",\"type\":\"Adversary\",\"xid\":\"x-1\","
        + "\"associatedIndicators\":[{\"indicatorType\":\"Host\",\"summary\":\"b.com\"}]}],"
        + "\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\"},{\"summary\":\"b.com\",\"type\":\"Host\"}]}");
    try (BatchFile file = BatchFile.read(input, 1, SpecLoader.builtIn().batch().maxUploadBytes())) {
      List<BatchFile.Part> parts = file.parts();
      assertEquals(2, parts.size());
      assertEquals(List.of(0, 1), parts.stream().map(BatchFile.Part::associationCount).toList());
      assertEquals("x-1 to Host b.com",
          parts.get(1).describe(BatchObject.Kind.ASSOCIATION, 0).orElseThrow().name());
      assertEquals(parse("{\"indicator\":[{\"summary\":\"b.com\",\"type\":\"Host\"}],"
              + "\"association\":[{\"ref_1\":\"x-1\",\"ref_2\":\"b.com\",\"type_2\":\"Host\"}]}"),
          written(parts.get(1)));
    }
  }

  private static JsonNode written(BatchFile.Part part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part.writeTo(out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }
}
