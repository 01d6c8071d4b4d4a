package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent requests lose nothing: every PUT that appends to the same Group keeps its links. */
@ExtendWith(SandboxExtension.class)
class ConcurrencyTest {
  private static final int THREADS = 12;
  private static final int ROUNDS = 5;

  private final TestClient client;

  ConcurrencyTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  @Test
  void concurrentAppendsToOneGroupAreAllKept() throws Exception {
    long target = client.post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Hub\"}").id();
    List<Long> groups = new ArrayList<>();
    for (int i = 0; i < THREADS * ROUNDS; i++) {
      groups.add(
          client
              .post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Spoke " + i + "\"}")
              .id());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<Integer>> task =
            () -> {
              go.await();
              List<Integer> statuses = new ArrayList<>();
              for (int round = 0; round < ROUNDS; round++) {
                long group = groups.get(thread * ROUNDS + round);
                String host = "t" + thread + "-r" + round + ".example";
                statuses.add(
                    client
                        .put(
                            "/v3/groups/" + target,
                            "{\"associatedIndicators\": {\"data\": [{\"type\": \"Host\","
                                + " \"hostName\": \""
                                + host
                                + "\"}]},"
                                + " \"associatedGroups\": {\"data\": [{\"id\": "
                                + group
                                + "}]}}")
                        .status());
              }
              return statuses;
            };
        results.add(pool.submit(task));
      }
      go.countDown();
      for (Future<List<Integer>> result : results) {
        assertEquals(List.of(200, 200, 200, 200, 200), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Response read =
        client.get("/v3/groups/" + target + "?fields=associatedIndicators&fields=associatedGroups");
    Set<String> hosts = new HashSet<>();
    read.data()
        .path("associatedIndicators")
        .path("data")
        .forEach(i -> hosts.add(i.path("summary").asText()));
    Set<String> expectedHosts = new HashSet<>();
    for (int t = 0; t < THREADS; t++) {
      for (int r = 0; r < ROUNDS; r++) {
        expectedHosts.add("t" + t + "-r" + r + ".example");
      }
    }
    assertEquals(expectedHosts, hosts);
    assertEquals(Set.copyOf(groups), Fixtures.ids(read.data().path("associatedGroups")));
  }

  /**
   * Many clients POSTing the same Indicator at once still make one Indicator (indicators/create.rst
   * L19).
   */
  @Test
  void concurrentCreatesOfOneIndicatorMakeOne() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    Set<Long> ids = new HashSet<>();
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return client
                      .post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"203.0.113.7\"}")
                      .id();
                }));
      }
      go.countDown();
      for (Future<Long> result : results) {
        ids.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, ids.size());
    assertEquals(
        1, client.get("/v3/indicators?tql=summary%20EQ%20%22203.0.113.7%22").data().size());
  }
}
