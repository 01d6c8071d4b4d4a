package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fields parameter and OPTIONS /v3/{type}/fields (v3/additional_fields.rst, v3/associations.rst
 * L267-282).
 */
@ExtendWith(SandboxExtension.class)
class FieldsParameterTest {
  private final TestClient client;
  private final Fixtures fixtures;

  FieldsParameterTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<ObjectType> endpoints() {
    return Fixtures.SPEC.objects().stream();
  }

  /**
   * additional_fields.rst L29-150: {"data": [{name, description, includedByDefault}], "count",
   * "status"}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void optionsListsTheAcceptedValues(ObjectType endpoint) {
    Response options = client.options(Fixtures.path(endpoint) + "/fields");
    assertEquals(200, options.status(), options::toString);
    List<String> names = new ArrayList<>();
    for (JsonNode item : options.data()) {
      names.add(item.path("name").asText());
      assertFalse(item.path("includedByDefault").asBoolean(true));
      assertFalse(item.path("description").asText().isEmpty());
    }
    assertEquals(Fixtures.SPEC.fieldsParams(endpoint), names);
    assertEquals(names.size(), options.body().path("count").asInt());
    assertEquals("Success", options.body().path("status").asText());
  }

  /** A value the endpoint does not accept is refused with the accepted ones. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void unknownValueIsRefused(ObjectType endpoint) {
    long id = fixtures.create(endpoint);
    String expected =
        "Unknown fields value 'nonsense' for "
            + endpoint.endpoint()
            + " (accepted: "
            + String.join(", ", Fixtures.SPEC.fieldsParams(endpoint))
            + ")";
    AuthTest.assertError(
        client.get(Fixtures.path(endpoint) + "/" + id + "?fields=nonsense"), 400, expected);
    AuthTest.assertError(client.get(Fixtures.path(endpoint) + "?fields=nonsense"), 400, expected);
    AuthTest.assertError(
        client.put(Fixtures.path(endpoint) + "/" + id + "?fields=nonsense", "{}"), 400, expected);
    AuthTest.assertError(
        client.post(Fixtures.path(endpoint) + "?fields=nonsense", fixtures.minimal(endpoint)),
        400,
        expected);
  }

  /** An association field of a type outside the row is not a fields value either. */
  @Test
  void associationOutsideTheRowIsNotAFieldsValue() {
    long asset =
        client
            .post(
                "/v3/victimAssets",
                "{\"type\": \"Phone\", \"phone\": \"1\", \"victimId\": "
                    + client.post("/v3/victims", "{\"name\": \"V\"}").id()
                    + "}")
            .id();
    AuthTest.assertError(
        client.get("/v3/victimAssets/" + asset + "?fields=associatedIndicators"),
        400,
        "Unknown fields value 'associatedIndicators' for /v3/victimAssets (accepted:"
            + " associatedGroups)");
  }

  /**
   * Associations appear only when asked, on POST, GET and PUT alike, as {"data": [...], "count":
   * N}.
   */
  @Test
  void associationsAppearOnlyWhenAsked() {
    long group = client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Asked\"}").id();
    String body =
        "{\"type\": \"Host\", \"hostName\": \"asked.example\", \"associatedGroups\": {\"data\":"
            + " [{\"id\": "
            + group
            + "}]}}";
    Response plain = client.post("/v3/indicators", body);
    assertFalse(plain.data().has("associatedGroups"));
    Response asked = client.get("/v3/indicators/asked.example?fields=associatedGroups&fields=tags");
    JsonNode groups = asked.data().path("associatedGroups");
    assertEquals(1, groups.path("count").asInt());
    assertEquals(group, groups.path("data").get(0).path("id").asLong());
    assertEquals("Asked", groups.path("data").get(0).path("name").asText());
    assertTrue(asked.data().path("tags").path("data").isArray());
    Response put =
        client.put("/v3/indicators/asked.example?fields=associatedGroups", "{\"confidence\": 5}");
    assertEquals(1, put.data().path("associatedGroups").path("count").asInt());
  }

  /**
   * update_metadata.rst L114-143: tags and security labels take modes too, and are returned when
   * asked.
   */
  @Test
  void metadataListsFollowTheirModes() {
    client.post(
        "/v3/indicators",
        "{\"type\": \"Host\", \"hostName\": \"ultrabadguy.example\", \"tags\": {\"data\":"
            + " [{\"name\": \"Targeted Attack\"}]}, \"securityLabels\": {\"data\": [{\"name\":"
            + " \"TLP:AMBER\"}]}}");
    Response put =
        client.put(
            "/v3/indicators/ultrabadguy.example?fields=securityLabels&fields=tags",
            "{\"securityLabels\": {\"data\": [{\"name\": \"TLP:RED\"}], \"mode\": \"replace\"},"
                + " \"tags\": {\"data\": [{\"name\": \"Russia\"}], \"mode\": \"append\"}}");
    assertEquals(200, put.status(), put::toString);
    assertEquals(List.of("TLP:RED"), names(put.data().path("securityLabels")));
    assertEquals(List.of("Targeted Attack", "Russia"), names(put.data().path("tags")));
    Response deleted =
        client.put(
            "/v3/indicators/ultrabadguy.example?fields=tags",
            "{\"tags\": {\"data\": [{\"name\": \"Targeted Attack\"}], \"mode\": \"delete\"}}");
    assertEquals(List.of("Russia"), names(deleted.data().path("tags")));
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.path("data").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}
