package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ListOptions;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous endpoints ({@code tc.async()}) over real HTTP: many creates at once, counts,
 * lists read through the publisher a few objects at a time across pages (v3/enable_pagination.rst),
 * an update with an association (associations.rst) and a delete, each checked against what the
 * sandbox then holds.
 */
@SandboxPerMethod
class AsyncEndToEndTest {
  private static final int INDICATORS = 200;

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(60, TimeUnit.SECONDS);
  }

  /** Creates the Hosts all at once and waits for every one of them. */
  private static List<Indicator> createAtOnce(ThreatConnect tc, List<String> hostNames) throws Exception {
    List<CompletableFuture<Indicator>> creates = new ArrayList<>();
    for (String hostName : hostNames) {
      creates.add(tc.async().indicators().create(IndicatorCreate.host(hostName).build()));
    }
    await(CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)));
    return creates.stream().map(CompletableFuture::join).toList();
  }

  private static List<String> hostNames(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(Unique.host());
    }
    return names;
  }

  private static Set<Long> ids(List<Indicator> indicators) {
    Set<Long> ids = new HashSet<>();
    indicators.forEach(i -> ids.add(i.id()));
    return ids;
  }

  @Test
  void twoHundredCreatesAtOnceAreAllKeptAndCountedAlike(ThreatConnect tc, Sandbox sandbox) throws Exception {
    List<String> names = hostNames(INDICATORS);

    List<Indicator> created = createAtOnce(tc, names);

    assertEquals(names, created.stream().map(Indicator::summary).toList());
    assertEquals(INDICATORS, ids(created).size(), "each create got an id of its own");
    assertEquals(INDICATORS, sandbox.journal().requests("POST", "/v3/indicators").size());
    long blocking = tc.indicators().count();
    long async = await(tc.async().indicators().count());
    assertEquals(INDICATORS, blocking);
    assertEquals(blocking, async);
  }

  @Test
  void aSubscriberAskingForAFewAtATimeGetsEachIndicatorOnceAcrossPages(ThreatConnect tc, Sandbox sandbox)
      throws Exception {
    Set<Long> created = ids(createAtOnce(tc, hostNames(INDICATORS)));
    sandbox.journal().clear();
    BatchSubscriber subscriber = new BatchSubscriber(7);

    tc.async().indicators().list(ListOptions.builder().pageSize(30).build()).subscribe(subscriber);

    subscriber.awaitEnd();
    assertNull(subscriber.failure.get());
    assertEquals(INDICATORS, subscriber.received.size(), "no Indicator twice, none missing");
    assertEquals(created, new HashSet<>(subscriber.received));
    // 200 in pages of 30: six full pages and one of 20.
    assertEquals(7, sandbox.journal().requests("GET", "/v3/indicators").size());
  }

  @Test
  void toListReadsEveryPage(ThreatConnect tc) throws Exception {
    Set<Long> created = ids(createAtOnce(tc, hostNames(INDICATORS)));

    List<Indicator> listed = await(tc.async().indicators().list(ListOptions.builder().pageSize(45).build()).toList());

    assertEquals(INDICATORS, listed.size());
    assertEquals(created, ids(listed));
  }

  @Test
  void anAsyncUpdateWithAnAssociationIsReadBack(ThreatConnect tc) throws Exception {
    Group campaign = await(tc.async().groups().create(GroupCreate.campaign(Unique.name("Spring")).build()));
    String host = Unique.host();
    await(tc.async().indicators().create(IndicatorCreate.host(host).build()));

    await(tc.async().indicators().update(host,
        IndicatorUpdate.builder().associatedGroups(GroupRef.id(campaign.id())).build()));
    Indicator async = await(tc.async().indicators().get(host, IndicatorField.ASSOCIATED_GROUPS));
    Indicator blocking = tc.indicators().get(host, IndicatorField.ASSOCIATED_GROUPS);

    assertEquals(List.of(campaign.id()), async.associatedGroups().stream().map(Group::id).toList());
    assertEquals(List.of(campaign.id()), blocking.associatedGroups().stream().map(Group::id).toList());
  }

  /** v3/http_status_codes.rst: an object that does not exist is a 404. */
  @Test
  void anAsyncDeleteLeavesNothingToGet(ThreatConnect tc) throws Exception {
    Indicator host = await(tc.async().indicators().create(IndicatorCreate.host(Unique.host()).build()));

    assertNull(await(tc.async().indicators().delete(host.id())));

    ExecutionException failed = assertThrows(ExecutionException.class, () -> await(tc.async().indicators().get(host.id())));
    NotFoundException notFound = assertInstanceOf(NotFoundException.class, failed.getCause());
    assertEquals(404, notFound.status());
    assertThrows(NotFoundException.class, () -> tc.indicators().get(host.id()));
    assertEquals(0L, await(tc.async().indicators().count()));
  }

  /** Asks for a batch at a time, the next batch once the last one has arrived. */
  private static final class BatchSubscriber implements Flow.Subscriber<Indicator> {
    final List<Long> received = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final int batch;
    private Flow.Subscription subscription;
    private int leftInBatch;

    BatchSubscriber(int batch) {
      this.batch = batch;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      leftInBatch = batch;
      subscription.request(batch);
    }

    @Override
    public void onNext(Indicator item) {
      received.add(item.id());
      if (--leftInBatch == 0) {
        leftInBatch = batch;
        subscription.request(batch);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      failure.set(throwable);
      ended.countDown();
    }

    @Override
    public void onComplete() {
      ended.countDown();
    }

    void awaitEnd() throws InterruptedException {
      if (!ended.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the list never ended; received " + received.size());
      }
    }
  }
}
