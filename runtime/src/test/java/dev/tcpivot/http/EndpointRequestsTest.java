package dev.tcpivot.http;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.MockApi.assertJsonBody;
import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ApiModel;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.ArtifactCreate;
import dev.tcpivot.v3.ArtifactField;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.IntelRequirementField;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetRef;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimField;
import dev.tcpivot.v3.VictimUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six operations of every endpoint facade, through the real OkHttp stack: method, path under
 * the {@code /api} root, query, JSON body and a valid HMAC signature of the exact request line
 * (quick_start.rst "Version 3 (/v3)" L36-83 for the verbs and parameters). The server answers
 * with the documented responses of that endpoint.
 */
class EndpointRequestsTest {

  /** What the test sends to one endpoint and what it expects on the wire. */
  record Endpoint(
      String name,
      String responses,
      List<String> fields,
      Function<ThreatConnect, ApiModel> create,
      String createBody,
      Function<ThreatConnect, ApiModel> get,
      Function<ThreatConnect, ApiModel> update,
      String updateBody,
      Consumer<ThreatConnect> delete,
      Function<ThreatConnect, Paged<? extends ApiModel>> list,
      Function<ThreatConnect, List<FieldInfo>> fieldsCall) {
    @Override
    public String toString() {
      return "/v3/" + name;
    }
  }

  // The list options of every list call; the values come from enable_pagination.rst L46,
  // sort_results.rst L73, specify_owner.rst L24 and filter_results.rst L208.
  private static final ListOptions OPTIONS =
      ListOptions.builder()
          .tql("typeName in (\"Address\", \"Host\")")
          .owner("Demo Community")
          .sorting("ownerName asc confidence desc")
          .resultStart(5)
          .pageSize(10)
          .build();

  static Stream<Endpoint> endpoints() {
    return Stream.of(
        new Endpoint(
            "artifacts", "artifacts", List.of("associatedGroups", "associatedIndicators"),
            tc -> tc.artifacts().create(
                ArtifactCreate.of(1, "badguy@bad.com", "Email Address").associatedGroups(NewGroup.adversary("Bad Guy")).build(),
                ArtifactField.ASSOCIATED_GROUPS, ArtifactField.ASSOCIATED_INDICATORS),
            """
            {"caseId": 1, "summary": "badguy@bad.com", "type": "Email Address",
             "associatedGroups": {"data": [{"name": "Bad Guy", "type": "Adversary"}]}}
            """,
            tc -> tc.artifacts().get(3, ArtifactField.ASSOCIATED_GROUPS, ArtifactField.ASSOCIATED_INDICATORS),
            tc -> tc.artifacts().update(3, ArtifactUpdate.builder().summary("verybadguy@bad.com").build(),
                ArtifactField.ASSOCIATED_GROUPS, ArtifactField.ASSOCIATED_INDICATORS),
            """
            {"summary": "verybadguy@bad.com"}
            """,
            tc -> tc.artifacts().delete(3),
            tc -> tc.artifacts().list(OPTIONS, ArtifactField.ASSOCIATED_GROUPS, ArtifactField.ASSOCIATED_INDICATORS),
            tc -> tc.artifacts().fields()),
        new Endpoint(
            "cases", "cases", List.of("associatedCases", "tags"),
            tc -> tc.cases().create(
                CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).tags(Tag.technique("T1566")).build(),
                CaseField.ASSOCIATED_CASES, CaseField.TAGS),
            """
            {"name": "Phishing Investigation", "severity": "Low", "status": "Open",
             "tags": {"data": [{"techniqueId": "T1566"}]}}
            """,
            tc -> tc.cases().get(3, CaseField.ASSOCIATED_CASES, CaseField.TAGS),
            tc -> tc.cases().update(3, CaseUpdate.builder().associatedCases(CaseRef.id(7)).build(),
                CaseField.ASSOCIATED_CASES, CaseField.TAGS),
            """
            {"associatedCases": {"data": [{"id": 7}]}}
            """,
            tc -> tc.cases().delete(3),
            tc -> tc.cases().list(OPTIONS, CaseField.ASSOCIATED_CASES, CaseField.TAGS),
            tc -> tc.cases().fields()),
        new Endpoint(
            "groups", "groups", List.of("associatedVictimAssets", "securityLabels"),
            tc -> tc.groups().create(GroupCreate.adversary("Bad Guy").build(),
                GroupField.ASSOCIATED_VICTIM_ASSETS, GroupField.SECURITY_LABELS),
            """
            {"name": "Bad Guy", "type": "Adversary"}
            """,
            tc -> tc.groups().get(3, GroupField.ASSOCIATED_VICTIM_ASSETS, GroupField.SECURITY_LABELS),
            tc -> tc.groups().update(3, GroupUpdate.builder().associatedVictimAssets(VictimAssetRef.id(4)).build(),
                GroupField.ASSOCIATED_VICTIM_ASSETS, GroupField.SECURITY_LABELS),
            """
            {"associatedVictimAssets": {"data": [{"id": 4}]}}
            """,
            tc -> tc.groups().delete(3),
            tc -> tc.groups().list(OPTIONS, GroupField.ASSOCIATED_VICTIM_ASSETS, GroupField.SECURITY_LABELS),
            tc -> tc.groups().fields()),
        new Endpoint(
            "indicators", "indicators", List.of("associatedGroups", "associatedIndicators"),
            tc -> tc.indicators().create(IndicatorCreate.host("ultrabadguy.com").associatedGroups(GroupRef.id(12)).build(),
                IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS),
            """
            {"type": "Host", "hostName": "ultrabadguy.com", "associatedGroups": {"data": [{"id": 12}]}}
            """,
            tc -> tc.indicators().get(3, IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS),
            tc -> tc.indicators().update(3, IndicatorUpdate.builder().associatedIndicators(IndicatorRef.address("66.96.146.129")).build(),
                IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS),
            """
            {"associatedIndicators": {"data": [{"ip": "66.96.146.129", "type": "Address"}]}}
            """,
            tc -> tc.indicators().delete(3),
            tc -> tc.indicators().list(OPTIONS, IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS),
            tc -> tc.indicators().fields()),
        new Endpoint(
            "intelRequirements", "intelRequirements", List.of("associatedArtifacts", "associatedVictimAssets"),
            tc -> tc.intelRequirements().create(
                IntelRequirementCreate.of("Threats to Medical Device Companies", "IR-010", 1,
                    KeywordSection.of(KeywordComparison.EXCLUDES, 0, "mrap")).build(),
                IntelRequirementField.ASSOCIATED_ARTIFACTS, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS),
            """
            {"requirementText": "Threats to Medical Device Companies", "uniqueId": "IR-010", "subtype": {"id": 1},
             "keywordSections": [{"compareValue": "excludes", "keywords": [{"value": "mrap"}], "sectionNumber": 0}]}
            """,
            tc -> tc.intelRequirements().get(3, IntelRequirementField.ASSOCIATED_ARTIFACTS, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS),
            tc -> tc.intelRequirements().update(3, IntelRequirementUpdate.builder().associatedGroups(GroupRef.id(15)).build(),
                IntelRequirementField.ASSOCIATED_ARTIFACTS, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS),
            """
            {"associatedGroups": {"data": [{"id": 15}]}}
            """,
            tc -> tc.intelRequirements().delete(3),
            tc -> tc.intelRequirements().list(OPTIONS, IntelRequirementField.ASSOCIATED_ARTIFACTS, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS),
            tc -> tc.intelRequirements().fields()),
        new Endpoint(
            "victims", "victims", List.of("associatedGroups", "assets"),
            tc -> tc.victims().create(VictimCreate.of("John Doe").org("Company ABC").build(),
                VictimField.ASSOCIATED_GROUPS, VictimField.ASSETS),
            """
            {"name": "John Doe", "org": "Company ABC"}
            """,
            tc -> tc.victims().get(3, VictimField.ASSOCIATED_GROUPS, VictimField.ASSETS),
            tc -> tc.victims().update(3, VictimUpdate.builder().name("Jane Doe").build(),
                VictimField.ASSOCIATED_GROUPS, VictimField.ASSETS),
            """
            {"name": "Jane Doe"}
            """,
            tc -> tc.victims().delete(3),
            tc -> tc.victims().list(OPTIONS, VictimField.ASSOCIATED_GROUPS, VictimField.ASSETS),
            tc -> tc.victims().fields()),
        new Endpoint(
            "victimAssets", "victimAssets", List.of("associatedGroups"),
            tc -> tc.victimAssets().create(VictimAssetCreate.phone(2, "0123456789").build(), VictimAssetField.ASSOCIATED_GROUPS),
            """
            {"phone": "0123456789", "type": "Phone", "victimId": 2}
            """,
            tc -> tc.victimAssets().get(3, VictimAssetField.ASSOCIATED_GROUPS),
            tc -> tc.victimAssets().update(3, VictimAssetUpdate.builder().website("hackerwebsite.com").build(),
                VictimAssetField.ASSOCIATED_GROUPS),
            """
            {"website": "hackerwebsite.com"}
            """,
            tc -> tc.victimAssets().delete(3),
            tc -> tc.victimAssets().list(OPTIONS, VictimAssetField.ASSOCIATED_GROUPS),
            tc -> tc.victimAssets().fields()));
  }

  @RegisterExtension final MockApi api = new MockApi();
  private ThreatConnect tc;

  @BeforeEach
  void start() {
    tc = api.hmacClient();
  }

  private static String fieldsQuery(Endpoint endpoint) {
    return "fields=" + String.join("&fields=", endpoint.fields());
  }

  private static String documented(Endpoint endpoint, String example) {
    return JsonTrees.resourceText("docs/responses/" + endpoint.responses() + "/" + example + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void create(Endpoint endpoint) {
    api.respond(201, documented(endpoint, "create"));
    ApiModel created = endpoint.create().apply(tc);

    RecordedRequest request = api.take();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name() + "?" + fieldsQuery(endpoint), request.getPath());
    assertJsonBody(request);
    assertSameJson(parse(endpoint.createBody()), parse(request.getBody().readUtf8()));
    assertSigned(request);
    assertSameJson(parse(documented(endpoint, "create")).get("data"), JsonTrees.written(created));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void get(Endpoint endpoint) {
    api.respond(200, documented(endpoint, "retrieve-by-id"));
    ApiModel got = endpoint.get().apply(tc);

    RecordedRequest request = api.take();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name() + "/3?" + fieldsQuery(endpoint), request.getPath());
    assertEquals(0, request.getBodySize());
    assertSigned(request);
    assertSameJson(parse(documented(endpoint, "retrieve-by-id")).get("data"), JsonTrees.written(got));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void update(Endpoint endpoint) {
    api.respond(200, documented(endpoint, "update"));
    ApiModel updated = endpoint.update().apply(tc);

    RecordedRequest request = api.take();
    assertEquals("PUT", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name() + "/3?" + fieldsQuery(endpoint), request.getPath());
    assertJsonBody(request);
    assertSameJson(parse(endpoint.updateBody()), parse(request.getBody().readUtf8()));
    assertSigned(request);
    assertSameJson(parse(documented(endpoint, "update")).get("data"), JsonTrees.written(updated));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void delete(Endpoint endpoint) {
    // v3/indicators/delete.rst L20-23
    api.respond(200, """
        {
            "message": "Deleted",
            "status": "Success"
        }
        """);
    endpoint.delete().accept(tc);

    RecordedRequest request = api.take();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name() + "/3", request.getPath());
    assertEquals(0, request.getBodySize());
    assertSigned(request);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void list(Endpoint endpoint) {
    String page = documented(endpoint, "retrieve-all");
    api.respond(200, page);
    List<ApiModel> items = new ArrayList<>();
    endpoint.list().apply(tc).forEach(items::add);

    RecordedRequest request = api.take();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name(), RawQuery.path(request));
    HttpUrl url = request.getRequestUrl();
    assertEquals(endpoint.fields(), url.queryParameterValues("fields"));
    assertEquals(List.of("typeName in (\"Address\", \"Host\")"), url.queryParameterValues("tql"));
    assertEquals(List.of("Demo Community"), url.queryParameterValues("owner"));
    assertEquals(List.of("ownerName asc confidence desc"), url.queryParameterValues("sorting"));
    assertEquals(List.of("5"), url.queryParameterValues("resultStart"));
    assertEquals(List.of("10"), url.queryParameterValues("resultLimit"));
    assertEquals(
        List.of("fields", "owner", "resultLimit", "resultStart", "sorting", "tql"),
        url.queryParameterNames().stream().sorted().toList());
    assertEquals(0, request.getBodySize());
    assertSigned(request);
    assertEquals(parse(page).get("data").size(), items.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void fields(Endpoint endpoint) {
    // v3/additional_fields.rst L31-151 (the Indicator list; the shape is the same for every endpoint)
    api.respond(200, JsonTrees.resourceText("docs/responses/fields/indicators.json"));
    List<FieldInfo> fields = endpoint.fieldsCall().apply(tc);

    RecordedRequest request = api.take();
    assertEquals("OPTIONS", request.getMethod());
    assertEquals("/api/v3/" + endpoint.name() + "/fields", request.getPath());
    assertSigned(request);
    assertEquals(23, fields.size());
    assertEquals("associatedArtifacts", fields.get(0).name());
    assertEquals("Includes artifacts with a relationship to the indicator", fields.get(0).description());
    assertEquals(Boolean.FALSE, fields.get(0).includedByDefault());
    assertNull(request.getHeader("Content-Type"));
  }
}
