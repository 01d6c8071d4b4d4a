package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.HashCollisionMode;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The job options (v2_batch_api.rst L42-69) and the upload limit (L803-811, batch.table). */
class BatchOptionsAndBytesTest {
  /** L43, L44, L47, L50: the four required options, each named when missing. */
  @Test
  void aMissingRequiredOptionIsNamed() {
    assertEquals("owner is required (v2_batch_api.rst L43)",
        assertThrows(IllegalStateException.class, () -> BatchOptions.builder().build()).getMessage());
    assertEquals("haltOnError is required (v2_batch_api.rst L44)", assertThrows(IllegalStateException.class,
        () -> BatchOptions.builder().owner("Demo Organization").build()).getMessage());
    assertEquals("action is required (v2_batch_api.rst L47)", assertThrows(IllegalStateException.class,
        () -> BatchOptions.builder().owner("o").haltOnError(true).build()).getMessage());
    assertEquals("attributeWriteType is required (v2_batch_api.rst L50)", assertThrows(IllegalStateException.class,
        () -> BatchOptions.builder().owner("o").haltOnError(true).action(BatchAction.DELETE).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().owner(" "));
    assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().action(null));
  }

  /** The enums carry the wire words of L47-69. */
  @Test
  void theOptionEnumsCarryTheWireWords() throws Exception {
    assertEquals("FavorIncoming", HashCollisionMode.FAVOR_INCOMING.wireValue());
    assertEquals(AttributeWriteType.SINGLETON, AttributeWriteType.fromWire("Singleton"));
    BatchOptions options = BatchOptions.builder().owner("Demo Organization").haltOnError(false)
        .action(BatchAction.DELETE).attributeWriteType(AttributeWriteType.STATIC).build();
    assertEquals(new ObjectMapper().readTree("{\"version\":\"V2\",\"owner\":\"Demo Organization\","
        + "\"haltOnError\":false,\"action\":\"Delete\",\"attributeWriteType\":\"Static\"}"),
        new ObjectMapper().readTree(options.toString()));
  }

  /** No part exceeds the byte limit; each part's byteCount is what it writes. */
  @Test
  void partsSplitByBytes() throws Exception {
    try (BatchFile file = BatchFile.withLimits(25_000, 1_000)) {
      var incident = BatchGroups.incident("xid-1", "Incident");
      file.add(incident);
      for (int i = 0; i < 100; i++) {
        var host = BatchIndicators.host("host" + i + ".example.com");
        file.add(host).associate(host, incident);
      }
      int indicators = 0;
      int associations = 0;
      assertTrue(file.parts().size() > 1);
      for (BatchFile.Part part : file.parts()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        assertTrue(out.size() <= 1_000, part + " wrote " + out.size());
        assertEquals(out.size(), part.byteCount());
        var json = new ObjectMapper().readTree(out.toByteArray());
        indicators += json.path("indicator").size();
        associations += json.path("association").size();
      }
      assertEquals(100, indicators);
      assertEquals(100, associations);
    }
  }

  /** A single object larger than one upload is refused when added, and the file stays usable. */
  @Test
  void anObjectLargerThanAnUploadIsRefused() {
    try (BatchFile file = BatchFile.withLimits(25_000, 200)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> file.add(BatchIndicators.host("h".repeat(300) + ".example.com")));
      assertTrue(e.getMessage().contains("more than one upload of at most 200 bytes"), e.getMessage());
      assertEquals(0, file.indicatorCount());
    }
    assertThrows(IllegalArgumentException.class, () -> BatchFile.withLimits(25_001, 1_000));
    assertThrows(IllegalArgumentException.class, () -> BatchFile.withLimits(1, 2_000_001));
  }
}
