package dev.tcpivot.batch;

import static dev.tcpivot.testing.JsonTrees.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchIndicator;
import dev.tcpivot.BatchRef;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.IndicatorAssociation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A job takes at most 25,000 Indicators (v2_batch_api.rst L145-146, batch.table), so a larger file
 * is written as parts of at most that many, in the order they were added, run one after the
 * other. Groups all go in the first part; an association goes in the part of its later end, so
 * each of its ends is in that part or in an earlier one (then it exists in the owner, L121, L124).
 */
class BatchFileSplittingTest {
  private static final int MAX = SpecLoader.builtIn().batch().maxIndicatorsPerJob();

  @Test
  void sixtyThousandIndicatorsMakeThreeParts() {
    assertEquals(25_000, MAX);
    try (BatchFile file = BatchFile.create()) {
      BatchGroup campaign = BatchGroups.campaign("xid-campaign", "Very Bad Campaign");
      BatchGroup adversary = BatchGroups.adversary("xid-adversary", "Very Bad Guyz");
      file.add(campaign);
      for (int i = 0; i < 60_000; i++) {
        file.add(host(i));
      }
      file.add(adversary);
      file.associate(host(10), campaign) // part 0
          .associate(campaign, host(30_000)) // part 1: the Host's
          .associate(IndicatorAssociation.URL_HOST, host(59_999), BatchRef.indicatorId(BatchIndicators.URL, 7)) // part 2
          .associate(campaign, adversary) // part 0
          .associate(host(49_999), BatchRef.groupId(12)) // part 1
          .associate(host(50_000), BatchRef.groupXid("xid-existing")); // part 2
      assertEquals(60_000, file.indicatorCount());
      assertEquals(2, file.groupCount());
      assertEquals(6, file.associationCount());
      List<BatchFile.Part> parts = file.parts();
      assertEquals(3, parts.size());

      List<JsonNode> written = new ArrayList<>();
      long bytes = 0;
      for (BatchFile.Part part : parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        written.add(parse(out.toString(StandardCharsets.UTF_8)));
        assertEquals(out.size(), part.byteCount(), part::toString);
        bytes += out.size();
      }
      assertEquals(List.of(25_000, 25_000, 10_000), sizes(written, "indicator"));
      assertEquals(List.of(25_000, 25_000, 10_000), parts.stream().map(BatchFile.Part::indicatorCount).toList());
      assertEquals(List.of(2, 0, 0), sizes(written, "group"));
      assertEquals(List.of(2, 0, 0), parts.stream().map(BatchFile.Part::groupCount).toList());
      assertEquals(List.of(2, 2, 2), sizes(written, "association"));
      assertEquals(List.of(2, 2, 2), parts.stream().map(BatchFile.Part::associationCount).toList());
      // the Indicators in the order they were added
      assertEquals("host0.example.com", written.get(0).get("indicator").get(0).get("summary").asText());
      assertEquals("host25000.example.com", written.get(1).get("indicator").get(0).get("summary").asText());
      assertEquals("host59999.example.com", written.get(2).get("indicator").get(9_999).get("summary").asText());
      assertEndsArePresentOrEarlier(written);

      IllegalStateException whole = assertThrows(IllegalStateException.class, () -> file.writeTo(new ByteArrayOutputStream()));
      assertEquals("this file holds 60000 Indicators and " + bytes + " bytes, more than one batch job takes (25000, 2000000 bytes); write its 3 parts()",
          whole.getMessage());
    }
  }

  @Test
  void exactly25000IndicatorsFitOneJob() {
    try (BatchFile file = BatchFile.create()) {
      for (int i = 0; i < MAX; i++) {
        file.add(host(i));
      }
      assertEquals(1, file.parts().size());
      file.add(host(MAX));
      assertEquals(2, file.parts().size());
      assertEquals(1, file.parts().get(1).indicatorCount());
    }
  }

  @Test
  void anEmptyFileIsOneEmptyPart() {
    try (BatchFile file = BatchFile.create()) {
      assertEquals(1, file.parts().size());
      assertEquals("{}", BatchFileDocsExamplesTest.text(file));
    }
  }

  private static BatchIndicator<BatchIndicators.Host> host(int i) {
    return BatchIndicators.host("host" + i + ".example.com");
  }

  private static List<Integer> sizes(List<JsonNode> parts, String array) {
    return parts.stream().map(p -> p.has(array) ? p.get(array).size() : 0).toList();
  }

  /** Every ref_n names an object of its own part or of an earlier one, or exists by XID or ID. */
  private static void assertEndsArePresentOrEarlier(List<JsonNode> parts) {
    Set<String> known = new HashSet<>();
    for (JsonNode part : parts) {
      part.path("indicator").forEach(i -> known.add(i.get("type").asText() + " " + i.get("summary").asText()));
      part.path("group").forEach(g -> known.add("Group " + g.get("xid").asText()));
      for (JsonNode association : part.path("association")) {
        for (int n = 1; n <= 2; n++) {
          JsonNode ref = association.get("ref_" + n);
          if (ref == null) {
            assertTrue(association.has("id_" + n), association.toString());
            continue;
          }
          JsonNode type = association.get("type_" + n);
          String key = (type == null ? "Group" : type.asText()) + " " + ref.asText();
          assertTrue(known.contains(key) || key.equals("Group xid-existing"), key + " in " + association);
        }
      }
    }
    assertFalse(known.isEmpty());
  }
}
