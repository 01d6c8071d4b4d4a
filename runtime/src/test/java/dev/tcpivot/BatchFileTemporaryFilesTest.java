package dev.tcpivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A batch file keeps its objects in temporary files, which closing it deletes. */
class BatchFileTemporaryFilesTest {
  @Test
  void objectsGoToDiskAndCloseDeletesThem() throws Exception {
    BatchFile file = BatchFile.create();
    Path directory = file.directory();
    file.add(BatchIndicators.host("badguyz.com")).add(BatchGroups.adversary("xid-1", "Bad Guy"));
    file.writeTo(new ByteArrayOutputStream());
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(3, files.count(), "one temporary file per array");
    }
    file.close();
    assertFalse(Files.exists(directory));
    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> file.add(BatchIndicators.host("other.com")));
    assertEquals("this batch file is closed", closed.getMessage());
    file.close(); // a second close does nothing
    assertTrue(!Files.exists(directory));
  }
}
