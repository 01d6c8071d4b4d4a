package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies checked against the catalogs: required fields per type (and one-of groups), type names,
 * enum values, updatable fields, read-only and unknown fields, malformed JSON. Each case is read
 * from the spec, so every catalog row is covered.
 */
class ValidationTest {
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

  /** (endpoint, type, the fields to leave out, the expected message). */
  static Stream<Arguments> missingRequiredFields() {
    List<Arguments> cases = new ArrayList<>();
    for (ObjectType endpoint : Fixtures.SPEC.objects()) {
      for (String type : Fixtures.types(endpoint)) {
        String kind = (type == null ? "" : type + " ") + endpoint.singular();
        String article = "AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (BodyField field : Fixtures.SPEC.catalog(endpoint).fieldsOf(type)) {
          Requirement requirement = field.requirement();
          if (requirement.kind() == Requirement.Kind.REQUIRED
              && field.value().kind() != ValueKind.TYPE) {
            cases.add(
                Arguments.of(
                    endpoint,
                    type,
                    List.of(field.name()),
                    "'" + field.name() + "' is required to create " + article + kind));
          } else if (requirement.kind() == Requirement.Kind.ONE_OF) {
            groups
                .computeIfAbsent(requirement.group().orElseThrow(), g -> new ArrayList<>())
                .add(field.name());
          }
        }
        groups
            .values()
            .forEach(
                members ->
                    cases.add(
                        Arguments.of(
                            endpoint,
                            type,
                            members,
                            "one of "
                                + String.join(", ", members)
                                + " is required to create "
                                + article
                                + kind)));
      }
    }
    return cases.stream();
  }

  /** Every catalog's required fields (v3/.../fields.rst, "Required For Creation"), per type. */
  @ParameterizedTest(name = "{0} {1} without {2}")
  @MethodSource("missingRequiredFields")
  void missingRequiredFieldIsRefused(
      ObjectType endpoint, String type, List<String> omit, String message) {
    ObjectNode body = fixtures.minimal(endpoint, type);
    omit.forEach(body::remove);
    int before = count(endpoint);
    AuthTest.assertError(client.post(Fixtures.path(endpoint), body), 400, message);
    assertEquals(before, count(endpoint));
  }

  static Stream<ObjectType> typedEndpoints() {
    return Fixtures.SPEC.objects().stream().filter(o -> Fixtures.SPEC.catalog(o).typed());
  }

  /**
   * A typed object needs a type from its catalog's list (e.g. v3/indicators/fields.rst L175-189).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("typedEndpoints")
  void typeIsRequiredAndChecked(ObjectType endpoint) {
    List<String> types = Fixtures.SPEC.catalog(endpoint).types();
    ObjectNode body = fixtures.minimal(endpoint);
    body.remove("type");
    Response missing = client.post(Fixtures.path(endpoint), body);
    assertEquals(400, missing.status());
    assertEquals(
        "'type' is required to create "
            + article(endpoint.singular())
            + endpoint.singular()
            + " (types: "
            + String.join(", ", types)
            + ")",
        missing.message());
    body.put("type", "Nonsense");
    Response unknown = client.post(Fixtures.path(endpoint), body);
    assertEquals(400, unknown.status());
    assertEquals(
        "\"Nonsense\" is not "
            + article(endpoint.singular())
            + endpoint.singular()
            + " type (types: "
            + String.join(", ", types)
            + ")",
        unknown.message());
  }

  private static String article(String word) {
    return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
  }

  /** (endpoint, type, enum field) for every enum-valued field. */
  static Stream<Arguments> enumFields() {
    List<Arguments> cases = new ArrayList<>();
    for (ObjectType endpoint : Fixtures.SPEC.objects()) {
      Catalog catalog = Fixtures.SPEC.catalog(endpoint);
      for (BodyField field : catalog.body()) {
        if (field.value().kind() == ValueKind.ENUM) {
          String type = field.common() ? Fixtures.firstType(endpoint) : field.types().get(0);
          cases.add(Arguments.of(endpoint, type, field));
        }
      }
    }
    return cases.stream();
  }

  /** Enum values from the spec's enums (e.g. Case severity, cases/fields.rst L184-189). */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("enumFields")
  void enumValuesAreChecked(ObjectType endpoint, String type, BodyField field) {
    ObjectNode body = fixtures.minimal(endpoint, type);
    body.put(field.name(), "Not A Value");
    List<String> values = field.value().enumType().orElseThrow().values();
    AuthTest.assertError(
        client.post(Fixtures.path(endpoint), body),
        400,
        "'"
            + field.name()
            + "' must be one of "
            + String.join(", ", values)
            + " (was \"Not A Value\")");
    body.put(field.name(), values.get(values.size() - 1));
    assertEquals(201, client.post(Fixtures.path(endpoint), body).status());
  }

  /** (endpoint, type, field) for every body field a PUT may not change. */
  static Stream<Arguments> nonUpdatableFields() {
    Map<String, Arguments> cases = new LinkedHashMap<>();
    for (ObjectType endpoint : Fixtures.SPEC.objects()) {
      for (String type : Fixtures.types(endpoint)) {
        for (BodyField field : Fixtures.SPEC.catalog(endpoint).fieldsOf(type)) {
          if (!field.updatable()) {
            cases.putIfAbsent(
                endpoint + "/" + field.name(), Arguments.of(endpoint, type, field.name()));
          }
        }
      }
    }
    return cases.values().stream();
  }

  /**
   * "Updatable" column of each fields.rst: a PUT naming a non-updatable field is refused, naming
   * it. A type is changed to another one: restating it unchanged is taken (WhatTheApiAlsoTakesTest).
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("nonUpdatableFields")
  void nonUpdatableFieldIsRefusedOnPut(ObjectType endpoint, String type, String field) {
    ObjectNode created = fixtures.minimal(endpoint, type);
    long id = client.post(Fixtures.path(endpoint), created).id();
    ObjectNode body = TestClient.JSON.createObjectNode();
    body.set(
        field,
        created.has(field) ? created.get(field) : TestClient.JSON.getNodeFactory().textNode("x"));
    if (field.equals("type")) {
      body.put(field, Fixtures.types(endpoint).stream()
          .filter(t -> t != null && !t.equals(type)).findFirst().orElse("another type"));
    }
    AuthTest.assertError(
        client.put(Fixtures.path(endpoint) + "/" + id, body),
        400,
        "'"
            + field
            + "' cannot be changed by a PUT to "
            + endpoint.endpoint()
            + " (it is not updatable)");
  }

  /** A required field cannot be cleared by a PUT; an optional one can. */
  @Test
  void requiredFieldCannotBeCleared() {
    long id =
        client
            .post(
                "/v3/cases",
                "{\"name\": \"N\", \"severity\": \"Low\", \"status\": \"Open\","
                    + " \"description\": \"d\"}")
            .id();
    AuthTest.assertError(
        client.put("/v3/cases/" + id, "{\"name\": null}"),
        400,
        "'name' is required, so a PUT cannot set it to null");
    Response cleared = client.put("/v3/cases/" + id, "{\"description\": null}");
    assertEquals(200, cleared.status(), cleared::toString);
    assertTrue(!cleared.data().has("description"), cleared::toString);
    assertEquals("N", cleared.data().path("name").asText());
  }

  /** A field that belongs to other types of the object (Signature's fileText on an Adversary). */
  @Test
  void fieldOfAnotherTypeIsRefused() {
    AuthTest.assertError(
        client.post(
            "/v3/groups",
            "{\"type\": \"Adversary\", \"name\": \"A\", \"fileText\": \"rule x {}\"}"),
        400,
        "'fileText' does not apply to Adversary Groups");
  }

  /** Read-only fields (indicators/fields.rst footnote 2: description and source) cannot be set. */
  @Test
  void readOnlyFieldIsRefused() {
    AuthTest.assertError(
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"ro.example\", \"description\": \"d\"}"),
        400,
        "'description' is read-only on /v3/indicators");
  }

  @Test
  void unknownFieldIsRefused() {
    AuthTest.assertError(
        client.post("/v3/victims", "{\"name\": \"V\", \"shoeSize\": 9}"),
        400,
        "Unknown field 'shoeSize' for /v3/victims");
  }

  @Test
  void wrongValueKindIsRefused() {
    AuthTest.assertError(
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"kind.example\", \"rating\": \"high\"}"),
        400,
        "'rating' must be a number (was \"high\")");
    AuthTest.assertError(
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"kind.example\", \"active\": \"yes\"}"),
        400,
        "'active' must be true or false (was \"yes\")");
  }

  /** v3/http_status_codes.rst: 400 for a badly formed request. */
  @Test
  void malformedJsonIsRefused() {
    Response broken = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": ");
    assertEquals(400, broken.status());
    assertTrue(broken.message().startsWith("Malformed JSON: "), broken::toString);
    Response duplicate =
        client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"a\", \"name\": \"b\"}");
    assertEquals(400, duplicate.status());
    assertTrue(duplicate.message().startsWith("Malformed JSON: "), duplicate::toString);
    Response trailing = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"a\"} {}");
    assertEquals(400, trailing.status(), trailing::toString);
    AuthTest.assertError(
        client.post("/v3/groups", "[]"), 400, "The request body must be a JSON object");
    AuthTest.assertError(
        client.send("POST", "/v3/groups", null),
        400,
        "The request body is empty; it must be a JSON object");
    long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"a\"}").id();
    Response onPut = client.put("/v3/groups/" + group, "nonsense");
    assertEquals(400, onPut.status());
    assertTrue(onPut.message().startsWith("Malformed JSON: "), onPut::toString);
  }

  /** An association field must hold {"data": [...]} (v3/associations.rst L71-81). */
  @Test
  void associationBlockMustHaveData() {
    AuthTest.assertError(
        client.post(
            "/v3/groups", "{\"type\": \"Adversary\", \"name\": \"a\", \"associatedGroups\": [1]}"),
        400,
        "'associatedGroups' must be an object like {\"data\": [...]}");
    AuthTest.assertError(
        client.post(
            "/v3/groups",
            "{\"type\": \"Adversary\", \"name\": \"a\", \"associatedGroups\": {\"data\": [],"
                + " \"extra\": 1}}"),
        400,
        "'associatedGroups' takes only data and mode, not 'extra'");
    AuthTest.assertError(
        client.post(
            "/v3/groups",
            "{\"type\": \"Adversary\", \"name\": \"a\", \"associatedGroups\": {\"data\": [5]}}"),
        400,
        "associatedGroups entry 1 must be an object");
  }

  private static int count(ObjectType endpoint) {
    return client.get(Fixtures.path(endpoint) + "?count=true").body().path("count").asInt();
  }
}
