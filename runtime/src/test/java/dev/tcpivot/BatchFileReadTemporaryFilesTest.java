package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading keeps the associations it defers beside the batch file's own temporary files: a refusal
 * closes the partly read file, which deletes them all; a file read whole keeps only its own.
 */
class BatchFileReadTemporaryFilesTest {
  @TempDir Path directory;

  @Test
  void aRefusalDeletesEveryTemporaryFile() throws Exception {
    Path input = directory.resolve("input.json");
    // the second Group's association is deferred before the third Indicator is refused
    Files.writeString(input, "{\"group\":[{\"name\":\"n\",\"type\":\"Adversary\",\"xid\":\"x\","
        + "\"associatedIndicators\":[{\"indicatorType\":\"Host\",\"summary\":\"a.com\"}]}],"
        + "\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\",\"rating\":9}]}");
    BatchFile into = BatchFile.create();
    Path temporary = into.directory();
    BatchFileException e = assertThrows(BatchFileException.class, () -> BatchFileReader.read(input, into));
    assertEquals("$.indicator[0].rating", e.location());
    assertFalse(Files.exists(temporary));
    IllegalStateException closed = assertThrows(IllegalStateException.class, into::parts);
    assertEquals("this batch file is closed", closed.getMessage());
  }

  @Test
  void aFileReadWholeKeepsOnlyItsOwnTemporaryFiles() throws Exception {
    Path input = directory.resolve("input.json");
    Files.writeString(input, "{\"indicator\":[{\"summary\":\"a.com\",\"type\":\"Host\","
        + "\"associatedGroups\":[{\"groupXid\":\"x\"}]}]}");
    try (BatchFile file = BatchFileReader.read(input, BatchFile.create())) {
      assertEquals(1, file.associationCount());
      try (Stream<Path> files = Files.list(file.directory())) {
        assertEquals(3, files.count(), "one temporary file per array");
      }
      assertTrue(Files.exists(file.directory()));
    }
  }
}
