package dev.tcpivot.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The same clients give the same bytes: two compilations generate identical files. */
class GeneratedClientsAreDeterministicTest {

  @Test
  void twoCompilationsGenerateIdenticalFiles() {
    SortedMap<String, byte[]> first = GoldenClients.generated(GoldenClients.compile().compilation());
    SortedMap<String, byte[]> second = GoldenClients.generated(GoldenClients.compile().compilation());
    assertEquals(first.keySet(), second.keySet());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertArrayEquals(file.getValue(), second.get(file.getKey()), file.getKey());
    }
  }
}
