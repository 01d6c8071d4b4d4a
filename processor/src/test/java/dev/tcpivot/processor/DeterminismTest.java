package dev.tcpivot.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The same tables give the same bytes: two runs of the processor generate identical files. */
class DeterminismTest {

  @Test
  void twoRunsGenerateIdenticalFiles() {
    SortedMap<String, byte[]> first = SdkProcessorRun.builtInSdk();
    SortedMap<String, byte[]> second = SdkProcessorRun.generatedSources(SdkProcessorRun.run());
    assertEquals(first.keySet(), second.keySet());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertArrayEquals(file.getValue(), second.get(file.getKey()), file.getKey());
    }
  }
}
