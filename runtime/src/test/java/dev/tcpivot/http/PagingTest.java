package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import java.util.Iterator;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lists follow the absolute {@code next} link of each page (v3/enable_pagination.rst L51-88: the
 * link includes {@code /api} and the query) until a page has none, and each page's request is
 * signed for its own request line.
 */
class PagingTest {
  @RegisterExtension final MockApi api = new MockApi();

  /** A page in the shape of v3/enable_pagination.rst L51-88, with IDs as the only fields. */
  private String page(String next, long... ids) {
    StringBuilder data = new StringBuilder();
    for (long id : ids) {
      data.append(data.length() == 0 ? "" : ", ").append("{\"id\": ").append(id).append(", \"type\": \"Host\"}");
    }
    return "{"
        + (next == null ? "" : "\"next\": \"" + api.absolute(next) + "\", ")
        + "\"data\": [" + data + "], \"status\": \"Success\"}";
  }

  private static List<Long> ids(Paged<Indicator> paged) {
    return paged.stream().map(Indicator::id).toList();
  }

  @Test
  void threePagesAreThreeSignedRequests() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?fields=tags&resultStart=2&resultLimit=2", 1, 2));
    api.respond(200, page("/api/v3/indicators?fields=tags&resultStart=4&resultLimit=2", 3, 4));
    api.respond(200, page(null, 5));

    List<Long> ids = ids(tc.indicators().list(ListOptions.builder().pageSize(2).build(), IndicatorField.TAGS));

    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids);
    assertEquals(3, api.requestCount());
    RecordedRequest first = api.take();
    RecordedRequest second = api.take();
    RecordedRequest third = api.take();
    assertEquals("/api/v3/indicators?fields=tags&resultLimit=2", first.getPath());
    assertEquals("/api/v3/indicators?fields=tags&resultStart=2&resultLimit=2", second.getPath());
    assertEquals("/api/v3/indicators?fields=tags&resultStart=4&resultLimit=2", third.getPath());
    for (RecordedRequest request : List.of(first, second, third)) {
      assertEquals("GET", request.getMethod());
      assertSigned(request);
    }
  }

  /**
   * The link is requested byte for byte as the server wrote it (here with the parentheses of V5 in
   * hmac-vectors.md left unencoded), so the signature covers what is sent.
   */
  @Test
  void nextLinkIsFollowedAsWritten() {
    ThreatConnect tc = api.hmacClient();
    String link = "/api/v3/indicators?tql=hasGroup(id%3D12)&resultStart=1&resultLimit=1";
    api.respond(200, page(link, 1));
    api.respond(200, page(null, 2));

    assertEquals(List.of(1L, 2L),
        ids(tc.indicators().list(ListOptions.builder().tql("hasGroup(id=12)").pageSize(1).build())));

    api.take();
    RecordedRequest second = api.take();
    assertEquals(link, second.getPath());
    assertSigned(second);
  }

  @Test
  void pagesAreRequestedOnlyWhenNeeded() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?resultStart=2&resultLimit=2", 1, 2));
    api.respond(200, page(null, 3));

    Paged<Indicator> paged = tc.indicators().list(ListOptions.builder().pageSize(2).build());
    assertEquals(0, api.requestCount());
    Iterator<Indicator> it = paged.iterator();
    assertTrue(it.hasNext());
    assertEquals(1L, it.next().id());
    assertEquals(2L, it.next().id());
    assertEquals(1, api.requestCount());
    assertTrue(it.hasNext());
    assertEquals(3L, it.next().id());
    assertFalse(it.hasNext());
    assertEquals(2, api.requestCount());
  }

  @Test
  void stoppingEarlyRequestsNoFurtherPage() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?resultStart=2&resultLimit=2", 1, 2));

    assertEquals(List.of(1L), tc.indicators().list().stream().limit(1).map(Indicator::id).toList());
    assertEquals(1, api.requestCount());
  }

  /** A server that keeps sending a next link with an empty page does not keep the client looping. */
  @Test
  void emptyPageEndsTheList() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, page("/api/v3/indicators?resultStart=2&resultLimit=2"));

    assertEquals(List.of(), ids(tc.indicators().list()));
    assertEquals(1, api.requestCount());
  }

  @Test
  void everyPageCarriesTheToken() {
    ThreatConnect tc = api.tokenClient();
    api.respond(200, page("/api/v3/groups?resultStart=1&resultLimit=1", 1));
    api.respond(200, page(null, 2));

    assertEquals(2, tc.groups().list().stream().count());
    assertEquals("TC-Token " + MockApi.TOKEN, api.take().getHeader("Authorization"));
    assertEquals("TC-Token " + MockApi.TOKEN, api.take().getHeader("Authorization"));
  }
}
