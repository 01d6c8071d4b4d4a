package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unknown paths and objects (404) and wrong methods (405), with the error envelope
 * (v3/http_status_codes.rst).
 */
@ExtendWith(SandboxExtension.class)
class RoutingTest {
  private final TestClient client;

  RoutingTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  @Test
  void unknownPathsAreNotFound() {
    AuthTest.assertError(client.get("/v3/nothing"), 404, "No such path: /api/v3/nothing");
    AuthTest.assertError(client.get("/v2/groups"), 404, "No such path: /api/v2/groups");
    AuthTest.assertError(client.get("/v3/groups/1/pdf"), 404, "No such path: /api/v3/groups/1/pdf");
    AuthTest.assertError(
        client.get("/v3/security/nothing"), 404, "No such path: /api/v3/security/nothing");
  }

  @Test
  void unknownObjectsAreNotFound() {
    AuthTest.assertError(client.get("/v3/groups/987654"), 404, "No Group with id 987654");
    AuthTest.assertError(
        client.put("/v3/cases/987654", "{\"name\": \"x\"}"), 404, "No Case with id 987654");
    AuthTest.assertError(
        client.delete("/v3/victimAssets/987654"), 404, "No Victim Asset with id 987654");
    AuthTest.assertError(
        client.get("/v3/cases/my-xid"),
        404,
        "No Case with id 'my-xid' (/v3/cases names objects by numeric id)");
    AuthTest.assertError(
        client.get("/v3/groups/my-xid?owner=Demo%20Source"), 404, "No Group with XID 'my-xid' in Demo Source");
  }

  /** v3/groups/groups.rst L10-12: a Group's XID in the path needs the owner parameter. */
  @Test
  void aGroupXidNeedsTheOwner() {
    AuthTest.assertError(
        client.get("/v3/groups/my-xid"),
        400,
        "'my-xid' is not an id; to name a Group by XID, add the owner query parameter");
  }

  /** An id of another endpoint's object names nothing here. */
  @Test
  void idsBelongToOneEndpoint() {
    long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"G\"}").id();
    assertEquals(404, client.get("/v3/indicators/" + group).status());
  }

  @Test
  void wrongMethodsAreNotAllowed() {
    Response putOnList = client.put("/v3/groups", "{}");
    AuthTest.assertError(
        putOnList, 405, "PUT is not allowed on /api/v3/groups (allowed: GET, POST, OPTIONS)");
    assertEquals(List.of("GET, POST, OPTIONS"), putOnList.headers().get("allow"));
    AuthTest.assertError(
        client.delete("/v3/groups"),
        405,
        "DELETE is not allowed on /api/v3/groups (allowed: GET, POST, OPTIONS)");
    AuthTest.assertError(
        client.post("/v3/groups/5", "{}"),
        405,
        "POST is not allowed on /api/v3/groups/5 (allowed: GET, PUT, DELETE)");
    assertEquals(405, client.options("/v3/groups/5").status());
    assertEquals(405, client.delete("/v3/security/owners").status());
  }
}
