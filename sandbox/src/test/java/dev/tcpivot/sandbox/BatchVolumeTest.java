package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A full-size load: 25,000 Indicators (the most one job takes, v2_batch_api.rst L146), 1,000
 * Groups and 50,000 associations that name their ends by summary and XID (L120-125). A file holds
 * at most 2,000,000 bytes (L806-811), so the load is three jobs: the objects, then the
 * associations in two halves. Every unit must succeed; the time taken is printed, not asserted.
 */
@SandboxPerMethod
class BatchVolumeTest {
  private static final int INDICATORS = 25_000;
  private static final int GROUPS = 1_000;
  private static final int ASSOCIATIONS = 2 * INDICATORS;

  private final Sandbox sandbox;
  private final BatchClient batch;

  BatchVolumeTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.batch = new BatchClient(sandbox);
  }

  @Test
  void indicatorsGroupsAndAssociationsAtFullSizeAllSucceed() {
    long start = System.nanoTime();
    JsonNode objects = run(objects());
    assertEquals(INDICATORS + GROUPS, objects.path("successCount").asInt(), objects::toString);
    assertEquals(0, objects.path("errorCount").asInt(), objects::toString);
    int associated = 0;
    for (int half = 0; half < 2; half++) {
      JsonNode links = run(associations(half));
      assertEquals(0, links.path("errorCount").asInt(), links::toString);
      associated += links.path("successCount").asInt();
    }
    assertEquals(ASSOCIATIONS, associated);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "Batch volume: %d Indicators, %d Groups, %d associations in %d ms%n",
        INDICATORS, GROUPS, ASSOCIATIONS, millis);
    JsonNode group = batch.get("/v3/groups/g7?owner=" + BatchClient.enc(ORG) + "&fields=associatedIndicators");
    assertEquals(ASSOCIATIONS / GROUPS, group.path("associatedIndicators").path("data").size(),
        group::toString);
    assertEquals("Address", batch.get("/v3/indicators/" + address(INDICATORS - 1)).path("type").asText());
  }

  private JsonNode run(String file) {
    long start = System.nanoTime();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    Response uploaded = batch.upload(id, file);
    assertEquals(202, uploaded.status(), uploaded::toString);
    assertTrue(sandbox.batchJobs().awaitCompletion(id, Duration.ofMinutes(10)), "job " + id);
    System.out.printf("Batch volume: job %d in %d ms%n", id, (System.nanoTime() - start) / 1_000_000);
    return batch.status(id, "").data().path("batchStatus");
  }

  /** Address Indicators 10.x.y.z, one per number, and Adversaries with XIDs g0, g1, .... */
  private static String objects() {
    StringBuilder file = new StringBuilder("{\"indicator\":[");
    for (int i = 0; i < INDICATORS; i++) {
      file.append(i > 0 ? "," : "").append("{\"ip\":\"").append(address(i)).append("\",\"type\":\"Address\"}");
    }
    file.append("],\"group\":[");
    for (int g = 0; g < GROUPS; g++) {
      file.append(g > 0 ? "," : "")
          .append("{\"name\":\"G").append(g).append("\",\"type\":\"Adversary\",\"xid\":\"g")
          .append(g).append("\"}");
    }
    return file.append("]}").toString();
  }

  /** Each Indicator to two Groups: half 0 the first, half 1 the second. */
  private static String associations(int half) {
    StringBuilder file = new StringBuilder("{\"association\":[");
    for (int i = 0; i < INDICATORS; i++) {
      int group = (2 * i + half) % GROUPS;
      file.append(i > 0 ? "," : "")
          .append("{\"ref_1\":\"").append(address(i)).append("\",\"type_1\":\"Address\",\"ref_2\":\"g")
          .append(group).append("\"}");
    }
    return file.append("]}").toString();
  }

  private static String address(int i) {
    return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
  }
}
