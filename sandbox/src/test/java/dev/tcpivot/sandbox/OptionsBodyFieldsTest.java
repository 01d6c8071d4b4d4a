package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ReadOnlyField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OPTIONS /v3/{type} lists the fields a POST or PUT body may carry (v3/retrieve_fields.rst L4-8,
 * v3/indicators/fields.rst L7-19: "OPTIONS /v3/indicators", or "alternatively" the table of
 * fields.rst), and the read-only ones too with ?show=readonly (retrieve_fields.rst L10-14), in the
 * envelope of OPTIONS /v3/{type}/fields (additional_fields.rst L27-60: data, count, status). The
 * docs show no item of the list, so an item names its field and nothing else is made up.
 */
@ExtendWith(SandboxExtension.class)
class OptionsBodyFieldsTest {
  private final TestClient client;

  OptionsBodyFieldsTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  static Stream<ObjectType> endpoints() {
    return Fixtures.SPEC.objects().stream();
  }

  /** The body fields of the endpoint's tables: its catalog, metadata and association fields. */
  private static Set<String> bodyFields(ObjectType endpoint) {
    Set<String> names = new LinkedHashSet<>();
    for (BodyField field : Fixtures.SPEC.catalog(endpoint).body()) {
      names.add(field.name());
    }
    names.addAll(Fixtures.SPEC.metadata(endpoint));
    Fixtures.SPEC.rule(endpoint).targets()
        .forEach(t -> names.add(t.associationField().orElseThrow()));
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void listsTheBodyFields(ObjectType endpoint) {
    Response options = client.options(Fixtures.path(endpoint));
    assertEquals(200, options.status(), options::toString);
    assertEquals(List.copyOf(bodyFields(endpoint)), names(options));
    assertEquals(options.data().size(), options.body().path("count").asInt());
    assertEquals("Success", options.body().path("status").asText());
    for (JsonNode item : options.data()) {
      assertEquals(List.of("name"), fieldNames(item), item::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void showReadonlyAddsTheReadOnlyFields(ObjectType endpoint) {
    Response options = client.options(Fixtures.path(endpoint) + "?show=readonly");
    assertEquals(200, options.status(), options::toString);
    Set<String> expected = bodyFields(endpoint);
    for (ReadOnlyField field : Fixtures.SPEC.catalog(endpoint).readOnly()) {
      expected.add(field.name());
    }
    assertEquals(List.copyOf(expected), names(options));
  }

  /** fields.rst L209-213, L295-299: the summary fields of Address and Host are body fields. */
  @Test
  void indicatorsListTheirSummaryFields() {
    List<String> names = names(client.options("/v3/indicators"));
    assertTrue(names.containsAll(List.of("ip", "hostName", "AS Number", "tags")), names::toString);
  }

  private static List<String> names(Response options) {
    List<String> names = new ArrayList<>();
    options.data().forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  private static List<String> fieldNames(JsonNode item) {
    List<String> names = new ArrayList<>();
    item.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
