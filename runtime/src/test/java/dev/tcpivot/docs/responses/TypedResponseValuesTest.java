package dev.tcpivot.docs.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.TagInfo;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseResolution;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Typed values read from the documented responses, checked one by one. */
class TypedResponseValuesTest {

  private static Instant utc(int year, int month, int day, int hour, int minute, int second, int millis) {
    return OffsetDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000, ZoneOffset.UTC).toInstant();
  }

  @Test
  void indicatorById() {
    // v3/indicators/retrieve.rst L80-102
    Indicator host = Responses.data("indicators/retrieve-by-id.json", Indicator.class);
    assertEquals(3L, host.id());
    assertEquals(1L, host.ownerId());
    assertEquals("Demo Organization", host.ownerName());
    assertEquals(utc(2021, 10, 26, 12, 40, 0, 0), host.dateAdded());
    assertEquals(utc(2021, 11, 2, 14, 58, 55, 0), host.lastModified());
    assertEquals(new BigDecimal("3.00"), host.rating());
    assertEquals(74, host.confidence());
    assertEquals("Host", host.type());
    assertEquals("badguy.com", host.summary());
    assertEquals("badguy.com", host.hostName());
    assertEquals(Boolean.TRUE, host.dnsActive());
    assertEquals(Boolean.FALSE, host.whoisActive());
    assertEquals(Boolean.FALSE, host.privateFlag());
    assertNull(host.ip());
    assertTrue(host.unknownFields().isEmpty(), host.unknownFields().toString());
  }

  @Test
  void ratingKeepsItsScale() {
    // v3/indicators/create.rst L111: "rating": 5.00
    Indicator created = Responses.data("indicators/create.json", Indicator.class);
    assertEquals(new BigDecimal("5.00"), created.rating());
    assertNotEquals(new BigDecimal("5"), created.rating());
    assertEquals(new BigDecimal("5.00"), created.asMap().get("rating"));
  }

  @Test
  void associatedGroupsAreGroupModels() {
    // v3/update_metadata.rst L150-226
    Indicator host = Responses.data("indicators/update-metadata.json", Indicator.class);
    List<Group> groups = host.associatedGroups();
    assertEquals(1, groups.size());
    Group incident = groups.get(0);
    assertInstanceOf(Group.class, incident);
    assertEquals(12L, incident.id());
    assertEquals("Incident", incident.type());
    assertEquals("Dangerous Incident", incident.name());
    assertEquals(utc(2021, 8, 27, 12, 16, 56, 0), incident.dateAdded());
    assertEquals(Set.of("createdBy"), incident.unknownFields().keySet());
    // L156-188: tags and securityLabels are read as typed lists, so nothing is left unknown.
    assertEquals(Set.of(), host.unknownFields().keySet());
    assertEquals(
        List.of("Malicious Host", "Targeted Attack", "Russia"),
        host.tags().stream().map(TagInfo::name).collect(Collectors.toList()));
    assertEquals(10L, host.tags().get(0).id());
    assertEquals("A tag that can be applied to malicious Host Indicators.", host.tags().get(0).description());
    assertEquals(utc(2021, 11, 5, 17, 21, 7, 0), host.tags().get(2).lastUsed());
    SecurityLabelInfo red = host.securityLabels().get(0);
    assertEquals(4L, red.id());
    assertEquals("TLP:RED", red.name());
    assertEquals("FF2B2B", red.color());
    assertEquals("System", red.owner());
    assertEquals(utc(2016, 8, 31, 0, 0, 0, 0), red.dateAdded());
    assertTrue(host.associatedIndicators().isEmpty());
  }

  @Test
  void indicatorToIndicatorResponse() {
    // v3/indicators/associations.rst L163-200
    Indicator asn = Responses.data("indicators/indicator-to-indicator.json", Indicator.class);
    assertEquals("ASN", asn.type());
    assertEquals("ASN204288", asn.asNumber());
    List<Indicator> children = asn.associatedIndicators();
    assertEquals(1, children.size());
    assertEquals(14L, children.get(0).id());
    assertEquals("Address", children.get(0).type());
    assertEquals("66.96.146.129", children.get(0).ip());
  }

  @Test
  void customAssociationsAndFileActionsStayAsSent() {
    // v3/indicators/associations.rst L24-84 and L335-400: fields without a typed getter
    Indicator host = Responses.data("indicators/custom-associations.json", Indicator.class);
    assertEquals(Set.of("customAssociations"), host.unknownFields().keySet());
    Indicator file = Responses.data("indicators/file-actions.json", Indicator.class);
    assertEquals(Set.of("fileActions"), file.unknownFields().keySet());
    assertEquals("2EA0564F33E4CB67063C4A06734EB627", file.md5());
  }

  @Test
  void documentAndEmailGroups() {
    // v3/groups/retrieve.rst L17-77
    List<Group> groups = Responses.list("groups/retrieve-all.json", Group.class);
    Group document = groups.get(0);
    assertEquals("Document", document.type());
    assertEquals("indicators.txt", document.fileName());
    assertEquals(36, document.fileSize());
    assertEquals("0", document.upVoteCount());
    assertEquals("0", document.downVoteCount());
    assertEquals("Success", document.status());
    assertEquals(utc(2021, 10, 21, 19, 54, 59, 0), document.documentDateAdded());
    Group email = groups.get(1);
    assertEquals("demo@sample.com", email.to());
    assertEquals("auto-confirm@bad.com", email.from());
    assertEquals("<email header goes here>", email.header());
    assertTrue(email.unknownFields().containsKey("scoreBreakdown"));
  }

  @Test
  void casesWithEnumsMillisAndNumbers() {
    // v3/case_management/cases/retrieve.rst L17-127
    List<Case> cases = Responses.list("cases/retrieve-all.json", Case.class);
    Case first = cases.get(0);
    assertEquals(utc(2023, 3, 9, 14, 41, 27, 622), first.caseOpenTime());
    assertEquals(CaseStatus.OPEN, first.status());
    assertEquals(CaseSeverity.LOW, first.severity());
    assertEquals(CaseResolution.NOT_SPECIFIED, first.resolution());
    assertEquals("Demo Organization", first.owner());
    Case second = cases.get(1);
    assertEquals(CaseSeverity.CRITICAL, second.severity());
    assertEquals(CaseStatus.CLOSED, second.status());
    assertEquals(CaseResolution.DEFERRED_DELAYED, second.resolution());
    assertEquals(2023, second.timeToDetect());
    assertEquals(230, second.timeToRespond());
    assertEquals(Boolean.TRUE, second.detectionOverdue());
    assertEquals(utc(2025, 4, 9, 9, 50, 0, 0), second.detectionDue());
  }

  @Test
  void caseTimestampWithTwoFractionDigits() {
    // v3/case_management/cases/create.rst L83: "caseOpenTime": "2023-03-09T14:41:27.27Z"
    Case created = Responses.data("cases/create.json", Case.class);
    assertEquals(utc(2023, 3, 9, 14, 41, 27, 270), created.caseOpenTime());
    assertEquals("a1a1a1a1-a1a1-a1a1-a1a1-a1a1a1a1a1a1", created.xid());
  }

  @Test
  void artifact() {
    // v3/case_management/artifacts/create.rst L43-55
    Artifact artifact = Responses.data("artifacts/create.json", Artifact.class);
    assertEquals(1L, artifact.id());
    assertEquals("Email Address", artifact.type());
    assertEquals("indicator-EmailAddress", artifact.intelType());
    assertEquals(Boolean.TRUE, artifact.derivedLink());
    assertEquals("a/mHEtrRoPrG9csrdltEY73kdKHihi2jow40V3WFYrU=", artifact.hashCodeValue());
  }

  @Test
  void victimAndVictimAsset() {
    // v3/victims/retrieve.rst L64-77; v3/victim_assets/create.rst L34-44
    Victim victim = Responses.data("victims/retrieve-by-id.json", Victim.class);
    assertEquals("Bill Smith", victim.name());
    assertEquals("Pittsburgh, Pennsylvania", victim.workLocation());
    VictimAsset phone = Responses.data("victimAssets/create.json", VictimAsset.class);
    assertEquals(4L, phone.id());
    assertEquals("Phone", phone.type());
    assertEquals(2L, phone.victimId());
    assertEquals("0123456789", phone.phone());
  }

  @Test
  void intelligenceRequirement() {
    // v3/intelligence_requirements/retrieve.rst L128-184
    IntelRequirement ir = Responses.data("intelRequirements/retrieve-by-id.json", IntelRequirement.class);
    assertEquals(10L, ir.id());
    assertEquals("IR-010", ir.uniqueId());
    assertEquals("Threats to Medical Device Companies", ir.requirementText());
    assertEquals(Boolean.TRUE, ir.active());
    assertEquals("https://app.threatconnect.com/v3/intelRequirements/results?tql=intelReqId=10", ir.resultsLink());
    assertTrue(ir.unknownFields().keySet().containsAll(Set.of("keywordSections", "subtype", "category", "createdBy")));
    assertFalse(ir.has("xid"));
  }
}
