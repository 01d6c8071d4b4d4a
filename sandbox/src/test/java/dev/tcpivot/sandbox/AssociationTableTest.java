package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.PathKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the association table (v3/associations.rst L17-57), read from the spec: each
 * endpoint accepts exactly the types its row lists, on POST and on PUT, and refuses every other
 * association target with a 400 naming the endpoint, the refused type and the allowed ones.
 */
class AssociationTableTest {
  private static Sandbox sandbox;
  private static TestClient client;
  private static Fixtures fixtures;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = new TestClient(sandbox);
    fixtures = new Fixtures(client);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Stream<Arguments> allowed() {
    return pairs(true);
  }

  static Stream<Arguments> refused() {
    return pairs(false);
  }

  private static Stream<Arguments> pairs(boolean allowed) {
    List<Arguments> pairs = new ArrayList<>();
    for (AssociationRule rule : Fixtures.SPEC.associations()) {
      for (ObjectType target : Fixtures.SPEC.associationTargets()) {
        if (rule.allows(target) == allowed) {
          pairs.add(Arguments.of(rule.endpoint(), target));
        }
      }
    }
    return pairs.stream();
  }

  /** Indicator-to-Indicator links need a primary parent and a non-primary child (L98-138). */
  private static String[] types(ObjectType endpoint, ObjectType target) {
    if (endpoint.equals(target) && endpoint.pathKeys().contains(PathKey.SUMMARY)) {
      IndicatorAssociation first = Fixtures.SPEC.indicatorAssociations().get(0);
      return new String[] {first.primary(), first.nonPrimary().get(0)};
    }
    return new String[] {Fixtures.firstType(endpoint), Fixtures.firstType(target)};
  }

  private static ObjectNode block(ObjectType target, long id) {
    ObjectNode block = JsonNodeFactory.instance.objectNode();
    block.putArray("data").addObject().put("id", id);
    return block;
  }

  private static String field(ObjectType target) {
    return target.associationField().orElseThrow();
  }

  /** POST with an existing object by id links both, and each side reports it if its row lets it. */
  @ParameterizedTest(name = "POST {0} with {1}")
  @MethodSource("allowed")
  void postLinksWhatTheRowAllows(ObjectType endpoint, ObjectType target) {
    String[] types = types(endpoint, target);
    long other = fixtures.create(target, types[1]);
    ObjectNode body = fixtures.minimal(endpoint, types[0]);
    body.set(field(target), block(target, other));
    Response created = client.post(Fixtures.path(endpoint) + "?fields=" + field(target), body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(List.of(other), List.copyOf(Fixtures.ids(created.data().path(field(target)))));
    assertVisibleFromTheOtherSide(endpoint, created.id(), target, other);
  }

  /** PUT with an existing object by id links both (v3/update_metadata.rst: append by default). */
  @ParameterizedTest(name = "PUT {0} with {1}")
  @MethodSource("allowed")
  void putLinksWhatTheRowAllows(ObjectType endpoint, ObjectType target) {
    String[] types = types(endpoint, target);
    long subject = fixtures.create(endpoint, types[0]);
    long other = fixtures.create(target, types[1]);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set(field(target), block(target, other));
    Response updated = client.put(Fixtures.path(endpoint) + "/" + subject, body);
    assertEquals(200, updated.status(), updated::toString);
    Response read =
        client.get(Fixtures.path(endpoint) + "/" + subject + "?fields=" + field(target));
    assertTrue(Fixtures.ids(read.data().path(field(target))).contains(other), read::toString);
    assertVisibleFromTheOtherSide(endpoint, subject, target, other);
  }

  private static void assertVisibleFromTheOtherSide(
      ObjectType endpoint, long subject, ObjectType target, long other) {
    if (endpoint.associationField().isEmpty() || !Fixtures.SPEC.rule(target).allows(endpoint)) {
      return; // e.g. Victims and IRs: no endpoint reports them as associations
    }
    String back = endpoint.associationField().get();
    Response read = client.get(Fixtures.path(target) + "/" + other + "?fields=" + back);
    assertEquals(200, read.status(), read::toString);
    assertTrue(Fixtures.ids(read.data().path(back)).contains(subject), read::toString);
  }

  /** A type outside the row is refused on POST, and nothing is created. */
  @ParameterizedTest(name = "POST {0} with {1}")
  @MethodSource("refused")
  void postRefusesWhatTheRowDoesNotList(ObjectType endpoint, ObjectType target) {
    long other = fixtures.create(target);
    ObjectNode body = fixtures.minimal(endpoint);
    body.set(field(target), block(target, other));
    int before = count(endpoint);
    Response refused = client.post(Fixtures.path(endpoint), body);
    AuthTest.assertError(refused, 400, expectedMessage(endpoint, target));
    assertEquals(before, count(endpoint));
  }

  /** A type outside the row is refused on PUT. */
  @ParameterizedTest(name = "PUT {0} with {1}")
  @MethodSource("refused")
  void putRefusesWhatTheRowDoesNotList(ObjectType endpoint, ObjectType target) {
    long subject = fixtures.create(endpoint);
    long other = fixtures.create(target);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set(field(target), block(target, other));
    Response refused = client.put(Fixtures.path(endpoint) + "/" + subject, body);
    AuthTest.assertError(refused, 400, expectedMessage(endpoint, target));
  }

  private static String expectedMessage(ObjectType endpoint, ObjectType target) {
    return endpoint.endpoint()
        + " cannot associate "
        + target.name()
        + " (it can associate: "
        + Fixtures.names(Fixtures.SPEC.rule(endpoint).targets())
        + ")";
  }

  private static int count(ObjectType endpoint) {
    return client.get(Fixtures.path(endpoint) + "?count=true").body().path("count").asInt();
  }
}
