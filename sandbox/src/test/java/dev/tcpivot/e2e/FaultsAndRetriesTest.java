package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.RetryEvent;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.RecordedRequest;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's retry policy against faults the sandbox was asked for, seen from both ends: the
 * client's retry events and the sandbox's journal. A user tests their own error handling the same
 * way.
 */
@SandboxPerMethod
class FaultsAndRetriesTest {
  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
  private ThreatConnect tc;
  private Group group;

  @BeforeEach
  void client(Sandbox sandbox) {
    tc =
        ThreatConnect.builder()
            .baseUrl(sandbox.baseUrl())
            .hmac(sandbox.accessId(), sandbox.secretKey())
            .retries(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .initialBackoff(Duration.ofMillis(20))
                    .maxBackoff(Duration.ofMillis(50))
                    .build())
            .retryListener(retries::add)
            .build();
    group = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
    sandbox.journal().clear();
  }

  @Test
  void tooManyRequestsIsRetriedAfterTheRetryAfterTheSandboxSends(Sandbox sandbox) {
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(429).retryAfter(Duration.ofSeconds(1));
    Group read = tc.groups().get(group.id());
    assertEquals("Bad Guy", read.name());
    assertEquals(1, retries.size());
    RetryEvent event = retries.get(0);
    assertEquals(429, event.status());
    assertTrue(event.retryAfter());
    assertEquals(Duration.ofSeconds(1), event.delay());
    List<RecordedRequest> gets = sandbox.journal().requests("GET", "/v3/groups/" + group.id());
    assertEquals(2, gets.size());
    assertTrue(
        Duration.between(gets.get(0).received(), gets.get(1).received()).toMillis() >= 900,
        gets::toString);
  }

  @Test
  void serviceUnavailableIsRetriedForAnIdempotentUpdate(Sandbox sandbox) {
    sandbox.faults().next(2).matching("PUT", "/v3/groups/*").respond(503);
    Group updated = tc.groups().update(group.id(), GroupUpdate.builder().name("Renamed").build());
    assertEquals("Renamed", updated.name());
    assertEquals(List.of(503, 503), retries.stream().map(RetryEvent::status).toList());
    List<RecordedRequest> puts = sandbox.journal().requests("PUT", "/v3/groups/*");
    assertEquals(3, puts.size());
    // Each attempt is signed anew and carries the same body.
    assertEquals(1, puts.stream().map(RecordedRequest::body).distinct().count());
  }

  @Test
  void aCreateIsNotRetriedByDefault(Sandbox sandbox) {
    sandbox.faults().next(1).matching("POST", "/v3/groups").respond(503);
    ThreatConnectException failed =
        assertThrows(
            ThreatConnectException.class,
            () -> tc.groups().create(GroupCreate.campaign("Spring").build()));
    assertEquals(503, failed.status());
    assertEquals(List.of(), retries);
    assertEquals(1, sandbox.journal().requests("POST", "/v3/groups").size());
    assertEquals(1, tc.groups().count());
  }

  @Test
  void aDroppedConnectionIsRetried(Sandbox sandbox) {
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").dropConnection();
    assertEquals(group.id(), tc.groups().get(group.id()).id());
    assertEquals(1, retries.size());
    assertEquals(0, retries.get(0).status());
    assertEquals(2, sandbox.journal().requests("GET", "/v3/groups/*").size());
  }

  @Test
  void theClientGivesUpAfterItsLastAttempt(Sandbox sandbox) {
    sandbox.faults().next(5).matching("GET", "/v3/groups/*").respond(500);
    ThreatConnectException failed =
        assertThrows(ThreatConnectException.class, () -> tc.groups().get(group.id()));
    assertEquals(500, failed.status());
    assertEquals(3, failed.attempts());
    assertEquals(3, sandbox.journal().requests("GET", "/v3/groups/*").size());
    assertEquals(2, sandbox.faults().pending());
  }
}
