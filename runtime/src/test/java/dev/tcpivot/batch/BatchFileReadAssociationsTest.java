package dev.tcpivot.batch;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchObject;
import dev.tcpivot.BatchRef;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.IndicatorAssociation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The associations of a file read as the typed API writes them: an Indicator's nested
 * associatedIndicators with the one default type of indicator-associations.table that joins
 * the pair, in its direction; refs outside the file as existing objects of the job's owner
 * (v2_batch_api.rst L121, L124); a Group's optional type_n (L123); the arrays in any order.
 */
class BatchFileReadAssociationsTest {
  @TempDir Path directory;

  /** indicator-associations.table: URL Host joins a Host (non-primary, ref_1) and a URL (primary, ref_2). */
  @Test
  void anIndicatorsNestedIndicatorTakesTheDefaultTypeThatJoinsThem() throws IOException {
    assertRead("{\"indicator\":[{\"summary\":\"http://a.com/x\",\"type\":\"URL\",\"associatedIndicators\":"
            + "[{\"indicatorType\":\"Host\",\"summary\":\"a.com\"}]},{\"summary\":\"a.com\",\"type\":\"Host\"}]}",
        typed -> {
          var url = BatchIndicators.url("http://a.com/x");
          var host = BatchIndicators.host("a.com");
          typed.add(url).add(host).associate(IndicatorAssociation.URL_HOST, host, url);
        });
  }

  /** L121, L124: an end by summary or XID that the file does not hold exists in the owner. */
  @Test
  void refsOutsideTheFileNameExistingObjects() throws IOException {
    assertRead("{\"association\":[{\"ref_1\":\"x-9\",\"ref_2\":\"c.com\",\"type_2\":\"Host\"},"
            + "{\"ref_1\":\"c.com\",\"type_1\":\"Host\",\"ref_2\":\"http://c.com/\",\"type_2\":\"URL\","
            + "\"associationType\":\"URL Host\"}]}",
        typed -> typed
            .associate(BatchRef.groupXid("x-9"), BatchRef.indicatorSummary(BatchIndicators.HOST, "c.com"))
            .associate(IndicatorAssociation.URL_HOST,
                BatchRef.indicatorSummary(BatchIndicators.HOST, "c.com"),
                BatchRef.indicatorSummary(BatchIndicators.URL, "http://c.com/")));
  }

  /** L123: a Group's type_n is optional; the typed API leaves it out. */
  @Test
  void aGroupsTypeIsAcceptedAndLeftOut() throws IOException {
    assertRead("{\"group\":[{\"name\":\"Bad Guy\",\"type\":\"Adversary\",\"xid\":\"x-1\"}],"
            + "\"association\":[{\"ref_1\":\"x-1\",\"type_1\":\"Adversary\",\"id_2\":5,\"type_2\":\"Incident\"}]}",
        typed -> {
          var adversary = BatchGroups.adversary("x-1", "Bad Guy");
          typed.add(adversary).associate(adversary, BatchRef.groupId(5));
        });
  }

  /**
   * The association array first and the Groups last: every association still names objects of
   * the file, and a batch error's path ties back to them.
   */
  @Test
  void theArraysComeInAnyOrder() throws IOException {
    Path input = write("{\"association\":[{\"ref_1\":\"x-1\",\"ref_2\":\"a.com\",\"type_2\":\"Host\"}],"
        + "\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"associatedGroups\":[{\"groupXid\":\"x-1\"}]}],"
        + "\"group\":[{\"name\":\"Bad Guy\",\"type\":\"Adversary\",\"xid\":\"x-1\"}]}");
    try (BatchFile read = BatchFile.read(input); BatchFile typed = BatchFile.create()) {
      var host = BatchIndicators.host("a.com");
      var adversary = BatchGroups.adversary("x-1", "Bad Guy");
      typed.add(host).add(adversary).associate(adversary, host).associate(host, adversary);
      assertSameJson(written(typed), written(read));
      BatchObject second = read.parts().get(0).describe(BatchObject.Kind.ASSOCIATION, 1).orElseThrow();
      assertEquals("Host a.com to x-1", second.name());
    }
  }

  private void assertRead(String json, Consumer<BatchFile> build) throws IOException {
    try (BatchFile read = BatchFile.read(write(json)); BatchFile typed = BatchFile.create()) {
      build.accept(typed);
      assertEquals(typed.indicatorCount(), read.indicatorCount());
      assertEquals(typed.groupCount(), read.groupCount());
      assertEquals(typed.associationCount(), read.associationCount());
      assertSameJson(written(typed), written(read));
    }
  }

  private Path write(String json) throws IOException {
    Path file = directory.resolve("input.json");
    Files.writeString(file, json);
    return file;
  }

  private static JsonNode written(BatchFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    file.writeTo(out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }
}
