package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The write types of a job (v2_batch_api.rst L50-60) on an object that already has Tags, Security
 * Labels and Attributes, and the Delete action (L47-49).
 */
@SandboxPerMethod
class BatchWriteTypesTest {
  private static final String FIRST =
      "{\"indicator\": [{\"summary\": \"w.example.com\", \"type\": \"Host\","
          + " \"tag\": [{\"name\": \"Old\"}], \"securityLabel\": [{\"name\": \"TLP:GREEN\"}],"
          + " \"attribute\": [{\"type\": \"Description\", \"value\": \"old\"},"
          + " {\"type\": \"Source\", \"value\": \"old source\"}]}],"
          + " \"group\": [{\"name\": \"W\", \"type\": \"Adversary\", \"xid\": \"w-1\","
          + " \"tag\": [{\"name\": \"Old\"}]}]}";
  private static final String SECOND =
      "{\"indicator\": [{\"summary\": \"w.example.com\", \"type\": \"Host\", \"rating\": 2,"
          + " \"tag\": [{\"name\": \"New\"}], \"securityLabel\": [{\"name\": \"TLP:RED\"}],"
          + " \"attribute\": [{\"type\": \"Description\", \"value\": \"new\"}]}],"
          + " \"group\": [{\"name\": \"W renamed\", \"type\": \"Adversary\", \"xid\": \"w-1\","
          + " \"tag\": [{\"name\": \"New\"}]}]}";

  private final BatchClient batch;

  BatchWriteTypesTest(Sandbox sandbox) {
    this.batch = new BatchClient(sandbox);
  }

  private void runBoth(String writeTypes) {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    JsonNode status = batch.run(BatchClient.options(ORG, false, "Create", writeTypes), SECOND);
    assertEquals(2, status.path("successCount").asInt(), status::toString);
  }

  private JsonNode host() {
    return batch.get(
        "/v3/indicators/w.example.com?fields=tags&fields=securityLabels&fields=attributes");
  }

  private JsonNode group() {
    return batch.get("/v3/groups/w-1?owner=" + BatchClient.enc(ORG) + "&fields=tags");
  }

  private static List<String> list(JsonNode object, String field, String key) {
    List<String> values = new ArrayList<>();
    object.path(field).path("data").forEach(item -> values.add(item.path(key).asText()));
    return values;
  }

  /** L55-56, L58-59: Append adds the incoming Tags and Security Labels to those there. */
  @Test
  void appendAddsTagsAndLabels() {
    runBoth("Append");
    JsonNode host = host();
    assertEquals(List.of("Old", "New"), list(host, "tags", "name"));
    assertEquals(List.of("TLP:GREEN", "TLP:RED"), list(host, "securityLabels", "name"));
    assertEquals(2, host.path("rating").asInt());
    assertEquals(List.of("Old", "New"), list(group(), "tags", "name"));
    assertEquals("W renamed", group().path("name").asText());
  }

  /** L57, L60: Replace puts the incoming Tags and Security Labels in place of those there. */
  @Test
  void replaceReplacesTagsAndLabels() {
    runBoth("Replace");
    JsonNode host = host();
    assertEquals(List.of("New"), list(host, "tags", "name"));
    assertEquals(List.of("TLP:RED"), list(host, "securityLabels", "name"));
    assertEquals(List.of("New"), list(group(), "tags", "name"));
  }

  /** L55-60: Replace is the default of tagWriteType and securityLabelWriteType. */
  @Test
  void replaceIsTheDefaultForTags() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.remove("tagWriteType");
    options.remove("securityLabelWriteType");
    batch.run(options, SECOND);
    assertEquals(List.of("New"), list(host(), "tags", "name"));
    assertEquals(List.of("TLP:RED"), list(host(), "securityLabels", "name"));
  }

  /**
   * The docs do not say what Replace does to an object whose incoming entry has no Tags: the
   * sandbox replaces only the lists an entry carries.
   */
  @Test
  void replaceLeavesListsTheEntryDoesNotCarry() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    batch.run(
        BatchClient.options(ORG, false, "Create", "Replace"),
        "{\"indicator\": [{\"summary\": \"w.example.com\", \"type\": \"Host\", \"rating\": 1}]}");
    assertEquals(List.of("Old"), list(host(), "tags", "name"));
    assertEquals(1, host().path("rating").asInt());
  }

  /** L51: Append adds the Attributes, without redundancy checking. */
  @Test
  void appendAddsAttributesEvenTwice() {
    runBoth("Append");
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), SECOND);
    assertEquals(
        List.of("old", "old source", "new", "new"), list(host(), "attributes", "value"));
  }

  /** L52: Replace replaces all Attributes. */
  @Test
  void replaceReplacesAllAttributes() {
    runBoth("Replace");
    assertEquals(List.of("new"), list(host(), "attributes", "value"));
  }

  /** L53: Singleton replaces only the Attributes of the incoming types. */
  @Test
  void singletonReplacesAttributesOfTheIncomingTypes() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put("attributeWriteType", "Singleton");
    batch.run(options, SECOND);
    assertEquals(List.of("old source", "new"), list(host(), "attributes", "value"));
  }

  /** L54: Static ignores the incoming Attributes. */
  @Test
  void staticIgnoresIncomingAttributes() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put("attributeWriteType", "Static");
    batch.run(options, SECOND);
    assertEquals(List.of("old", "old source"), list(host(), "attributes", "value"));
  }

  /**
   * L48: Delete deletes the objects of the owner that match the file. An object that matches
   * nothing is no error (the docs say only "matches any"): nothing to delete.
   */
  @Test
  void deleteDeletesWhatMatches() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    String file =
        "{\"indicator\": [{\"hostName\": \"w.example.com\", \"type\": \"Host\"},"
            + " {\"summary\": \"never.example.com\", \"type\": \"Host\"}],"
            + " \"group\": [{\"name\": \"any\", \"type\": \"Adversary\", \"xid\": \"w-1\"}]}";
    JsonNode status = batch.run(BatchClient.options(ORG, false, "Delete", "Append"), file);
    assertEquals(3, status.path("successCount").asInt(), status::toString);
    assertEquals(0, status.path("errorCount").asInt(), status::toString);
    assertEquals(404, batch.v3().get("/v3/indicators/w.example.com").status());
    assertEquals(0, batch.v3().get("/v3/groups").body().path("data").size());
  }

  /** L48: "in the specified owner": a Delete job in another owner leaves these alone. */
  @Test
  void deleteStaysInItsOwner() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), FIRST);
    batch.run(BatchClient.options("Demo Source", false, "Delete", "Append"), FIRST);
    assertEquals(200, batch.v3().get("/v3/indicators/w.example.com").status());
  }
}
