package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Associations;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewIndicator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One {@link ThreatConnect} client shared by many threads, each appending its own Indicators (new
 * Hosts, and existing Addresses named by type and summary) to the same Group at the same time.
 * Append keeps what is there (v3/update_metadata.rst L12, L21-22), so no link may be lost.
 */
@ExtendWith(SandboxExtension.class)
class ConcurrentAppendsTest {
  private static final int THREADS = 12;
  private static final int ROUNDS = 8;

  /** What one thread linked: the Host names it created and the Addresses it named by summary. */
  private record Appended(List<String> newHosts, List<Indicator> existingAddresses) {}

  @Test
  void everyAppendOfEveryThreadIsKept(ThreatConnect tc) throws InterruptedException {
    Group group = new Existing(tc).aGroup();
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Appended>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean withBlock = t % 2 == 0;
      workers.add(() -> appendInRounds(tc, group.id(), withBlock, start));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Appended> appended = new ArrayList<>();
    try {
      List<Future<Appended>> futures = new ArrayList<>();
      for (Callable<Appended> worker : workers) {
        futures.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<Appended> future : futures) {
        appended.add(result(future));
      }
    } finally {
      pool.shutdownNow();
    }

    List<Indicator> linked =
        tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators();
    Set<String> expectedHosts =
        appended.stream().flatMap(a -> a.newHosts().stream()).collect(Collectors.toSet());
    Set<Long> expectedAddresses =
        appended.stream()
            .flatMap(a -> a.existingAddresses().stream())
            .map(Indicator::id)
            .collect(Collectors.toSet());
    assertEquals(THREADS * ROUNDS * 2, linked.size());
    assertEquals(
        linked.size(),
        new HashSet<>(ReadBack.ids(linked, Indicator::id)).size(),
        "each Indicator once");
    assertEquals(
        expectedHosts,
        linked.stream()
            .filter(i -> "Host".equals(i.type()))
            .map(Indicator::hostName)
            .collect(Collectors.toSet()));
    assertEquals(
        expectedAddresses,
        linked.stream()
            .filter(i -> "Address".equals(i.type()))
            .map(Indicator::id)
            .collect(Collectors.toSet()));
  }

  private static Appended appendInRounds(
      ThreatConnect tc, long groupId, boolean withBlock, CountDownLatch start)
      throws InterruptedException {
    Existing existing = new Existing(tc);
    List<String> hosts = new ArrayList<>();
    List<Indicator> addresses = new ArrayList<>();
    start.await();
    for (int round = 0; round < ROUNDS; round++) {
      String host = Unique.host();
      Indicator address = existing.anAddress();
      NewIndicator newHost = NewIndicator.host(host);
      IndicatorRef bySummary = IndicatorRef.address(address.ip());
      GroupUpdate update =
          withBlock
              ? GroupUpdate.builder()
                  .associatedIndicators(Associations.append(newHost, bySummary))
                  .build()
              : GroupUpdate.builder().associatedIndicators(newHost, bySummary).build();
      tc.groups().update(groupId, update);
      hosts.add(host);
      addresses.add(address);
    }
    return new Appended(hosts, addresses);
  }

  private static Appended result(Future<Appended> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
    }
  }
}
