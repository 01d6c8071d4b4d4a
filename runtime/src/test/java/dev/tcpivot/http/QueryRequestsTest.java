package dev.tcpivot.http;

import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ListOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.VictimAssetQuery;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Typed queries on the wire: the {@code tql} parameter of a list (v3/filter_results.rst) and of a
 * count (v3/return_count.rst: {@code count=true} adds {@code "count": N} to a list response), sent
 * as one encoded and signed request line; and refusals that leave nothing sent.
 */
class QueryRequestsTest {
  private static final String EMPTY_LIST = "{\"data\": [], \"status\": \"Success\"}";
  /** The shape of v3/return_count.rst L16-53, one object long as resultLimit=1 asks. */
  private static final String COUNTED =
      "{\"data\": [{\"id\": 10, \"type\": \"File\", \"summary\": \"F5A2496CF66CB8CFFE66CB1B27D7DEDE\"}],"
          + " \"count\": 10, \"status\": \"Success\"}";
  /** DESIGN.md, "Pivot queries", the first example. */
  private static final IndicatorQuery HOSTS_IN_GROUP_12 =
      IndicatorQuery.typeName().in("Host", "Address").and(IndicatorQuery.hasGroup(GroupQuery.id().eq(12)));
  private static final String HOSTS_IN_GROUP_12_ENCODED =
      "typeName%20IN%20%28%22Host%22%2C%20%22Address%22%29%20AND%20hasGroup%28id%20%3D%2012%29";

  @RegisterExtension final MockApi api = new MockApi();
  private ThreatConnect tc;

  @BeforeEach
  void start() {
    tc = api.hmacClient();
  }

  private RecordedRequest sent(String target) {
    RecordedRequest request = api.take();
    assertEquals("GET " + target, request.getMethod() + " " + request.getPath());
    assertSigned(request);
    return request;
  }

  @Test
  void listByQuery() {
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(HOSTS_IN_GROUP_12, IndicatorField.ASSOCIATED_GROUPS).stream().count();
    RecordedRequest request = sent("/api/v3/indicators?fields=associatedGroups&tql=" + HOSTS_IN_GROUP_12_ENCODED);
    assertEquals(List.of(HOSTS_IN_GROUP_12.toTql()), url(request).queryParameterValues("tql"));
  }

  @Test
  void listByQueryWithOptionsAndFields() {
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(
            IndicatorQuery.rating().geq(4),
            ListOptions.builder().owner("Demo Source").sorting("dateAdded desc").pageSize(500).build(),
            IndicatorField.TAGS, IndicatorField.ATTRIBUTES)
        .stream().count();
    sent("/api/v3/indicators?fields=tags&fields=attributes&tql=rating%20%3E%3D%204&owner=Demo%20Source"
        + "&sorting=dateAdded%20desc&resultLimit=500");
  }

  /** The owner of {@code inOwner} applies to a query as to any list. */
  @Test
  void listByQueryInAnOwner() {
    api.respond(200, EMPTY_LIST);
    tc.victimAssets().inOwner("Demo Community")
        .list(VictimAssetQuery.hasIndicator(IndicatorQuery.summary().eq("badguy.com"))).stream().count();
    sent("/api/v3/victimAssets?tql=hasIndicator%28summary%20%3D%20%22badguy.com%22%29&owner=Demo%20Community");
  }

  @Test
  void countAll() {
    api.respond(200, COUNTED);
    assertEquals(10L, tc.indicators().count());
    sent("/api/v3/indicators?count=true&resultLimit=1");
  }

  @Test
  void countByQuery() {
    api.respond(200, COUNTED);
    assertEquals(10L, tc.indicators().count(HOSTS_IN_GROUP_12));
    sent("/api/v3/indicators?tql=" + HOSTS_IN_GROUP_12_ENCODED + "&count=true&resultLimit=1");
  }

  /** DESIGN.md, "Pivot queries", the second example, in an owner. */
  @Test
  void countByQueryInAnOwner() {
    api.respond(200, "{\"data\": [], \"count\": 0, \"status\": \"Success\"}");
    assertEquals(0L, tc.groups().inOwner("Demo Source").count(GroupQuery.typeName().eq("Campaign")
        .or(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("badguy.com")))));
    sent("/api/v3/groups?tql=typeName%20%3D%20%22Campaign%22%20OR%20hasIndicator%28summary%20%3D%20%22badguy.com%22%29"
        + "&count=true&resultLimit=1&owner=Demo%20Source");
  }

  @Test
  void aCountWithoutCountIsAnError() {
    api.respond(200, EMPTY_LIST);
    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.cases().count());
    assertEquals("GET /api/v3/cases: HTTP 200: the response carries no count", e.getMessage());
  }

  /** v3/filter_results.rst L12-36, through the URL encoding: the server decodes the escaped string. */
  @Test
  void escapesReachTheServer() {
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(IndicatorQuery.summary().eq("a'b\"c`d\\e")).stream().count();
    RecordedRequest request = sent("/api/v3/indicators?tql=summary%20%3D%20%22a%5C%27b%5C%22c%5C%60d%5C%5Ce%22");
    assertEquals(List.of("summary = \"a\\'b\\\"c\\`d\\\\e\""), url(request).queryParameterValues("tql"));
  }

  @Test
  void refusalsSendNothing() {
    assertRefused(
        "options has a tql string as well as the query; give the filter once, as the query or as"
            + " ListOptions.tql(String)",
        () -> tc.indicators().list(IndicatorQuery.rating().geq(4), ListOptions.builder().tql("rating >= 4").build()));
    assertRefused("query must not be null", () -> tc.indicators().list((IndicatorQuery) null));
    assertRefused("options must not be null", () -> tc.indicators().list(IndicatorQuery.rating().geq(4), (ListOptions) null));
    assertRefused("query must not be null", () -> tc.indicators().count(null));
    assertRefused("fields[0] must not be null",
        () -> tc.indicators().list(IndicatorQuery.rating().geq(4), (IndicatorField) null));
    assertRefused("typeName values is empty: IN (...) needs at least one value",
        () -> tc.indicators().list(IndicatorQuery.typeName().in()));
    assertEquals(0, api.requestCount());
  }

  private static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  private static HttpUrl url(RecordedRequest request) {
    return request.getRequestUrl();
  }
}
