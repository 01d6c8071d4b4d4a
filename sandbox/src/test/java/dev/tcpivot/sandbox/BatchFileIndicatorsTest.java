package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.BatchClient.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File Indicators in a batch file (v2_batch_api.rst L724-770): hashes that add to an existing File,
 * and the hash collision modes (L64-70) when an incoming hash differs from the one held; and the
 * Indicator fields that become metadata (v2_batch_api_indicator_fields.rst: description).
 */
@SandboxPerMethod
class BatchFileIndicatorsTest {
  private static final String MD5 = "905ad8176a569a36421bf54c04ba7f95";
  private static final String SHA1_HELD = "a52b6986d68cdfac53aa740566cbeade4452124e";
  private static final String SHA1_INCOMING = "b52b6986d68cdfac53aa740566cbeade4452124e";
  private static final String SHA256 =
      "25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0";

  private final BatchClient batch;

  BatchFileIndicatorsTest(Sandbox sandbox) {
    this.batch = new BatchClient(sandbox);
  }

  private static String file(String summary, int rating) {
    return "{\"indicator\": [{\"summary\": \""
        + summary
        + "\", \"type\": \"File\", \"rating\": "
        + rating
        + "}]}";
  }

  /** L766-770: an incoming File with more hashes gives the existing one the superset. */
  @Test
  void moreHashesAddToTheExistingFile() {
    batch.run(BatchClient.options(ORG, false, "Create", "Append"), file(MD5, 1));
    batch.run(
        BatchClient.options(ORG, false, "Create", "Append"),
        file(MD5 + " : " + SHA1_HELD + " : " + SHA256, 2));
    JsonNode files = batch.v3().get("/v3/indicators").body().path("data");
    assertEquals(1, files.size(), files::toString);
    assertEquals(SHA1_HELD, files.get(0).path("sha1").asText());
    assertEquals(SHA256, files.get(0).path("sha256").asText());
    assertEquals(2, files.get(0).path("rating").asInt());
  }

  /**
   * L64-70: the existing File has md5 and one sha1, the incoming the same md5 and another sha1.
   * FavorIncoming (the default) takes the incoming sha1, FavorExisting keeps the held one,
   * IgnoreIncoming leaves the File as it was (rating included).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "FavorIncoming, " + SHA1_INCOMING + ", 3",
    "FavorExisting, " + SHA1_HELD + ", 3",
    "IgnoreIncoming, " + SHA1_HELD + ", 1"
  })
  void aHashCollisionFollowsTheMode(String mode, String sha1, int rating) {
    batch.run(
        BatchClient.options(ORG, false, "Create", "Append"), file(MD5 + " : " + SHA1_HELD, 1));
    ObjectNode options = BatchClient.options(ORG, false, "Create", "Append");
    options.put("hashCollisionMode", mode);
    JsonNode status = batch.run(options, file(MD5 + " : " + SHA1_INCOMING, 3));
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    JsonNode files = batch.v3().get("/v3/indicators").body().path("data");
    assertEquals(1, files.size(), files::toString);
    assertEquals(sha1, files.get(0).path("sha1").asText(), files::toString);
    assertEquals(rating, files.get(0).path("rating").asInt(), files::toString);
  }

  /**
   * L749-752: with md5 and sha256 fields, the summary (another md5 and a sha1) is ignored: the File
   * holds the two field hashes only, and nothing answers to the summary's md5.
   */
  @Test
  void hashFieldsMakeTheSummaryIgnored() {
    String otherMd5 = "0123456789abcdef0123456789abcdef";
    JsonNode status =
        batch.run(
            BatchClient.options(ORG, false, "Create", "Append"),
            "{\"indicator\": [{\"type\": \"File\", \"summary\": \""
                + otherMd5
                + " : "
                + SHA1_HELD
                + "\", \"md5\": \""
                + MD5
                + "\", \"sha256\": \""
                + SHA256
                + "\"}]}");
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    JsonNode file = batch.get("/v3/indicators/" + MD5);
    assertEquals(SHA256, file.path("sha256").asText(), file::toString);
    assertTrue(file.path("sha1").isMissingNode() || file.path("sha1").isNull(), file::toString);
    assertEquals(404, batch.v3().get("/v3/indicators/" + otherMd5).status());
    assertEquals(1, batch.v3().get("/v3/indicators").body().path("data").size());
  }

  /** A summary with a part that is no hash of the three lengths is refused by the md5 rule. */
  @Test
  void aSummaryPartThatIsNoHashIsAnError() {
    long id = batch.job(BatchClient.options(ORG, false, "Create", "Append"));
    batch.upload(id, file("abc : " + SHA1_HELD, 1));
    JsonNode status = batch.awaitCompleted(id);
    assertEquals(1, status.path("errorCount").asInt(), status::toString);
    JsonNode error = batch.results(id, "").body().get(0);
    assertTrue(error.path("errorReason").asText().contains("md5"), error::toString);
  }

  /** v2_batch_api_indicator_fields.rst: description is the default Description Attribute. */
  @Test
  void descriptionIsTheDefaultDescriptionAttribute() {
    batch.run(
        BatchClient.options(ORG, false, "Create", "Append"),
        "{\"indicator\": [{\"summary\": \"d.example.com\", \"type\": \"Host\","
            + " \"description\": \"seen in a phishing kit\"}]}");
    JsonNode host = batch.get("/v3/indicators/d.example.com?fields=attributes");
    assertEquals("seen in a phishing kit", host.path("description").asText(), host::toString);
    JsonNode attribute = host.path("attributes").path("data").get(0);
    assertEquals("Description", attribute.path("type").asText());
    assertTrue(attribute.path("default").asBoolean(), attribute::toString);
  }
}
