package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /v3/tags}, {@code GET /v3/securityLabels}, {@code GET /v3/attributeTypes} and {@code
 * GET /v3/security/owners}: the shapes of the docs' examples, paging, tql and owner.
 */
@ExtendWith(SandboxExtension.class)
class SharedMetadataListsTest {
  private final TestClient client;

  SharedMetadataListsTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  /**
   * v3/tags/retrieve.rst L17-49: a Tag applied to a Group is listed with id, name, owner and
   * lastUsed; the ATT&CK Tags are listed too, with techniqueId (L89, L108); the owner parameter
   * keeps one owner's (L51-52).
   */
  @Test
  void tagsAreListedWithTheirOwner() {
    client.post(
        "/v3/groups?owner=Demo%20Community",
        "{\"type\": \"Adversary\", \"name\": \"Tagged\", \"tags\": {\"data\": [{\"name\":"
            + " \"Robbery\", \"description\": \"Stolen goods\"}]}}");
    Response all = client.get("/v3/tags?resultLimit=10000");
    assertEquals(200, all.status(), all::toString);
    assertEquals("Success", all.body().path("status").asText());
    JsonNode robbery = named(all.data(), "Robbery");
    List<String> keys = new ArrayList<>();
    robbery.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("id", "name", "owner", "description", "lastUsed"), keys);
    assertEquals("Demo Community", robbery.path("owner").asText());
    assertEquals("T1566", named(all.data(), "Phishing").path("techniqueId").asText());

    Response community = client.get("/v3/tags?owner=Demo%20Community&resultLimit=10000");
    assertTrue(names(community.data()).contains("Robbery"));
    assertFalse(names(community.data()).contains("Phishing"));
    assertTrue(client.get("/v3/tags?owner=Demo%20Source").data().isEmpty());

    Response one = client.get("/v3/tags/" + robbery.path("id").asLong());
    assertEquals(200, one.status(), one::toString);
    assertEquals(robbery, one.data());
    assertEquals(404, client.get("/v3/tags/999999").status());
  }

  /** retrieve.rst L86-122: techniqueId IS NULL keeps the standard Tags, IS NOT NULL the ATT&CK. */
  @Test
  void tagsFilteredWithTql() {
    client.post(
        "/v3/indicators",
        "{\"type\": \"Host\", \"hostName\": \"tql-tags.example\", \"tags\": {\"data\":"
            + " [{\"name\": \"Standard One\"}]}}");
    List<String> standard =
        names(client.get("/v3/tags?resultLimit=10000&tql=techniqueId%20is%20null").data());
    assertTrue(standard.contains("Standard One"));
    assertFalse(standard.contains("Phishing"));
    List<String> attack =
        names(client.get("/v3/tags?resultLimit=10000&tql=techniqueId%20is%20not%20null").data());
    assertTrue(attack.contains("Phishing"));
    assertFalse(attack.contains("Standard One"));
    // tql-keywords.md L454: hasIndicator runs over the Indicators holding the Tag.
    String nested = TqlQueries.encode("hasIndicator(summary = \"tql-tags.example\")");
    assertEquals(
        List.of("Standard One"), names(client.get("/v3/tags?tql=" + nested).data()));
    Response bad = client.get("/v3/tags?tql=" + TqlQueries.encode("nonsense = 1"));
    assertEquals(400, bad.status(), bad::toString);
  }

  /** enable_pagination.rst: resultLimit pages the list and next names the following page. */
  @Test
  void tagsArePaged() {
    Response first = client.get("/v3/tags?resultLimit=1&count=true");
    assertEquals(1, first.data().size());
    assertTrue(first.body().path("next").asText().contains("resultStart=1"), first::toString);
    assertTrue(first.body().path("count").asInt() >= 3);
  }

  /** v3/security_labels/retrieve.rst L17-38, L60-67: the TLP labels, by id too. */
  @Test
  void securityLabelsAreTheTlpLabels() {
    Response all = client.get("/v3/securityLabels");
    assertEquals(200, all.status(), all::toString);
    JsonNode white = named(all.data(), "TLP:WHITE");
    assertEquals(1, white.path("id").asLong());
    assertEquals("FFFFFF", white.path("color").asText());
    assertEquals("System", white.path("owner").asText());
    assertEquals("2016-08-31T00:00:00Z", white.path("dateAdded").asText());
    assertEquals("33FF00", named(all.data(), "TLP:GREEN").path("color").asText());
    Response amber = client.get("/v3/securityLabels/3");
    assertEquals("TLP:AMBER", amber.data().path("name").asText());
    assertEquals("FFC000", amber.data().path("color").asText());
    List<String> keys = new ArrayList<>();
    amber.data().fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("id", "name", "description", "color", "owner", "dateAdded"), keys);
    // tql-keywords.md L428, L438: color and name.
    assertEquals(
        List.of("TLP:RED"),
        names(client.get("/v3/securityLabels?tql=" + TqlQueries.encode("color = \"FF2B2B\"")).data()));
  }

  /**
   * The docs are silent on applying a label name no label has; the sandbox accepts it and makes
   * the label in the object's owner, with no color or description.
   */
  @Test
  void anUnknownLabelNameMakesALabelInTheOwner() {
    Response created =
        client.post(
            "/v3/victims?fields=securityLabels",
            "{\"name\": \"Labelled\", \"securityLabels\": {\"data\": [{\"name\": \"Internal\"}]}}");
    assertEquals(201, created.status(), created::toString);
    JsonNode label = created.data().path("securityLabels").path("data").path(0);
    assertEquals("Internal", label.path("name").asText());
    assertEquals("Demo Organization", label.path("owner").asText());
    assertFalse(label.has("color"));
    assertEquals(label, named(client.get("/v3/securityLabels").data(), "Internal"));
  }

  /** v3/attribute_types/retrieve.rst L17-48, L64-79: the Attribute Types of the docs. */
  @Test
  void attributeTypesAreTheDocumentedOnes() {
    Response all = client.get("/v3/attributeTypes");
    assertEquals(200, all.status(), all::toString);
    assertEquals(
        List.of(
            "Course of Action Taken",
            "Infrastructure Ownership",
            "TTP Description: Malware/Tool Information"),
        names(all.data()));
    JsonNode ownership = all.data().path(1);
    assertEquals(19, ownership.path("maxSize").asInt());
    assertEquals("SelectOne", ownership.path("validationRule").path("type").asText());
    Response third = client.get("/v3/attributeTypes/3");
    assertEquals(500, third.data().path("maxSize").asInt());
    assertTrue(third.data().path("allowMarkdown").asBoolean());
    assertEquals(404, client.get("/v3/attributeTypes/4").status());
  }

  /** attribute_types/fields.rst L24-33 and tql-keywords.md L46-56: tql over Attribute Types. */
  @Test
  void attributeTypesFilteredWithTql() {
    assertEquals(
        List.of("Infrastructure Ownership"),
        names(client.get("/v3/attributeTypes?tql=" + TqlQueries.encode("maxsize < 100")).data()));
    String withoutTwo = "description CONTAINS \"a\" AND id != 2";
    assertEquals(
        List.of("Course of Action Taken", "TTP Description: Malware/Tool Information"),
        names(client.get("/v3/attributeTypes?tql=" + TqlQueries.encode(withoutTwo)).data()));
    Response options = client.options("/v3/attributeTypes/tql");
    assertEquals(11, options.body().path("count").asInt(), options::toString);
  }

  /** The lists are read-only here: security_labels/fields.rst L7 says "read-only endpoint". */
  @Test
  void securityLabelsAreReadOnly() {
    Response refused = client.post("/v3/securityLabels", "{\"name\": \"TLP:CLEAR\"}");
    assertEquals(405, refused.status(), refused::toString);
    Response options = client.options("/v3/securityLabels/tql");
    assertEquals(200, options.status(), options::toString);
    assertEquals(15, options.body().path("count").asInt()); // tql-keywords.md L428-442
  }

  /** v3/owners/retrieve.rst L17-109: the owners, in the list envelope, paged as other lists. */
  @Test
  void ownersArePaged() {
    Response all = client.get("/v3/security/owners");
    assertEquals(3, all.data().size(), all::toString);
    assertEquals("Success", all.body().path("status").asText());
    Response first = client.get("/v3/security/owners?resultLimit=1&count=true");
    assertEquals(1, first.data().size());
    assertEquals(3, first.body().path("count").asInt());
    assertTrue(first.body().path("next").asText().contains("/v3/security/owners?"), first::toString);
    // L77-105: the Organization with the API user's role and permissions of the docs' example.
    JsonNode organization = client.get("/v3/security/owners/1").data();
    assertEquals("Demo Organization", organization.path("name").asText());
    assertEquals("Organization Administrator", organization.path("ownerRole").asText());
    assertEquals("BUILD", organization.path("permApps").asText());
    assertEquals("NONE", client.get("/v3/security/owners/2").data().path("permTask").asText());
  }

  private static JsonNode named(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(item.path("name").asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + name + " in " + list);
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}
