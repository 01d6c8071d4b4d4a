package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in tables, held against the documentation row by row. The expected values are
 * transcribed from the docs (paths relative to the 7.12 REST API docs) so that a changed row fails
 * here.
 */
class BuiltInTablesTest {
  private final Spec spec = SpecLoader.builtIn();

  /** v3/associations.rst, "Supported Association Types", L17-57. */
  @Test
  void associationTableMatchesTheDocs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("/v3/artifacts", "Groups, Indicators | yes");
    expected.put("/v3/cases", "Cases, Groups, Indicators | yes");
    expected.put("/v3/groups", "Artifacts, Cases, Groups, Indicators, Victim Assets | yes");
    expected.put("/v3/indicators", "Artifacts, Cases, Groups, Indicators | yes");
    expected.put(
        "/v3/intelRequirements", "Artifacts, Cases, Groups, Indicators, Victim Assets | yes");
    expected.put("/v3/victimAssets", "Groups | no");
    expected.put("/v3/victims", "Groups | no");

    Map<String, String> actual = new LinkedHashMap<>();
    for (AssociationRule rule : spec.associations()) {
      String targets =
          rule.targets().stream().map(ObjectType::name).collect(Collectors.joining(", "));
      actual.put(rule.endpoint().endpoint(), targets + " | " + (rule.crossOwner() ? "yes" : "no"));
    }
    assertEquals(expected, actual);
  }

  /** v3/associations.rst L62-265: the body field of each associable type. */
  @Test
  void associationFieldsMatchTheDocs() {
    Map<String, String> expected =
        Map.of(
            "Artifacts", "associatedArtifacts",
            "Cases", "associatedCases",
            "Groups", "associatedGroups",
            "Indicators", "associatedIndicators",
            "Victim Assets", "associatedVictimAssets");
    Map<String, String> actual = new LinkedHashMap<>();
    for (ObjectType target : spec.associationTargets()) {
      actual.put(target.name(), target.associationField().orElseThrow());
    }
    assertEquals(expected, actual);
    assertTrue(spec.object("Victims").orElseThrow().associationField().isEmpty());
    assertTrue(spec.object("Intelligence Requirements").orElseThrow().associationField().isEmpty());
  }

  /** v3/update_metadata.rst, "Updatable Metadata", L25-96: every field that takes a mode. */
  @Test
  void modeFieldsMatchTheUpdateMetadataTable() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("artifacts", List.of("associatedGroups", "associatedIndicators"));
    expected.put(
        "cases",
        List.of("associatedCases", "associatedGroups", "associatedIndicators", "attributes", "tags"));
    expected.put(
        "groups",
        List.of(
            "associatedArtifacts", "associatedCases", "associatedGroups", "associatedIndicators",
            "associatedVictimAssets", "attributes", "securityLabels", "tags"));
    expected.put(
        "indicators",
        List.of(
            "associatedArtifacts", "associatedCases", "associatedGroups", "associatedIndicators",
            "attributes", "fileActions", "fileOccurrences", "securityLabels", "tags"));
    expected.put(
        "intelRequirements",
        List.of(
            "associatedArtifacts", "associatedCases", "associatedGroups", "associatedIndicators",
            "associatedVictimAssets", "tags"));
    expected.put("victimAssets", List.of("associatedGroups"));
    expected.put(
        "victims", List.of("associatedGroups", "attributes", "securityLabels", "tags"));

    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (String endpoint : expected.keySet()) {
      actual.put(endpoint, spec.modeFields(spec.objectAt(endpoint).orElseThrow()));
    }
    assertEquals(expected, actual);
  }

  /** v3/indicators/fields.rst: type names L177-188 and each type's summary fields. */
  @Test
  void indicatorTypesAndSummaryFieldsMatchTheDocs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Address", "ip");
    expected.put("EmailAddress", "address");
    expected.put("File", "md5|sha1|sha256");
    expected.put("Host", "hostName");
    expected.put("URL", "text");
    expected.put("ASN", "AS Number");
    expected.put("CIDR", "Block");
    expected.put("Email Subject", "Subject");
    expected.put("Hashtag", "Hashtag");
    expected.put("Mutex", "Mutex");
    expected.put("Registry Key", "Key Name, Value Name, Value Type");
    expected.put("User Agent", "User Agent String");
    assertEquals(expected, requiredFieldsByType("indicators"));
  }

  /** v3/groups/fields.rst: type names L152-168; only Signature adds required fields (L362-381). */
  @Test
  void groupTypesAndRequiredFieldsMatchTheDocs() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String type :
        List.of(
            "Adversary", "Attack Pattern", "Campaign", "Course of Action", "Document", "Email",
            "Event", "Incident", "Intrusion Set", "Malware", "Report", "Signature", "Tactic", "Task",
            "Threat", "Tool", "Vulnerability")) {
      expected.put(type, "name");
    }
    expected.put("Signature", "name, fileName, fileText, fileType");
    assertEquals(expected, requiredFieldsByType("groups"));
  }

  /** v3/victim_assets/fields.rst L28-106 (types in footnote 2). */
  @Test
  void victimAssetTypesAndRequiredFieldsMatchTheDocs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("EmailAddress", "victimId, address");
    expected.put("NetworkAccount", "victimId, accountName");
    expected.put("Phone", "victimId, phone");
    expected.put("SocialNetwork", "victimId, accountName");
    expected.put("WebSite", "victimId, website");
    assertEquals(expected, requiredFieldsByType("victimAssets"));
  }

  /** Required fields of the untyped objects, in factory parameter order. */
  @Test
  void requiredFieldsOfUntypedObjectsMatchTheDocs() {
    // v3/case_management/artifacts/fields.rst L44-115 and footnote 1 L117
    assertEquals("caseId|caseXid, summary, type", requiredFields("artifacts", null));
    // v3/case_management/cases/fields.rst L106-135
    assertEquals("name, severity, status", requiredFields("cases", null));
    // v3/victims/fields.rst L50-55
    assertEquals("name", requiredFields("victims", null));
    // v3/intelligence_requirements/schemas.rst L25-37
    assertEquals(
        "requirementText, uniqueId, subtype, keywordSections",
        requiredFields("intelRequirements", null));
  }

  /** v3/case_management/cases/fields.rst footnotes 2-4; v3/indicators/fields.rst footnote 6. */
  @Test
  void enumValuesMatchTheDocs() {
    assertEquals(List.of("Low", "Medium", "High", "Critical"), values("case severity"));
    assertEquals(List.of("Open", "Closed"), values("case status"));
    assertEquals(
        List.of(
            "Containment Achieved", "Deferred / Delayed", "Escalated", "False Positive",
            "In Progress / Investigating", "Not Specified", "Rejected", "Restoration Achieved"),
        values("case resolution"));
    assertEquals(11, values("registry value type").size());
    assertTrue(values("registry value type").contains("REG_DWORD_LITTLE_ENDIAN"));
  }

  /** v3/indicators/associations.rst L110-136. */
  @Test
  void indicatorToIndicatorTableMatchesTheDocs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Address to User Agent", "Address -> User Agent");
    expected.put("ASN to Address", "ASN -> Address");
    expected.put("ASN to CIDR", "ASN -> CIDR");
    expected.put("CIDR to Address", "CIDR -> Address");
    expected.put("DNS PTR Record", "Address -> Host");
    expected.put("Domain Registrant Email", "Host -> EmailAddress");
    expected.put("File Download", "URL -> File");
    expected.put("URL Host", "URL -> Host, Address");
    Map<String, String> actual = new LinkedHashMap<>();
    for (IndicatorAssociation a : spec.indicatorAssociations()) {
      actual.put(a.name(), a.primary() + " -> " + String.join(", ", a.nonPrimary()));
    }
    assertEquals(expected, actual);
    assertTrue(spec.indicatorAssociationAllowed("ASN", "Address"));
    assertFalse(spec.indicatorAssociationAllowed("Address", "ASN"));
  }

  /** v3/additional_fields.rst L29-150: the 23 values of OPTIONS /v3/indicators/fields. */
  @Test
  void indicatorFieldsParameterHasTheDocumentedValues() {
    List<String> names = spec.fieldsParams(spec.objectAt("indicators").orElseThrow());
    assertEquals(23, names.size());
    assertEquals(
        List.of(
            "associatedArtifacts", "associatedCases", "associatedGroups", "associatedIndicators",
            "associationName", "attributes", "customAssociations", "dnsResolution", "enrichment",
            "externalDates", "falsePositives", "fileActions", "fileOccurrences",
            "genericCustomIndicatorValues", "geoLocation", "investigationLinks", "observations",
            "securityLabels", "sightings", "tags", "threatAssess", "trackedUsers", "whoIs"),
        names);
  }

  /**
   * v3/indicators/indicators.rst L10: an Indicator by ID or summary; v3/groups/groups.rst L10-12: a
   * Group by ID or, with the owner parameter, by XID; every other object by ID.
   */
  @Test
  void pathKeysMatchTheDocs() {
    for (ObjectType object : spec.objects()) {
      List<PathKey> expected =
          object.name().equals("Indicators")
              ? List.of(PathKey.ID, PathKey.SUMMARY)
              : object.name().equals("Groups") ? List.of(PathKey.ID, PathKey.XID) : List.of(PathKey.ID);
      assertEquals(expected, object.pathKeys(), object.name());
    }
  }

  /** Owner fields exist exactly where the docs put them in bodies (Indicators and Groups). */
  @Test
  void ownerFieldsOnlyOnIndicatorsAndGroups() {
    for (ObjectType object : spec.objects()) {
      boolean hasOwner =
          spec.catalog(object).body().stream()
              .anyMatch(f -> f.value().kind() == ValueKind.OWNER_NAME);
      boolean expected = object.name().equals("Indicators") || object.name().equals("Groups");
      assertEquals(expected, hasOwner, object.name());
    }
  }

  private Map<String, String> requiredFieldsByType(String endpoint) {
    Catalog catalog = spec.catalog(spec.objectAt(endpoint).orElseThrow());
    Map<String, String> result = new LinkedHashMap<>();
    for (String type : catalog.types()) {
      result.put(type, requiredFields(endpoint, type));
    }
    return result;
  }

  private String requiredFields(String endpoint, String type) {
    Catalog catalog = spec.catalog(spec.objectAt(endpoint).orElseThrow());
    List<BodyField> fields = type == null ? catalog.body() : catalog.fieldsOf(type);
    StringBuilder out = new StringBuilder();
    String group = null;
    for (BodyField field : fields) {
      if (field.value().kind() == ValueKind.TYPE
          || field.requirement().kind() == Requirement.Kind.OPTIONAL) {
        continue;
      }
      String fieldGroup = field.requirement().group().orElse(null);
      if (fieldGroup != null && fieldGroup.equals(group)) {
        out.append('|').append(field.name());
        continue;
      }
      group = fieldGroup;
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(field.name());
    }
    return out.toString();
  }

  private List<String> values(String enumName) {
    return spec.enumType(enumName).orElseThrow().values();
  }
}
