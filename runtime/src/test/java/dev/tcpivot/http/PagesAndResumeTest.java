package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A list a page at a time, each page with its objects and its absolute {@code next} link
 * (v3/enable_pagination.rst L51-88), fetched only when reached; and a list resumed from a saved
 * link, after a restart, which is refused before anything is sent unless it is a link of the
 * client's own API (the origin of its base URL) and of the endpoint's list.
 */
class PagesAndResumeTest {
  private static final String SECOND = "/api/v3/indicators?tql=rating%20%3E%3D%204&resultStart=2&resultLimit=2";
  private static final String THIRD = "/api/v3/indicators?tql=rating%20%3E%3D%204&resultStart=4&resultLimit=2";

  @RegisterExtension final MockApi api = new MockApi();

  private String page(String next, long... ids) {
    StringBuilder data = new StringBuilder();
    for (long id : ids) {
      data.append(data.length() == 0 ? "" : ", ").append("{\"id\": ").append(id).append(", \"type\": \"Host\"}");
    }
    return "{"
        + (next == null ? "" : "\"next\": \"" + api.absolute(next) + "\", ")
        + "\"data\": [" + data + "], \"status\": \"Success\"}";
  }

  private void threePages() {
    api.respond(200, page(SECOND, 1, 2));
    api.respond(200, page(THIRD, 3, 4));
    api.respond(200, page(null, 5));
  }

  private static List<Long> ids(Paged.Page<Indicator> page) {
    return page.items().stream().map(Indicator::id).toList();
  }

  @Test
  void pagesCarryTheirObjectsAndNextLinks() {
    ThreatConnect tc = api.hmacClient();
    threePages();

    Paged<Indicator> paged =
        tc.indicators().list(IndicatorQuery.rating().geq(4), ListOptions.builder().pageSize(2).build());
    Iterator<Paged.Page<Indicator>> pages = paged.pages().iterator();
    assertEquals(0, api.requestCount());

    Paged.Page<Indicator> first = pages.next();
    assertEquals(1, api.requestCount());
    assertEquals(List.of(1L, 2L), ids(first));
    assertEquals(Optional.of(api.absolute(SECOND)), first.next());
    Paged.Page<Indicator> second = pages.next();
    assertEquals(List.of(3L, 4L), ids(second));
    assertEquals(Optional.of(api.absolute(THIRD)), second.next());
    assertEquals(2, api.requestCount());
    Paged.Page<Indicator> third = pages.next();
    assertEquals(List.of(5L), ids(third));
    assertEquals(Optional.empty(), third.next());
    assertFalse(pages.hasNext());
    assertEquals(3, api.requestCount());

    assertEquals("/api/v3/indicators?tql=rating%20%3E%3D%204&resultLimit=2", api.take().getPath());
    assertEquals(SECOND, api.take().getPath());
    assertEquals(THIRD, api.take().getPath());
  }

  @Test
  void eachIterationOfThePagesStartsAgain() {
    ThreatConnect tc = api.hmacClient();
    threePages();
    threePages();
    Paged<Indicator> paged = tc.indicators().list(IndicatorQuery.rating().geq(4));
    for (int run = 0; run < 2; run++) {
      List<List<Long>> seen = new ArrayList<>();
      for (Paged.Page<Indicator> page : paged.pages()) {
        seen.add(ids(page));
      }
      assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(5L)), seen);
    }
    assertEquals(6, api.requestCount());
  }

  /** A job saves the next link of the last page it finished; a new client goes on from there. */
  @Test
  void aSavedNextLinkResumesTheListAfterARestart() {
    ThreatConnect before = api.hmacClient();
    threePages();
    Paged.Page<Indicator> done = before.indicators().list(IndicatorQuery.rating().geq(4)).pages().iterator().next();
    String saved = done.next().orElseThrow();
    api.take();

    ThreatConnect after = api.hmacClient();
    Paged<Indicator> rest = after.indicators().resume(saved);
    assertEquals(1, api.requestCount(), "resume sends nothing until the objects are read");
    assertEquals(List.of(3L, 4L, 5L), rest.stream().map(Indicator::id).toList());

    RecordedRequest second = api.take();
    RecordedRequest third = api.take();
    assertEquals("GET " + SECOND, second.getMethod() + " " + second.getPath());
    assertEquals("GET " + THIRD, third.getMethod() + " " + third.getPath());
    assertSigned(second);
    assertSigned(third);
  }

  @Test
  void aLinkToAnotherOriginIsRefusedBeforeAnythingIsSent() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      ThreatConnect tc = api.hmacClient();
      assertRefused(
          "nextLink points outside http://127.0.0.1:" + api.port()
              + "; it was not followed, so no credentials were sent there",
          () -> tc.indicators().resume(other.url(SECOND).toString()));
      assertEquals(0, other.getRequestCount());
    }
    assertEquals(0, api.requestCount());
  }

  @Test
  void otherLinksAreRefusedBeforeAnythingIsSent() {
    ThreatConnect tc = api.hmacClient();
    assertRefused(
        "nextLink is a link to /api/v3/groups, not to /api/v3/indicators, the list of this endpoint",
        () -> tc.indicators().resume(api.absolute("/api/v3/groups?resultStart=2&resultLimit=2")));
    assertRefused(
        "nextLink is a link to /api/v3/indicators/12, not to /api/v3/indicators, the list of this endpoint",
        () -> tc.indicators().resume(api.absolute("/api/v3/indicators/12")));
    assertRefused("nextLink is not an absolute http or https URL", () -> tc.indicators().resume(SECOND));
    assertRefused("nextLink must not be blank", () -> tc.indicators().resume(" "));
    assertRefused("nextLink must not be null", () -> tc.indicators().resume(null));
    assertEquals(0, api.requestCount());
  }

  /** The page that carries a link elsewhere is still handed out; the link is not followed. */
  @Test
  void aNextLinkToAnotherOriginEndsThePagesWithAnError() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      ThreatConnect tc = api.hmacClient();
      api.respond(200, "{\"next\": \"" + other.url(SECOND) + "\", \"data\": [{\"id\": 1}], \"status\": \"Success\"}");

      Iterator<Paged.Page<Indicator>> pages = tc.indicators().list().pages().iterator();
      Paged.Page<Indicator> first = pages.next();
      assertEquals(List.of(1L), ids(first));
      assertTrue(first.next().isPresent());
      ThreatConnectException e = assertThrows(ThreatConnectException.class, pages::hasNext);

      assertEquals("GET /api/v3/indicators: HTTP 200: the next page link points outside http://127.0.0.1:"
          + api.port() + "; it was not followed, so no credentials were sent there", e.getMessage());
      assertEquals(0, other.getRequestCount());
    }
  }

  private static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
