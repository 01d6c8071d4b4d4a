package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Owners: the {@code owner} query parameter (v3/specify_owner.rst), ownerName/ownerId in bodies,
 * and the cross-owner column of the association table (v3/associations.rst L17-57).
 */
@ExtendWith(SandboxExtension.class)
class OwnersTest {
  private final Sandbox sandbox;
  private final TestClient client;
  private final Fixtures fixtures;

  OwnersTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  /** specify_owner.rst L17-56: POST ?owner=Demo%20Community creates there. */
  @Test
  void ownerParameterChoosesWhereToCreate() {
    Response created =
        client.post(
            "/v3/groups?owner=Demo%20Community",
            "{\"type\": \"Adversary\", \"name\": \"Bad Guy\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("Demo Community", created.data().path("ownerName").asText());
    assertEquals(sandbox.community().id(), created.data().path("ownerId").asLong());
  }

  /** specify_owner.rst L58-65: GET ?owner= lists one owner's objects only. */
  @Test
  void ownerParameterFiltersLists() {
    long inSource =
        client.post("/v3/victims?owner=Demo%20Source", "{\"name\": \"In Source\"}").id();
    long inOrg = client.post("/v3/victims", "{\"name\": \"In Org\"}").id();
    Set<Long> listed = Fixtures.ids(client.get("/v3/victims?owner=Demo%20Source").body());
    assertTrue(listed.contains(inSource));
    assertTrue(!listed.contains(inOrg));
    assertEquals(404, client.get("/v3/victims/" + inOrg + "?owner=Demo%20Source").status());
    assertEquals(200, client.get("/v3/victims/" + inSource + "?owner=Demo%20Source").status());
  }

  /** indicators/create.rst L19: Indicators are unique per owner, so each owner has its own copy. */
  @Test
  void indicatorsAreUniquePerOwner() {
    String body = "{\"type\": \"Host\", \"hostName\": \"owned.example\"}";
    long inOrg = client.post("/v3/indicators", body).id();
    long inSource = client.post("/v3/indicators?owner=Demo%20Source", body).id();
    assertNotEquals(inOrg, inSource);
    assertEquals(inOrg, client.get("/v3/indicators/owned.example").id());
    assertEquals(inSource, client.get("/v3/indicators/owned.example?owner=Demo%20Source").id());
    long byOwnerId =
        client
            .post(
                "/v3/indicators",
                "{\"type\": \"Host\", \"hostName\": \"owned.example\", \"ownerId\": "
                    + sandbox.source().id()
                    + "}")
            .id();
    assertEquals(inSource, byOwnerId);
    assertEquals(200, client.delete("/v3/indicators/owned.example?owner=Demo%20Source").status());
    assertEquals(404, client.get("/v3/indicators/" + inSource).status());
    assertEquals(inOrg, client.get("/v3/indicators/owned.example").id());
  }

  /** v3/http_status_codes.rst: 403 for an owner that does not exist. */
  @Test
  void unknownOwnerIsForbidden() {
    AuthTest.assertError(
        client.get("/v3/groups?owner=Nobody"),
        403,
        "Owner 'Nobody' does not exist or is not accessible to the API user");
    Response inBody =
        client.post(
            "/v3/groups", "{\"type\": \"Adversary\", \"name\": \"X\", \"ownerName\": \"Nobody\"}");
    assertEquals(403, inBody.status(), inBody::toString);
  }

  /**
   * associations.rst L200-206: an Indicator in a Source is named with ownerName next to its
   * summary.
   */
  @Test
  void indicatorRefsLookInTheNamedOwner() {
    long inSource =
        client
            .post(
                "/v3/indicators?owner=Demo%20Source",
                "{\"type\": \"Address\", \"ip\": \"5.5.5.5\"}")
            .id();
    long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Cross\"}").id();
    Response put =
        client.put(
            "/v3/groups/" + group + "?fields=associatedIndicators",
            "{\"associatedIndicators\": {\"data\": [{\"type\": \"Address\", \"ip\": \"5.5.5.5\","
                + " \"ownerName\": \"Demo Source\"}]}}");
    assertEquals(200, put.status(), put::toString);
    assertEquals(Set.of(inSource), Fixtures.ids(put.data().path("associatedIndicators")));
  }

  static Stream<Arguments> sameOwnerRows() {
    List<Arguments> cases = new ArrayList<>();
    for (AssociationRule rule : Fixtures.SPEC.associations()) {
      if (!rule.crossOwner()) {
        for (ObjectType target : rule.targets()) {
          cases.add(Arguments.of(rule.endpoint(), target));
        }
      }
    }
    return cases.stream();
  }

  private static String field(ObjectType target) {
    return target.associationField().orElseThrow();
  }

  private String crossOwner(ObjectType endpoint, ObjectType target, String why) {
    return field(target)
        + " entry 1: "
        + endpoint.endpoint()
        + " does not accept associations across owners: the "
        + endpoint.singular()
        + " is in "
        + sandbox.organization().name()
        + ", but "
        + why;
  }

  private long createIn(ObjectType endpoint, String ownerName) {
    Response created =
        client.post(
            Fixtures.path(endpoint) + "?owner=" + ownerName.replace(" ", "%20"),
            fixtures.minimal(endpoint));
    assertEquals(201, created.status(), created::toString);
    return created.id();
  }

  /** A same-owner row refuses, on PUT, an id of an object in another owner. */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("sameOwnerRows")
  void sameOwnerRowsRefuseIdsFromAnotherOwner(ObjectType endpoint, ObjectType target) {
    long subject = fixtures.create(endpoint);
    long other = createIn(target, sandbox.source().name());
    Response refused =
        client.put(
            Fixtures.path(endpoint) + "/" + subject,
            "{\"" + field(target) + "\": {\"data\": [{\"id\": " + other + "}]}}");
    AuthTest.assertError(
        refused,
        400,
        crossOwner(
            endpoint,
            target,
            target.singular() + " " + other + " is in " + sandbox.source().name()));
  }

  /** A same-owner row refuses, on POST, an id of an object in another owner; nothing is created. */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("sameOwnerRows")
  void sameOwnerRowsRefuseIdsFromAnotherOwnerOnCreate(ObjectType endpoint, ObjectType target) {
    long other = createIn(target, sandbox.community().name());
    var body = fixtures.minimal(endpoint);
    body.putObject(field(target)).putArray("data").addObject().put("id", other);
    int before = count(endpoint);
    Response refused = client.post(Fixtures.path(endpoint), body);
    AuthTest.assertError(
        refused,
        400,
        crossOwner(
            endpoint,
            target,
            target.singular() + " " + other + " is in " + sandbox.community().name()));
    assertEquals(before, count(endpoint));
  }

  /** A same-owner row refuses a ref that names another owner, new object or not. */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("sameOwnerRows")
  void sameOwnerRowsRefuseRefsNamingAnotherOwner(ObjectType endpoint, ObjectType target) {
    long subject = fixtures.create(endpoint);
    var newInSource = fixtures.minimal(target);
    newInSource.put("ownerName", sandbox.source().name());
    int before = count(target);
    Response refused =
        client.put(
            Fixtures.path(endpoint) + "/" + subject,
            "{\"" + field(target) + "\": {\"data\": [" + newInSource + "]}}");
    AuthTest.assertError(
        refused,
        400,
        crossOwner(endpoint, target, "the entry names owner " + sandbox.source().name()));
    assertEquals(before, count(target), "the new object was not created");

    long sameOwner = fixtures.create(target);
    Response byId =
        client.put(
            Fixtures.path(endpoint) + "/" + subject,
            "{\""
                + field(target)
                + "\": {\"data\": [{\"id\": "
                + sameOwner
                + ", \"ownerId\": "
                + sandbox.source().id()
                + "}]}}");
    AuthTest.assertError(
        byId,
        400,
        crossOwner(endpoint, target, "the entry names owner " + sandbox.source().name()));
  }

  /** Within one owner other than the Organization, a same-owner row links as usual. */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("sameOwnerRows")
  void sameOwnerRowsLinkWithinAnotherOwner(ObjectType endpoint, ObjectType target) {
    long other = createIn(target, sandbox.community().name());
    var body = fixtures.in(sandbox.community().name()).minimal(endpoint);
    body.putObject(field(target)).putArray("data").addObject().put("id", other);
    Response created =
        client.post(
            Fixtures.path(endpoint) + "?owner=Demo%20Community&fields=" + field(target), body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(Set.of(other), Fixtures.ids(created.data().path(field(target))));
  }

  static Stream<ObjectType> crossOwnerRows() {
    return Fixtures.SPEC.associations().stream()
        .filter(AssociationRule::crossOwner)
        .map(AssociationRule::endpoint);
  }

  /** Every row marked cross-owner links an object in the Organization to one in a Source. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("crossOwnerRows")
  void crossOwnerRowsLinkAcrossOwners(ObjectType endpoint) {
    // A target that lives in an owner of its own (not through a parent such as an Artifact's Case).
    ObjectType target =
        Fixtures.SPEC.rule(endpoint).targets().stream()
            .filter(
                t ->
                    Fixtures.requiredFields(t, Fixtures.firstType(t)).stream()
                        .noneMatch(f -> f.value().kind() == ValueKind.ID))
            .findFirst()
            .orElseThrow();
    long subject = fixtures.create(endpoint);
    long other = createIn(target, sandbox.source().name());
    Response put =
        client.put(
            Fixtures.path(endpoint) + "/" + subject + "?fields=" + field(target),
            "{\"" + field(target) + "\": {\"data\": [{\"id\": " + other + "}]}}");
    assertEquals(200, put.status(), put::toString);
    assertTrue(Fixtures.ids(put.data().path(field(target))).contains(other));
  }

  private int count(ObjectType endpoint) {
    return client.get(Fixtures.path(endpoint) + "?count=true").body().path("count").asInt();
  }
}
