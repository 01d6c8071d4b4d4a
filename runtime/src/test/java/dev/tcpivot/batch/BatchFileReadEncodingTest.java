package dev.tcpivot.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch input file is UTF-8 JSON (v2_batch_api.rst, "Upload an Input File"): a byte order mark
 * that an editor put first is no part of the JSON, and a refusal's column counts characters, as
 * an editor shows them, not bytes.
 */
class BatchFileReadEncodingTest {
  @TempDir Path directory;

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path input = directory.resolve("bom.json");
    Files.write(input, ("\uFEFF{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\"}]}")
        .getBytes(StandardCharsets.UTF_8));
    try (BatchFile file = BatchFile.read(input)) {
      assertEquals(1, file.indicatorCount());
    }
  }

  @Test
  void columnsCountCharacters() throws IOException {
    Path input = directory.resolve("accents.json");
    // "é" and "ü" take two bytes each in UTF-8; the rating's 9 is the 81th character
    Files.write(input, "{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"description\":\"éü café\",\"rating\":9}]}"
        .getBytes(StandardCharsets.UTF_8));
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFile.read(input));
    assertEquals(1, e.line());
    assertEquals(81, e.column());
    assertEquals("$.indicator[0].rating", e.location());
  }
}
