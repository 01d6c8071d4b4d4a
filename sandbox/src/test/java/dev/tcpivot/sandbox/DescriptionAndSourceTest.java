package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code description} and {@code source} are read-only and show the default Description and
 * Source Attributes (v3/indicators/fields.rst L173, footnote 2; v3/victims/fields.rst L102,
 * footnote 3). Groups take Description and Source Attributes too (v3/groups/fields.rst L148), but
 * no Group response in the docs has a description field, so a Group shows none.
 */
@ExtendWith(SandboxExtension.class)
class DescriptionAndSourceTest {
  private final TestClient client;

  DescriptionAndSourceTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  /** v3/indicators/create.rst L68-76 and L113: the default Description is the description. */
  @Test
  void anIndicatorShowsItsDefaultDescriptionAndSource() {
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"described.example\", \"attributes\": {\"data\":"
                + " [{\"type\": \"Description\", \"value\": \"This host is very dangerous\","
                + " \"default\": true}, {\"type\": \"Source\", \"value\": \"Host used by hacker"
                + " conglomerate tracked to Iran.\", \"default\": true}]}}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("This host is very dangerous", created.data().path("description").asText());
    assertEquals(
        "Host used by hacker conglomerate tracked to Iran.",
        created.data().path("source").asText());
    // indicators/update.rst L95: the description stays on an update that does not touch it.
    Response updated = client.put("/v3/indicators/described.example", "{\"confidence\": 92}");
    assertEquals("This host is very dangerous", updated.data().path("description").asText());
  }

  /** create.rst L32: "a Description (i.e., a default Description Attribute)"; others are not. */
  @Test
  void aDescriptionAttributeThatIsNotDefaultIsNoDescription() {
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"plain.example\", \"attributes\": {\"data\":"
                + " [{\"type\": \"Description\", \"value\": \"not the default\"}]}}");
    assertFalse(created.data().has("description"), created::toString);
  }

  /**
   * indicator_attributes/fields.rst L27-31: the default Attribute of its type, so a new default
   * takes the old one's place as the description.
   */
  @Test
  void aNewDefaultDescriptionReplacesTheOld() {
    client.post(
        "/v3/indicators",
        "{\"type\": \"Host\", \"hostName\": \"redescribed.example\", \"attributes\": {\"data\":"
            + " [{\"type\": \"Description\", \"value\": \"old\", \"default\": true}]}}");
    Response updated =
        client.put(
            "/v3/indicators/redescribed.example?fields=attributes",
            "{\"attributes\": {\"data\": [{\"type\": \"Description\", \"value\": \"new\","
                + " \"default\": true}]}}");
    assertEquals("new", updated.data().path("description").asText());
    int defaults = 0;
    for (var attribute : updated.data().path("attributes").path("data")) {
      defaults += attribute.path("default").asBoolean() ? 1 : 0;
    }
    assertEquals(1, defaults, updated::toString);
  }

  /** victims/create.rst L19, L58-66; victims/fields.rst L102: a Victim's description. */
  @Test
  void aVictimShowsItsDefaultDescription() {
    Response created =
        client.post(
            "/v3/victims",
            "{\"name\": \"John Doe\", \"attributes\": {\"data\": [{\"type\": \"Description\","
                + " \"value\": \"John Doe works in the Company ABC's HR Department.\", \"default\":"
                + " true}]}}");
    assertEquals(
        "John Doe works in the Company ABC's HR Department.",
        created.data().path("description").asText());
  }

  /** fields.rst L173: description is read-only, so a body cannot set it. */
  @Test
  void theBodyCannotSetADescription() {
    Response refused =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"direct.example\", \"description\": \"x\"}");
    assertEquals(400, refused.status(), refused::toString);
  }

  /** groups/fields.rst L148 with no description in any Group response of the docs. */
  @Test
  void aGroupShowsNoDescriptionField() {
    Response created =
        client.post(
            "/v3/groups",
            "{\"type\": \"Adversary\", \"name\": \"Described\", \"attributes\": {\"data\":"
                + " [{\"type\": \"Description\", \"value\": \"d\", \"default\": true}]}}");
    assertEquals(201, created.status(), created::toString);
    assertFalse(created.data().has("description"), created::toString);
  }
}
