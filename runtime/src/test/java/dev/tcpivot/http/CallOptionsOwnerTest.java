package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.CallOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner of {@code with(CallOptions)} is the {@code owner} query parameter of every request the
 * endpoint copy makes ({@code v3/specify_owner.rst}), and it is the owner an XID is looked up in
 * ({@code v3/groups/groups.rst} L10-12: the XID form needs {@code ?owner=}).
 */
class CallOptionsOwnerTest {
  private static final String ONE_GROUP =
      "{\"data\": {\"id\": 12, \"type\": \"Adversary\", \"name\": \"Bad Guy\"}, \"status\": \"Success\"}";
  private static final String DELETED = "{\"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();
  private final ThreatConnect tc = api.hmacClient();
  private final CallOptions demoSource = CallOptions.builder().owner("Demo Source").build();

  @Test
  void aGetCarriesTheOwnerOfTheOptions() throws InterruptedException {
    api.respond(200, ONE_GROUP);
    tc.groups().with(demoSource).get(12);
    assertEquals("/api/v3/groups/12?owner=Demo%20Source", api.take().getPath());
  }

  @Test
  void aDeleteByXidNeedsNoInOwnerWhenTheOptionsNameOne() throws InterruptedException {
    api.respond(200, DELETED);
    tc.groups().with(demoSource).deleteByXid("campaign-7");
    assertEquals("/api/v3/groups/campaign-7?owner=Demo%20Source", api.take().getPath());
  }

  @Test
  void aCountCarriesTheOwnerOfTheOptions() throws InterruptedException {
    api.respond(200, "{\"data\": [], \"count\": 3, \"status\": \"Success\"}");
    assertEquals(3L, tc.groups().with(demoSource).count(GroupQuery.typeName().eq("Campaign")));
    assertEquals("/api/v3/groups?tql=typeName%20%3D%20%22Campaign%22&count=true&resultLimit=1&owner=Demo%20Source",
        api.take().getPath());
  }

  @Test
  void optionsWithoutAnOwnerKeepTheOwnerOfInOwner() throws InterruptedException {
    api.respond(200, ONE_GROUP);
    tc.groups().inOwner("Demo Community").with(CallOptions.builder().noRetries().build()).get(12);
    assertEquals("/api/v3/groups/12?owner=Demo%20Community", api.take().getPath());
  }

  @Test
  void inOwnerAfterTheOptionsNamesTheOwnerOfLaterCalls() throws InterruptedException {
    api.respond(200, ONE_GROUP);
    tc.groups().with(demoSource).inOwner("Demo Community").get(12);
    assertEquals("/api/v3/groups/12?owner=Demo%20Community", api.take().getPath());
  }

  @Test
  void theEndpointItWasMadeFromKeepsItsOwner() throws InterruptedException {
    Groups groups = tc.groups();
    groups.with(demoSource);
    api.respond(200, ONE_GROUP);
    groups.get(12);
    assertEquals("/api/v3/groups/12", api.take().getPath());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> groups.deleteByXid("campaign-7"));
    assertEquals("a Group XID names an object only within its owner (the owner query parameter); call"
        + " inOwner(ownerName) first", e.getMessage());
    assertEquals(1, api.requestCount());
  }

  @Test
  void nullOptionsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tc.groups().with(null));
    assertEquals("options must not be null", e.getMessage());
  }
}
