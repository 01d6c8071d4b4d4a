package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Sandbox#reset()}: an empty store behind the same address and credentials. */
class ResetTest {
  /** return_count.rst: ?count=true answers the number of matching objects. */
  @Test
  void resetEmptiesTheStoreAndKeepsAddressCredentialsAndOwners() {
    try (Sandbox sandbox = Sandbox.builder().organization("Acme").start()) {
      TestClient client = new TestClient(sandbox);
      long victim = client.post("/v3/victims", "{\"name\": \"Before\"}").id();
      long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Before\"}").id();
      Response linked =
          client.put(
              "/v3/victims/" + victim,
              "{\"associatedGroups\": {\"data\": [{\"id\": " + group + "}]}}");
      assertEquals(200, linked.status(), linked::toString);
      String baseUrl = sandbox.baseUrl();
      String secret = sandbox.secretKey();

      sandbox.reset();

      assertEquals(baseUrl, sandbox.baseUrl());
      assertEquals(secret, sandbox.secretKey());
      assertEquals("Acme", sandbox.organization().name());
      assertEquals(0, client.get("/v3/victims?count=true").body().path("count").asInt());
      assertEquals(0, client.get("/v3/groups?count=true").body().path("count").asInt());
      assertEquals(404, client.get("/v3/victims/" + victim).status());
      // Ids start from 1 again, so a test sees the same ids however many ran before it.
      Response again = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"After\"}");
      assertEquals(201, again.status(), again::toString);
      assertEquals(1, again.id());
      assertEquals("Acme", again.data().path("ownerName").asText());
    }
  }

  /**
   * Tags and Security Labels are kept beside the objects: a reset takes the ones the tests made
   * and keeps those every instance has (the TLP labels, v3/security_labels; the ATT&CK Tags).
   */
  @Test
  void resetForgetsTheTagsAndLabelsTheTestsMade() {
    try (Sandbox sandbox = Sandbox.start()) {
      TestClient client = new TestClient(sandbox);
      Response tagged =
          client.post(
              "/v3/groups",
              "{\"type\": \"Adversary\", \"name\": \"Tagged\", \"tags\": {\"data\": [{\"name\": \"Spring Wave\"}]},"
                  + " \"securityLabels\": {\"data\": [{\"name\": \"Made Up\"}]}}");
      assertEquals(201, tagged.status(), tagged::toString);
      int tags = client.get("/v3/tags?count=true").body().path("count").asInt();
      int labels = client.get("/v3/securityLabels?count=true").body().path("count").asInt();

      sandbox.reset();

      assertEquals(tags - 1, client.get("/v3/tags?count=true").body().path("count").asInt());
      assertEquals(labels - 1, client.get("/v3/securityLabels?count=true").body().path("count").asInt());
      assertEquals(
          0,
          client.get("/v3/tags?tql=" + java.net.URLEncoder.encode("name = \"Spring Wave\"", java.nio.charset.StandardCharsets.UTF_8))
              .body().path("data").size());
      assertEquals(
          1,
          client.get("/v3/securityLabels?tql=" + java.net.URLEncoder.encode("name = \"TLP:RED\"", java.nio.charset.StandardCharsets.UTF_8))
              .body().path("data").size());
    }
  }
}
