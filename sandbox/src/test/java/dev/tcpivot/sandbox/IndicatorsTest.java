package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Indicator identity: summaries, lookups by summary and the create-or-update POST. */
@ExtendWith(SandboxExtension.class)
class IndicatorsTest {
  private final TestClient client;

  IndicatorsTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  /** indicators/indicators.rst L10: a path may name an Indicator by summary, percent-encoded. */
  @Test
  void pathNamesAnIndicatorBySummary() {
    long id =
        client
            .post("/v3/indicators", "{\"type\": \"URL\", \"text\": \"http://bad.example/a b?x=1\"}")
            .id();
    Response byEncodedSummary =
        client.get("/v3/indicators/http%3A%2F%2Fbad.example%2Fa%20b%3Fx%3D1");
    assertEquals(200, byEncodedSummary.status(), byEncodedSummary::toString);
    assertEquals(id, byEncodedSummary.id());
    assertEquals("http://bad.example/a b?x=1", byEncodedSummary.data().path("summary").asText());
  }

  /** A plus sign in a path is a plus sign, not a space. */
  @Test
  void plusInAPathIsLiteral() {
    long id = client.post("/v3/indicators", "{\"type\": \"Hashtag\", \"Hashtag\": \"#a+b\"}").id();
    assertEquals(id, client.get("/v3/indicators/%23a+b").id());
  }

  /** mergeFileHashes.rst L36, L52: a File's summary joins its hashes; either form names it. */
  @Test
  void fileSummaryJoinsTheHashes() {
    String md5 = "A".repeat(32);
    String sha1 = "B".repeat(40);
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"File\", \"md5\": \"" + md5 + "\", \"sha1\": \"" + sha1 + "\"}");
    assertEquals(md5 + " : " + sha1, created.data().path("summary").asText());
    assertEquals(created.id(), client.get("/v3/indicators/" + md5 + "%20%3A%20" + sha1).id());
    assertEquals(created.id(), client.get("/v3/indicators/" + sha1).id());
  }

  /**
   * Registry Key summaries are not documented; the sandbox joins the three key fields like File
   * hashes.
   */
  @Test
  void registryKeySummaryJoinsItsFields() {
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Registry Key\", \"Key Name\": \"HKEY_LOCAL_MACHINE\\\\Run\","
                + " \"Value Name\": \"evil\", \"Value Type\": \"REG_SZ\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        "HKEY_LOCAL_MACHINE\\Run : evil : REG_SZ", created.data().path("summary").asText());
  }

  /** indicators/create.rst L18-19: POSTing an existing Indicator updates it. */
  @Test
  void postingAnExistingIndicatorUpdatesIt() {
    long id =
        client
            .post(
                "/v3/indicators",
                "{\"type\": \"Host\", \"hostName\": \"again.example\", \"rating\": 2}")
            .id();
    Response again =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"again.example\", \"rating\": 4}");
    assertEquals(201, again.status(), again::toString);
    assertEquals(id, again.id());
    assertEquals(4, again.data().path("rating").asInt());
    assertEquals(
        1, client.get("/v3/indicators?tql=summary%20EQ%20%22again.example%22").data().size());
  }

  /**
   * A File POSTed again with one known hash and a new one is the same Indicator, with both hashes.
   */
  @Test
  void postingAFileAgainAddsAHash() {
    String md5 = "C".repeat(32);
    String sha256 = "D".repeat(64);
    long id = client.post("/v3/indicators", "{\"type\": \"File\", \"md5\": \"" + md5 + "\"}").id();
    Response again =
        client.post(
            "/v3/indicators",
            "{\"type\": \"File\", \"md5\": \"" + md5 + "\", \"sha256\": \"" + sha256 + "\"}");
    assertEquals(id, again.id());
    assertEquals(md5 + " : " + sha256, again.data().path("summary").asText());
  }

  /** A numeric path segment is an id, never a summary. */
  @Test
  void numericSegmentIsAnId() {
    client.post("/v3/indicators", "{\"type\": \"Hashtag\", \"Hashtag\": \"424242\"}");
    AuthTest.assertError(client.get("/v3/indicators/424242"), 404, "No Indicator with id 424242");
  }

  /** An unknown summary is a 404 naming the owner searched. */
  @Test
  void unknownSummaryIsNotFound() {
    AuthTest.assertError(
        client.get("/v3/indicators/nowhere.example"),
        404,
        "No Indicator with summary 'nowhere.example' in Demo Organization");
  }

  /** PUT and DELETE also take a summary (indicators/update.rst, delete.rst). */
  @Test
  void updateAndDeleteBySummary() {
    client.post("/v3/indicators", "{\"type\": \"EmailAddress\", \"address\": \"bad@bad.example\"}");
    Response put = client.put("/v3/indicators/bad%40bad.example", "{\"confidence\": 80}");
    assertEquals(200, put.status(), put::toString);
    assertEquals(80, put.data().path("confidence").asInt());
    assertEquals(200, client.delete("/v3/indicators/bad@bad.example").status());
    assertEquals(404, client.get("/v3/indicators/bad@bad.example").status());
  }
}
