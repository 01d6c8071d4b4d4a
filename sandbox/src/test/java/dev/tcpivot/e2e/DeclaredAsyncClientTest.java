package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.NotFoundException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorQuery;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncCampaignClient}, a declared client whose methods return futures and an {@link
 * dev.tcpivot.AsyncPaged}, against the sandbox: each call sends what the table allows and completes
 * with what the sandbox then holds.
 */
@SandboxPerMethod
class DeclaredAsyncClientTest {
  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void linksReadsListsAndRemovesWithoutBlocking(ThreatConnect tc, Sandbox sandbox) throws Exception {
    AsyncCampaignClient client = tc.create(AsyncCampaignClient.class);
    Group spring = tc.groups().create(GroupCreate.campaign(Unique.name("Spring")).build());
    String known = new Existing(tc).aHost().hostName();
    String fresh = Unique.host();

    assertNull(await(client.attachHosts(spring.id(), List.of(known, fresh))));
    Group read = await(client.campaign(spring.id()));
    List<Indicator> members =
        await(client.indicators(IndicatorQuery.hasGroup(GroupQuery.id().eq(spring.id()))).toList());

    Set<String> expected = Set.of(known, fresh);
    assertEquals(expected, read.associatedIndicators().stream().map(Indicator::summary).collect(Collectors.toSet()));
    assertEquals(expected, members.stream().map(Indicator::summary).collect(Collectors.toSet()));
    assertEquals("associatedIndicators", sandbox.journal().requests("GET", "/v3/groups/*").get(0).query()
        .replace("fields=", ""));

    assertNull(await(client.remove(spring.id())));
    ExecutionException gone = assertThrows(ExecutionException.class, () -> await(client.campaign(spring.id())));
    assertInstanceOf(NotFoundException.class, gone.getCause());
  }
}
