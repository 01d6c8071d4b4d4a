package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ListOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The options of a list go on the first request, encoded and signed (v3/filter_results.rst,
 * v3/sort_results.rst, v3/specify_owner.rst, v3/enable_pagination.rst); later pages are the
 * server's {@code next} links, each signed for itself. A page size above the documented maximum
 * of 10000 never leaves the process.
 */
class PagingOptionsTest {
  @RegisterExtension final MockApi api = new MockApi();

  @Test
  void everyOptionOnTheFirstRequestThenTheNextLink() {
    ThreatConnect tc = api.hmacClient();
    String next = "/api/v3/groups?tql=typeName%20EQ%20%22Adversary%22&fields=tags&fields=attributes"
        + "&owner=Demo%20Source&sorting=dateAdded%20desc&resultStart=10010&resultLimit=10000";
    api.respond(200, "{\"next\": \"" + api.absolute(next) + "\", \"data\": [{\"id\": 1}], \"status\": \"Success\"}");
    api.respond(200, "{\"data\": [{\"id\": 2}], \"status\": \"Success\"}");

    List<Long> ids = tc.groups().list(
        ListOptions.builder().tql("typeName EQ \"Adversary\"").owner("Demo Source").sorting("dateAdded desc")
            .resultStart(10).pageSize(ListOptions.MAX_PAGE_SIZE).build(),
        GroupField.TAGS, GroupField.ATTRIBUTES).stream().map(Group::id).toList();

    assertEquals(List.of(1L, 2L), ids);
    RecordedRequest first = api.take();
    RecordedRequest second = api.take();
    assertEquals("/api/v3/groups?fields=tags&fields=attributes&tql=typeName%20EQ%20%22Adversary%22"
        + "&owner=Demo%20Source&sorting=dateAdded%20desc&resultStart=10&resultLimit=10000", first.getPath());
    assertEquals(next, second.getPath());
    assertSigned(first);
    assertSigned(second);
  }

  /** The owner of {@code inOwner} applies to lists too, unless the options name another. */
  @Test
  void ownerOfTheEndpointOrOfTheOptions() {
    ThreatConnect tc = api.tokenClient();
    api.respond(200, "{\"data\": [], \"status\": \"Success\"}");
    api.respond(200, "{\"data\": [], \"status\": \"Success\"}");

    tc.victims().inOwner("Demo Community").list().stream().count();
    tc.victims().inOwner("Demo Community").list(ListOptions.builder().owner("Demo Source").build()).stream().count();

    assertEquals("/api/v3/victims?owner=Demo%20Community", api.take().getPath());
    assertEquals("/api/v3/victims?owner=Demo%20Source", api.take().getPath());
  }

  @Test
  void pageSizeAboveTheDocumentedMaximumIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListOptions.builder().pageSize(10_001));
    assertEquals("pageSize must be between 1 and 10000 (the API's resultLimit maximum), not 10001", e.getMessage());
    assertEquals("pageSize must be between 1 and 10000 (the API's resultLimit maximum), not 0",
        assertThrows(IllegalArgumentException.class, () -> ListOptions.builder().pageSize(0)).getMessage());
    assertEquals("owner must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ListOptions.builder().owner(" ")).getMessage());
    assertEquals("tql must not be null",
        assertThrows(IllegalArgumentException.class, () -> ListOptions.builder().tql(null)).getMessage());
    assertEquals("fields[1] must not be null",
        assertThrows(IllegalArgumentException.class, () -> api.hmacClient().groups().list(GroupField.TAGS, null)).getMessage());
    assertEquals(0, api.requestCount());
  }
}
