package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * File Indicators for the batch tests of fileMergeMode and hashCollisionMode: made over v3 (POST
 * /v3/indicators with md5, sha1, sha256), a batch job of one File, and the Files read back over v3.
 */
final class FileIndicators {
  static final String MD5 = "905ad8176a569a36421bf54c04ba7f95";
  static final String SHA1 = "a52b6986d68cdfac53aa740566cbeade4452124e";
  static final String SHA1_OTHER = "b52b6986d68cdfac53aa740566cbeade4452124e";
  static final String SHA256 = "25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0";

  private static final String FIELDS =
      "?fields=tags&fields=attributes&fields=securityLabels&fields=associatedGroups";

  private final BatchClient batch;

  FileIndicators(Sandbox sandbox) {
    this.batch = new BatchClient(sandbox);
  }

  BatchClient batch() {
    return batch;
  }

  /**
   * Creates a File over v3 with the hashes given (null for none), a rating, a Tag and a Source
   * Attribute named {@code marker} and the Security Label {@code label}; its id.
   */
  long create(String md5, String sha1, String sha256, int rating, String marker, String label) {
    ObjectNode body = TestClient.JSON.createObjectNode();
    body.put("type", "File");
    putIfGiven(body, "md5", md5);
    putIfGiven(body, "sha1", sha1);
    putIfGiven(body, "sha256", sha256);
    body.put("rating", rating);
    body.set("tags", block("{\"name\": \"" + marker + "\"}"));
    body.set("attributes", block("{\"type\": \"Source\", \"value\": \"" + marker + "\"}"));
    body.set("securityLabels", block("{\"name\": \"" + label + "\"}"));
    Response created = batch.v3().post("/v3/indicators", body);
    assertEquals(201, created.status(), created::toString);
    return created.id();
  }

  /** The File with its Tags, Attributes, Security Labels and Groups; asserts it exists. */
  JsonNode read(long id) {
    return batch.get("/v3/indicators/" + id + FIELDS);
  }

  /** The status of GET /v3/indicators/{id}: 404 once the File is gone. */
  int status(long id) {
    return batch.v3().get("/v3/indicators/" + id).status();
  }

  /** The Files of the owner, by TQL, in id order. */
  JsonNode files() {
    return batch.get(
        "/v3/indicators?tql=" + BatchClient.enc("typeName EQ \"File\"") + "&fields=tags");
  }

  /** Runs a Create job of the file with the merge and collision modes (null for the default). */
  JsonNode run(String fileMergeMode, String hashCollisionMode, String file) {
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    putIfGiven(options, "fileMergeMode", fileMergeMode);
    putIfGiven(options, "hashCollisionMode", hashCollisionMode);
    JsonNode status = batch.run(options, file);
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    assertEquals(0, status.path("errorCount").asInt(), status::toString);
    return status;
  }

  /** An input file of one File Indicator with the summary and the extra fields (JSON members). */
  static String file(String summary, String extra) {
    return "{\"indicator\": [{\"type\": \"File\", \"summary\": \""
        + summary
        + "\""
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}]}";
  }

  /** md5 : sha1 : sha256 of L740, the parts given (null ones left out). */
  static String summary(String... hashes) {
    List<String> parts = new ArrayList<>();
    for (String hash : hashes) {
      if (hash != null) {
        parts.add(hash);
      }
    }
    return String.join(" : ", parts);
  }

  /** A field of each item of a list such as tags, in order. */
  static List<String> list(JsonNode object, String field, String key) {
    List<String> values = new ArrayList<>();
    object.path(field).path("data").forEach(item -> values.add(item.path(key).asText()));
    return values;
  }

  /** The File's md5, sha1 and sha256, an empty string for each it lacks. */
  static List<String> hashes(JsonNode file) {
    return List.of(
        file.path("md5").asText(""), file.path("sha1").asText(""), file.path("sha256").asText(""));
  }

  private static void putIfGiven(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static ObjectNode block(String item) {
    return TestClient.json("{\"data\": [" + item + "]}");
  }
}
