package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tags, Security Labels and Attributes on every endpoint whose row of metadata.table lists them
 * (v3/update_metadata.rst L24-98): set on create, changed on update with append, delete and
 * replace (L7-22), and read back with {@code fields=} in the shapes of the docs' examples.
 */
@ExtendWith(SandboxExtension.class)
class MetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestClient client;
  private final Fixtures fixtures;

  MetadataTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<ObjectType> withTags() {
    return having("tags");
  }

  static Stream<ObjectType> withLabels() {
    return having("securityLabels");
  }

  static Stream<ObjectType> withAttributes() {
    return having("attributes");
  }

  private static Stream<ObjectType> having(String metadata) {
    return Fixtures.SPEC.objects().stream()
        .filter(o -> Fixtures.SPEC.metadata(o).contains(metadata));
  }

  /**
   * update_metadata.rst L114-176: Tags are named on the way in and come back as Tag objects with
   * id, name and lastUsed (L157-176); append adds, delete removes by name, replace puts the new
   * ones in place of all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withTags")
  void tagsTakeTheThreeModes(ObjectType endpoint) {
    String path = Fixtures.path(endpoint);
    ObjectNode body = fixtures.minimal(endpoint);
    body.set("tags", block("{\"data\": [{\"name\": \"Targeted Attack\"}, {\"name\": \"Crime\"}]}"));
    Response created = client.post(path + "?fields=tags", body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(List.of("Targeted Attack", "Crime"), names(created.data().path("tags")));
    for (JsonNode tag : created.data().path("tags").path("data")) {
      assertTrue(tag.path("id").asLong() > 0, tag::toString);
      assertTrue(tag.path("lastUsed").isTextual(), tag::toString);
      // L157-176: no owner on a Tag inside an object.
      assertFalse(tag.has("owner"), tag::toString);
    }
    String object = path + "/" + created.id();

    Response appended =
        client.put(object + "?fields=tags", "{\"tags\": {\"data\": [{\"name\": \"Russia\"}]}}");
    assertEquals(List.of("Targeted Attack", "Crime", "Russia"), names(appended.data().path("tags")));
    Response deleted =
        client.put(
            object + "?fields=tags",
            "{\"tags\": {\"data\": [{\"name\": \"Crime\"}], \"mode\": \"delete\"}}");
    assertEquals(List.of("Targeted Attack", "Russia"), names(deleted.data().path("tags")));
    Response replaced =
        client.put(
            object + "?fields=tags",
            "{\"tags\": {\"data\": [{\"name\": \"Espionage\"}], \"mode\": \"replace\"}}");
    assertEquals(List.of("Espionage"), names(replaced.data().path("tags")));
    Response read = client.get(object + "?fields=tags");
    assertEquals(List.of("Espionage"), names(read.data().path("tags")));
    assertEquals(1, read.data().path("tags").path("count").asInt());
  }

  /**
   * A Tag is one object wherever it is applied: the same name in the same owner has the same id
   * (v3/tags/retrieve.rst L17-49 lists each Tag once).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withTags")
  void theSameNameIsTheSameTag(ObjectType endpoint) {
    String path = Fixtures.path(endpoint);
    String name = Fixtures.unique("shared");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ObjectNode body = fixtures.minimal(endpoint);
      body.set("tags", block("{\"data\": [{\"name\": \"" + name + "\"}]}"));
      Response created = client.post(path + "?fields=tags", body);
      ids.add(created.data().path("tags").path("data").path(0).path("id").asLong());
    }
    assertEquals(ids.get(0), ids.get(1));
  }

  /**
   * v3/indicators/create.rst L37-38: an ATT&CK Tag by techniqueId or by name; the docs' T1566 is
   * Phishing (v3/additional_fields.rst L180-186).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withTags")
  void attackTagsByTechniqueOrName(ObjectType endpoint) {
    ObjectNode body = fixtures.minimal(endpoint);
    body.set(
        "tags", block("{\"data\": [{\"techniqueId\": \"T1566\"}, {\"name\": \"Phishing\"}]}"));
    Response created = client.post(Fixtures.path(endpoint) + "?fields=tags", body);
    assertEquals(201, created.status(), created::toString);
    JsonNode tags = created.data().path("tags").path("data");
    assertEquals(1, tags.size(), tags::toString);
    assertEquals("Phishing", tags.path(0).path("name").asText());
    assertEquals("T1566", tags.path(0).path("techniqueId").asText());
    assertEquals(475, tags.path(0).path("id").asLong());
    assertTrue(tags.path(0).path("description").asText().startsWith("Adversaries may send"));
  }

  /**
   * The docs are silent on a techniqueId that names no ATT&CK Tag; ATT&CK Tags are system-made and
   * cannot be made by applying one (v3/tags/retrieve.rst L108), so the sandbox refuses it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withTags")
  void anUnknownTechniqueIsRefused(ObjectType endpoint) {
    ObjectNode body = fixtures.minimal(endpoint);
    body.set("tags", block("{\"data\": [{\"techniqueId\": \"T0000\"}]}"));
    Response refused = client.post(Fixtures.path(endpoint), body);
    assertEquals(400, refused.status(), refused::toString);
    assertEquals("Error", refused.body().path("status").asText());
    assertTrue(refused.message().contains("T0000"), refused::toString);
  }

  /**
   * update_metadata.rst L128-135, L177-188: TLP:RED by name comes back as the System label with
   * its id, color and description; replace leaves only it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withLabels")
  void securityLabelsAreTheSystemLabels(ObjectType endpoint) {
    ObjectNode body = fixtures.minimal(endpoint);
    body.set("securityLabels", block("{\"data\": [{\"name\": \"TLP:AMBER\"}]}"));
    Response created = client.post(Fixtures.path(endpoint) + "?fields=securityLabels", body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(List.of("TLP:AMBER"), names(created.data().path("securityLabels")));
    String object = Fixtures.path(endpoint) + "/" + created.id();
    Response replaced =
        client.put(
            object + "?fields=securityLabels",
            "{\"securityLabels\": {\"data\": [{\"name\": \"TLP:RED\"}], \"mode\": \"replace\"}}");
    JsonNode label = replaced.data().path("securityLabels").path("data").path(0);
    assertEquals(1, replaced.data().path("securityLabels").path("data").size());
    assertEquals(4, label.path("id").asLong());
    assertEquals("TLP:RED", label.path("name").asText());
    assertEquals("FF2B2B", label.path("color").asText());
    assertEquals("System", label.path("owner").asText());
    assertEquals("2016-08-31T00:00:00Z", label.path("dateAdded").asText());
    assertTrue(label.path("description").asText().startsWith("This security label is used"));
    Response deleted =
        client.put(
            object + "?fields=securityLabels",
            "{\"securityLabels\": {\"data\": [{\"name\": \"TLP:RED\"}], \"mode\": \"delete\"}}");
    assertEquals(List.of(), names(deleted.data().path("securityLabels")));
  }

  /**
   * v3/indicator_attributes/create.rst L35-53: an Attribute comes back with id, dateAdded, type,
   * value, source, lastModified, pinned and default; delete removes it by id; replace puts the new
   * ones in place of all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withAttributes")
  void attributesTakeTheThreeModes(ObjectType endpoint) {
    ObjectNode body = fixtures.minimal(endpoint);
    body.set(
        "attributes",
        block(
            "{\"data\": [{\"type\": \"Additional Analysis and Context\", \"value\": \"Host used"
                + " by hacker conglomerate traced to Iran.\", \"source\": \"Phase of Intrusion\"}]}"));
    Response created = client.post(Fixtures.path(endpoint) + "?fields=attributes", body);
    assertEquals(201, created.status(), created::toString);
    JsonNode attribute = created.data().path("attributes").path("data").path(0);
    List<String> keys = new ArrayList<>();
    attribute.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "id", "dateAdded", "type", "value", "source", "lastModified", "pinned", "default"),
        keys);
    assertEquals("Phase of Intrusion", attribute.path("source").asText());
    assertFalse(attribute.path("pinned").asBoolean(true));
    assertFalse(attribute.path("default").asBoolean(true));
    String object = Fixtures.path(endpoint) + "/" + created.id();

    Response appended =
        client.put(
            object + "?fields=attributes",
            "{\"attributes\": {\"data\": [{\"type\": \"Description\", \"value\": \"second\"}]}}");
    assertEquals(2, appended.data().path("attributes").path("data").size(), appended::toString);
    Response deleted =
        client.put(
            object + "?fields=attributes",
            "{\"attributes\": {\"data\": [{\"id\": "
                + attribute.path("id").asLong()
                + "}], \"mode\": \"delete\"}}");
    assertEquals(List.of("second"), values(deleted.data().path("attributes")));
    Response replaced =
        client.put(
            object + "?fields=attributes",
            "{\"attributes\": {\"data\": [{\"type\": \"Description\", \"value\": \"third\"}],"
                + " \"mode\": \"replace\"}}");
    assertEquals(List.of("third"), values(replaced.data().path("attributes")));
  }

  /** indicator_attributes/fields.rst L52-61: type and value are required for creation. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withAttributes")
  void anAttributeNeedsTypeAndValue(ObjectType endpoint) {
    ObjectNode body = fixtures.minimal(endpoint);
    body.set("attributes", block("{\"data\": [{\"type\": \"Description\"}]}"));
    Response refused = client.post(Fixtures.path(endpoint), body);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.message().contains("value"), refused::toString);
  }

  /**
   * A failed request leaves no Tag behind: the Tag a refused create would have made is not on the
   * object the next create makes (the sandbox's requests are all or nothing).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withTags")
  void aRefusedRequestMakesNoTag(ObjectType endpoint) {
    String name = Fixtures.unique("rolled back");
    ObjectNode body = fixtures.minimal(endpoint);
    body.set(
        "tags",
        block("{\"data\": [{\"name\": \"" + name + "\"}, {\"techniqueId\": \"T0000\"}]}"));
    assertEquals(400, client.post(Fixtures.path(endpoint), body).status());
    Response tags = client.get("/v3/tags?resultLimit=10000");
    assertEquals(200, tags.status(), tags::toString);
    for (JsonNode tag : tags.data()) {
      assertFalse(name.equals(tag.path("name").asText()), tag::toString);
    }
  }

  static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.path("data").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  private static List<String> values(JsonNode list) {
    List<String> values = new ArrayList<>();
    list.path("data").forEach(item -> values.add(item.path("value").asText()));
    return values;
  }

  static JsonNode block(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
