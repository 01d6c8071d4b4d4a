package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.CallOptions;
import dev.tcpivot.NoResponseException;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.RetryEvent;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ServerErrorException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.RecordedRequest;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Groups;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-call options over real HTTP, each checked on the request the sandbox received and on what it
 * then holds: an Activity log entry (v3/create_activity_logs.rst), an owner (v3/specify_owner.rst),
 * no retries, and a timeout for the whole call.
 */
@SandboxPerMethod
class CallOptionsEndToEndTest {
  private static final CallOptions ACTIVITY_LOG = CallOptions.builder().createActivityLog(true).build();
  private static final CallOptions ONCE = CallOptions.builder().noRetries().build();
  private static final CallOptions QUICK = CallOptions.builder().timeout(Duration.ofMillis(300)).build();
  /** Longer than {@link #QUICK}'s timeout. */
  private static final Duration HOLD = Duration.ofSeconds(2);

  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
  private ThreatConnect tc;

  @BeforeEach
  void client(Sandbox sandbox) {
    tc = ThreatConnect.builder()
        .baseUrl(sandbox.baseUrl())
        .hmac(sandbox.accessId(), sandbox.secretKey())
        .retries(RetryPolicy.builder()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(50))
            .build())
        .retryListener(retries::add)
        .build();
  }

  /** The docs: "When creating, retrieving, updating, and deleting data ... append ?createActivityLog=true". */
  @Test
  void anActivityLogIsAskedForOnCreateGetUpdateAndDeleteAndAccepted(Sandbox sandbox) throws Exception {
    Groups logged = tc.groups().with(ACTIVITY_LOG);

    Group created = logged.create(GroupCreate.adversary("Bad Guy").build());
    assertEquals("Bad Guy", logged.get(created.id()).name());
    assertEquals("Renamed", logged.update(created.id(), GroupUpdate.builder().name("Renamed").build()).name());
    assertEquals("Renamed", tc.async().groups().with(ACTIVITY_LOG).get(created.id()).get(30, TimeUnit.SECONDS).name());
    logged.delete(created.id());

    List<RecordedRequest> requests = sandbox.journal().requests("*", "/v3/groups/**");
    assertEquals(List.of("POST", "GET", "PUT", "GET", "DELETE"), requests.stream().map(RecordedRequest::method).toList());
    for (RecordedRequest request : requests) {
      assertEquals("createActivityLog=true", request.query(), request::toString);
    }
    assertThrows(NotFoundException.class, () -> tc.groups().get(created.id()));
    assertEquals("", sandbox.journal().requests("GET", "/v3/groups/*").get(2).query(), "off unless asked for");
  }

  @Test
  void theOwnerOfTheOptionsIsWhereTheObjectIsMadeAndFound(Sandbox sandbox) throws Exception {
    String source = sandbox.source().name();
    String community = sandbox.community().name();
    String host = Unique.host();

    tc.indicators().with(CallOptions.builder().owner(source).build()).create(IndicatorCreate.host(host).build());
    Group shared = tc.async().groups().with(CallOptions.builder().owner(community).build())
        .create(GroupCreate.adversary("Bad Guy").build()).get(30, TimeUnit.SECONDS);

    // v3/indicators/indicators.rst L5-10: a summary in the path is looked up in the owner named.
    Indicator inSource = tc.indicators().inOwner(source).get(host);
    assertEquals(source, inSource.ownerName());
    assertThrows(NotFoundException.class, () -> tc.indicators().get(host), "not in the Organization");
    assertEquals(community, tc.groups().inOwner(community).get(shared.id()).ownerName());
    assertEquals("owner=" + source.replace(" ", "%20"),
        sandbox.journal().requests("POST", "/v3/indicators").get(0).query());
  }

  @Test
  void noRetriesSendsOnceWhereTheClientWouldRetry(Sandbox sandbox) throws Exception {
    Group group = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(503);
    assertEquals(group.id(), tc.groups().get(group.id()).id(), "the client's policy retries a 503");
    assertEquals(1, retries.size());
    sandbox.journal().clear();

    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(503);
    ServerErrorException blocking = assertThrows(ServerErrorException.class, () -> tc.groups().with(ONCE).get(group.id()));
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(503);
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> tc.async().groups().with(ONCE).get(group.id()).get(30, TimeUnit.SECONDS));

    assertEquals(503, blocking.status());
    assertEquals(1, blocking.attempts());
    ServerErrorException asyncCause = assertInstanceOf(ServerErrorException.class, async.getCause());
    assertEquals(blocking.getMessage(), asyncCause.getMessage());
    assertEquals(2, sandbox.journal().requests("GET", "/v3/groups/*").size(), "one request each");
    assertEquals(1, retries.size(), "no retry since the first");
  }

  @Test
  void aBlockingCallEndsAtItsTimeout(Sandbox sandbox) throws Exception {
    Group group = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").delay(HOLD);

    NoResponseException e = assertThrows(NoResponseException.class, () -> tc.groups().with(QUICK).get(group.id()));

    assertTrue(e.timedOut(), e.getMessage());
    assertOneRequestOnceTheSandboxLetsGo(sandbox);
  }

  @Test
  void anAsyncCallEndsAtItsTimeout(Sandbox sandbox) throws Exception {
    Group group = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").delay(HOLD);

    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> tc.async().groups().with(QUICK).get(group.id()).get(30, TimeUnit.SECONDS));

    NoResponseException e = assertInstanceOf(NoResponseException.class, failed.getCause());
    assertTrue(e.timedOut(), e.getMessage());
    assertOneRequestOnceTheSandboxLetsGo(sandbox);
  }

  /** Once the held request is over, no second attempt has come after the timeout. */
  private void assertOneRequestOnceTheSandboxLetsGo(Sandbox sandbox) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sandbox.journal().inProgress() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, sandbox.journal().inProgress(), "the sandbox never let the request go");
    assertEquals(1, sandbox.journal().requests("GET", "/v3/groups/*").size());
    assertEquals(List.of(), retries);
  }
}
