package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A job's statuses as a polling client sees them (v2_batch_api.rst L813-852: Created, Queued,
 * Running, Completed), made deterministic with {@link BatchJobs}; and jobs that run at once.
 */
@SandboxPerMethod
class BatchLifecycleTest {
  private static final String THREE_HOSTS =
      "{\"indicator\": [{\"summary\": \"1.example.com\", \"type\": \"Host\"},"
          + " {\"summary\": \"2.example.com\", \"type\": \"Host\"},"
          + " {\"summary\": \"3.example.com\", \"type\": \"Host\"}]}";

  private final Sandbox sandbox;
  private final BatchClient batch;

  BatchLifecycleTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.batch = new BatchClient(sandbox);
  }

  private String status(long id) {
    return batch.status(id, "").body().path("status").asText();
  }

  /**
   * L815-836: Created, then Queued after the upload, Running (answered as {status: "Running"}
   * with the counts so far) and Completed (L838-852), step by step.
   */
  @Test
  void aJobGoesFromCreatedToCompletedUnitByUnit() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    assertEquals("Created", status(id));
    batch.upload(id, THREE_HOSTS);
    assertEquals("Queued", status(id));
    assertEquals(Optional.of("Queued"), sandbox.batchJobs().status(id));
    sandbox.batchJobs().step(1);
    Response running = batch.status(id, "");
    assertEquals("Running", running.body().path("status").asText(), running::toString);
    assertEquals(1, running.data().path("batchStatus").path("successCount").asInt());
    assertEquals(200, batch.v3().get("/v3/indicators/1.example.com").status());
    assertEquals(404, batch.v3().get("/v3/indicators/2.example.com").status());
    sandbox.batchJobs().step(1);
    assertEquals("Running", status(id));
    sandbox.batchJobs().step(1);
    // step returns once the job's worker is done with its last unit: the job is Completed.
    assertEquals(Optional.of("Completed"), sandbox.batchJobs().status(id));
    assertEquals("Completed", batch.status(id, "").data().path("batchStatus").path("status").asText());
    assertEquals("Success", status(id));
  }

  /**
   * The step that runs a job's last unit returns with the job Completed, every time: a test can
   * read the status right after it. Many one-unit jobs, so that a worker still finishing would
   * show.
   */
  @Test
  void theLastStepReturnsWithTheJobCompleted() {
    sandbox.batchJobs().pause();
    for (int i = 0; i < 100; i++) {
      long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
      batch.upload(id, "{\"indicator\": [{\"summary\": \"h" + i + ".example.com\", \"type\": \"Host\"}]}");
      sandbox.batchJobs().step(1);
      assertEquals(Optional.of("Completed"), sandbox.batchJobs().status(id), "job " + id);
    }
  }

  /** The job runs on a thread of the sandbox: the upload answers before the job has run. */
  @Test
  void theUploadDoesNotWaitForTheJob() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    Response uploaded = batch.upload(id, THREE_HOSTS);
    assertEquals(202, uploaded.status());
    assertEquals(0, batch.v3().get("/v3/indicators").body().path("data").size());
    sandbox.batchJobs().resume();
    assertTrue(sandbox.batchJobs().awaitIdle(Duration.ofSeconds(30)));
    assertEquals(3, batch.v3().get("/v3/indicators").body().path("data").size());
  }

  /** A paused job never completes: awaitIdle says so instead of hanging. */
  @Test
  void awaitIdleReportsAJobHeldBack() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, THREE_HOSTS);
    assertEquals(false, sandbox.batchJobs().awaitIdle(Duration.ZERO));
    assertEquals(false, sandbox.batchJobs().awaitCompletion(id, Duration.ZERO));
    sandbox.batchJobs().resume();
    assertTrue(sandbox.batchJobs().awaitCompletion(id, Duration.ofSeconds(30)));
  }

  @Test
  void theHooksRefuseBadArguments() {
    assertThrows(IllegalStateException.class, () -> sandbox.batchJobs().step(1));
    sandbox.batchJobs().pause();
    assertThrows(IllegalArgumentException.class, () -> sandbox.batchJobs().step(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> sandbox.batchJobs().awaitCompletion(77, Duration.ZERO));
    assertEquals(Optional.empty(), sandbox.batchJobs().status(77));
  }

  /** reset() drops the jobs; ids start from 1 again. */
  @Test
  void resetDropsTheJobs() {
    sandbox.batchJobs().pause();
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, THREE_HOSTS);
    sandbox.reset();
    assertEquals(404, batch.status(id, "").status());
    assertTrue(sandbox.batchJobs().awaitIdle(Duration.ofSeconds(30)));
    assertEquals(0, batch.v3().get("/v3/indicators").body().path("data").size());
    assertEquals(1, batch.job(BatchClient.options(ORG, false, "Create", "Append")));
  }

  /**
   * Two jobs at once, interleaved unit by unit, each appending its own Tags to the same Indicators
   * while v3 requests add more: no update is lost.
   */
  @Test
  void twoJobsAtOnceLoseNoUpdate() throws Exception {
    int count = 30;
    sandbox.batchJobs().pause();
    long first = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    long second = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(first, tagged(count, "First"));
    batch.upload(second, tagged(count, "Second"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<Void> resume =
          () -> {
            start.await();
            sandbox.batchJobs().resume();
            return null;
          };
      // The v3 PUTs that found their Indicator (created by a job meanwhile) add Tag Third.
      Callable<Set<Integer>> puts =
          () -> {
            start.await();
            Set<Integer> tagged = new HashSet<>();
            for (int i = 0; i < count; i++) {
              Response put =
                  batch.v3().put(
                      "/v3/indicators/" + i + ".c.example.com",
                      "{\"tags\": {\"data\": [{\"name\": \"Third\"}], \"mode\": \"append\"}}");
              if (put.status() == 200) {
                tagged.add(i);
              }
            }
            return tagged;
          };
      Future<Void> resumed = pool.submit(resume);
      Future<Set<Integer>> putDone = pool.submit(puts);
      start.countDown();
      resumed.get();
      Set<Integer> third = putDone.get();
      assertTrue(sandbox.batchJobs().awaitIdle(Duration.ofSeconds(60)));
      for (int i = 0; i < count; i++) {
        JsonNode host = batch.get("/v3/indicators/" + i + ".c.example.com?fields=tags");
        Set<String> tags = new HashSet<>();
        host.path("tags").path("data").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> expected = new HashSet<>(List.of("First", "Second"));
        if (third.contains(i)) {
          expected.add("Third");
        }
        assertEquals(expected, tags, host::toString);
      }
      assertEquals(count, batch.v3().get("/v3/indicators").body().path("data").size());
      assertEquals(count, batch.awaitCompleted(first).path("successCount").asInt());
      assertEquals(count, batch.awaitCompleted(second).path("successCount").asInt());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String tagged(int count, String tag) {
    StringBuilder file = new StringBuilder("{\"indicator\": [");
    for (int i = 0; i < count; i++) {
      file.append(i == 0 ? "" : ",")
          .append("{\"summary\": \"")
          .append(i)
          .append(".c.example.com\", \"type\": \"Host\", \"tag\": [{\"name\": \"")
          .append(tag)
          .append("\"}]}");
    }
    return file.append("]}").toString();
  }
}
