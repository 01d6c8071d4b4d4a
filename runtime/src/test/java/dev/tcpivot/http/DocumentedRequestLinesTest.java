package dev.tcpivot.http;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.MockApi.assertJsonBody;
import static dev.tcpivot.testing.MockApi.assertSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Metadata;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.NewGroup;
import java.math.BigDecimal;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request lines printed in the docs, sent by the SDK byte for byte under the {@code /api} root
 * (the docs write paths without it, quick_start.rst L14), each signed for what was sent.
 */
class DocumentedRequestLinesTest {
  private static final String EMPTY_LIST = "{\"data\": [], \"status\": \"Success\"}";

  @RegisterExtension final MockApi api = new MockApi();
  private ThreatConnect tc;

  @BeforeEach
  void start() {
    tc = api.hmacClient();
  }

  private RecordedRequest sent(String method, String target) {
    RecordedRequest request = api.take();
    assertEquals(method, request.getMethod());
    assertEquals(target, request.getPath());
    assertSigned(request);
    return request;
  }

  @Test
  void retrieveAssociations() {
    // v3/associations.rst L278
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/retrieve-by-summary.json"));
    tc.indicators().get("badguy.com", IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS);
    sent("GET", "/api/v3/indicators/badguy.com?fields=associatedGroups&fields=associatedIndicators");
  }

  @Test
  void removeAssociation() {
    // v3/associations.rst L294-306
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/update.json"));
    tc.indicators().update("badguy.com",
        IndicatorUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    RecordedRequest request = sent("PUT", "/api/v3/indicators/badguy.com");
    assertJsonBody(request);
    assertSameJson(parse("""
        {
            "associatedGroups": {
                "data": [
                    {
                        "id": 12345
                    }
                ],
                "mode": "delete"
            }
        }
        """), parse(request.getBody().readUtf8()));
  }

  @Test
  void updateMetadataWithFields() {
    // v3/update_metadata.rst L116-144, answered with L150-226
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/update-metadata.json"));
    Indicator updated = tc.indicators().update("ultrabadguy.com",
        IndicatorUpdate.builder()
            .associatedGroups(Associations.delete(GroupRef.id(15)))
            .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
            .tags(Metadata.append(Tag.of("Russia")))
            .build(),
        IndicatorField.ASSOCIATED_GROUPS, IndicatorField.SECURITY_LABELS, IndicatorField.TAGS);
    RecordedRequest request =
        sent("PUT", "/api/v3/indicators/ultrabadguy.com?fields=associatedGroups&fields=securityLabels&fields=tags");
    assertJsonBody(request);
    assertSameJson(parse("""
        {
            "associatedGroups": {"data": [{"id": 15}], "mode": "delete"},
            "securityLabels": {"data": [{"name": "TLP:RED"}], "mode": "replace"},
            "tags": {"data": [{"name": "Russia"}], "mode": "append"}
        }
        """), parse(request.getBody().readUtf8()));
    assertEquals("Dangerous Incident", updated.associatedGroups().get(0).name());
  }

  @Test
  void indicatorToIndicator() {
    // v3/indicators/associations.rst L145-157, answered with L163-200
    api.respond(200, JsonTrees.resourceText("docs/responses/indicators/indicator-to-indicator.json"));
    Indicator asn = tc.indicators().update("ASN204288",
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.address("66.96.146.129")).build(),
        IndicatorField.ASSOCIATED_INDICATORS);
    RecordedRequest request = sent("PUT", "/api/v3/indicators/ASN204288?fields=associatedIndicators");
    assertSameJson(parse("""
        {"associatedIndicators": {"data": [{"ip": "66.96.146.129", "type": "Address"}]}}
        """), parse(request.getBody().readUtf8()));
    assertEquals("66.96.146.129", asn.associatedIndicators().get(0).ip());
  }

  @Test
  void createIndicatorWithFields() {
    // v3/indicators/create.rst L43 (the fields hint) and L47
    api.respond(201, JsonTrees.resourceText("docs/responses/indicators/create.json"));
    tc.indicators().create(
        IndicatorCreate.host("ultrabadguy.com")
            .associatedGroups(GroupRef.id(12), NewGroup.adversary("Bad Guy").ownerName("Demo Source"))
            .attributes(Attribute.of("Description", "This host is very dangerous").asDefault())
            .rating(new BigDecimal("5"))
            .build(),
        IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ATTRIBUTES, IndicatorField.SECURITY_LABELS,
        IndicatorField.TAGS);
    sent("POST", "/api/v3/indicators?fields=associatedGroups&fields=attributes&fields=securityLabels&fields=tags");
  }

  @Test
  void ownerOnCreateAndList() {
    // v3/specify_owner.rst L24 and L65
    api.respond(201, JsonTrees.resourceText("docs/responses/groups/create.json"));
    tc.groups().inOwner("Demo Community").create(GroupCreate.adversary("Bad Guy").build());
    sent("POST", "/api/v3/groups?owner=Demo%20Community");

    api.respond(200, EMPTY_LIST);
    tc.groups().inOwner("Demo Community").list().stream().count();
    sent("GET", "/api/v3/groups?owner=Demo%20Community");

    api.respond(200, EMPTY_LIST);
    tc.groups().list(ListOptions.builder().owner("Demo Community").build()).stream().count();
    sent("GET", "/api/v3/groups?owner=Demo%20Community");
  }

  @Test
  void pagination() {
    // v3/enable_pagination.rst L46
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(ListOptions.builder().resultStart(5).pageSize(10).build()).stream().count();
    sent("GET", "/api/v3/indicators?resultStart=5&resultLimit=10");
  }

  @Test
  void sorting() {
    // v3/sort_results.rst L73
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(ListOptions.builder().sorting("ownerName asc confidence desc").build()).stream().count();
    sent("GET", "/api/v3/indicators?sorting=ownerName%20asc%20confidence%20desc");
  }

  @Test
  void tqlFilters() {
    // v3/filter_results.rst L227
    api.respond(200, EMPTY_LIST);
    tc.indicators().list(ListOptions.builder().tql("abuseIpdbConfidenceScore>=50").build()).stream().count();
    sent("GET", "/api/v3/indicators?tql=abuseIpdbConfidenceScore%3E%3D50");

    // v3/filter_results.rst L280
    api.respond(200, EMPTY_LIST);
    tc.cases().list(ListOptions.builder()
        .tql("caseOpenTime GEQ \"2023-02-01\" and caseOpenTime LEQ \"2023-02-28\"").build()).stream().count();
    sent("GET",
        "/api/v3/cases?tql=caseOpenTime%20GEQ%20%222023-02-01%22%20and%20caseOpenTime%20LEQ%20%222023-02-28%22");
  }
}
