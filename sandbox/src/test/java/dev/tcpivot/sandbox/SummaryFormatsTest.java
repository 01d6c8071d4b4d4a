package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.FormatExample;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ValueFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formats of other/common_errors.rst, "Creating Indicators": an Indicator whose summary is in a
 * form the docs call incorrect is not created, whether by a POST or as an entry of an association
 * block, and the answer is a 400 error envelope that names the field and the problem in the
 * format's words; a summary in a form they call correct is created. Every example of
 * indicators.table's [formats] is sent.
 */
@ExtendWith(SandboxExtension.class)
class SummaryFormatsTest {
  private static final ObjectType INDICATORS = Fixtures.endpoint("indicators");
  private static final ObjectType GROUPS = Fixtures.endpoint("groups");
  private static final Catalog CATALOG = Fixtures.SPEC.catalog(INDICATORS);
  private static final String ENTRY = "associatedIndicators entry 1: ";

  private final TestClient client;
  private final Fixtures fixtures;

  SummaryFormatsTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<Named<FormatExample>> refused() {
    return CATALOG.formatExamples().stream()
        .filter(e -> !e.accepted())
        .map(SummaryFormatsTest::named);
  }

  static Stream<Named<FormatExample>> accepted() {
    return CATALOG.formatExamples().stream()
        .filter(FormatExample::accepted)
        .map(SummaryFormatsTest::named);
  }

  private static Named<FormatExample> named(FormatExample example) {
    return Named.of(example.format().word() + " \"" + example.value() + "\"", example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aCreateInARefusedFormIsRefused(FormatExample example) {
    int before = count(INDICATORS);
    AuthTest.assertError(client.post("/v3/indicators", indicator(example)), 400, message(example));
    assertEquals(before, count(INDICATORS));
  }

  /**
   * An entry that gives a type and a summary creates the Indicator, or finds it if it exists
   * (v3/associations.rst L180-228). The docs refuse to create one in this form, so none can exist
   * to be found: the entry is refused either way, and the Group with it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void anAssociationEntryInARefusedFormIsRefused(FormatExample example) {
    int groups = count(GROUPS);
    int indicators = count(INDICATORS);
    AuthTest.assertError(
        client.post("/v3/groups", groupWith(indicator(example))), 400, ENTRY + message(example));
    assertEquals(groups, count(GROUPS));
    assertEquals(indicators, count(INDICATORS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void anUpdateBlockEntryInARefusedFormIsRefused(FormatExample example) {
    long group = fixtures.create(GROUPS);
    int before = count(INDICATORS);
    ObjectNode block = TestClient.JSON.createObjectNode();
    block.withArray("data").add(indicator(example));
    block.put("mode", "append");
    ObjectNode body = TestClient.JSON.createObjectNode();
    body.set("associatedIndicators", block);
    AuthTest.assertError(client.put("/v3/groups/" + group, body), 400, ENTRY + message(example));
    assertEquals(before, count(INDICATORS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void aCreateInAnAcceptedFormIsCreated(FormatExample example) {
    Response created = client.post("/v3/indicators", indicator(example));
    assertEquals(201, created.status(), created::toString);
    assertEquals(example.value(), created.data().path(field(example).name()).asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void anAssociationEntryInAnAcceptedFormIsCreated(FormatExample example) {
    Response created =
        client.post("/v3/groups?fields=associatedIndicators", groupWith(indicator(example)));
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        example.value(),
        created.data().path("associatedIndicators").path("data").path(0)
            .path(field(example).name()).asText(),
        created::toString);
  }

  /**
   * The docs state the formats for creating an Indicator. A path that names one by summary only
   * looks it up: a summary in a refused form names nothing, which is a 404, not a 400.
   */
  @Test
  void aLookupBySummaryInARefusedFormIsNotJudged() {
    Response lookup = client.get("/v3/indicators/%C3%B6sterreich.icom.museum");
    assertEquals(404, lookup.status(), lookup::toString);
    Response asn = client.get("/v3/indicators/AS%2012345");
    assertEquals(404, asn.status(), asn::toString);
  }

  /** The docs give no form for Address Indicators, IPv6 ones included: every form is created. */
  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "::1"})
  void addressesHaveNoDocumentedForm(String ip) {
    Response created =
        client.post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"" + ip + "\"}");
    assertEquals(201, created.status(), created::toString);
  }

  /** A value of the wrong kind is refused as such: the format judges strings only. */
  @Test
  void aNumberForAFormattedFieldIsRefusedAsNotAString() {
    AuthTest.assertError(
        client.post("/v3/indicators", "{\"type\": \"ASN\", \"AS Number\": 12345}"),
        400,
        "'AS Number' must be a string (was 12345)");
  }

  /** The smallest valid Indicator of the example's type, with the example as its field's value. */
  private ObjectNode indicator(FormatExample example) {
    BodyField field = field(example);
    ObjectNode body = fixtures.minimal(INDICATORS, example.format().indicatorType());
    body.put(field.name(), example.value());
    return body;
  }

  private static ObjectNode groupWith(ObjectNode indicator) {
    ObjectNode body = TestClient.JSON.createObjectNode();
    body.put("type", "Adversary");
    body.put("name", Fixtures.unique("adversary"));
    body.putObject("associatedIndicators").withArray("data").add(indicator);
    return body;
  }

  /** The body field whose format the example is for. */
  private static BodyField field(FormatExample example) {
    return CATALOG.body().stream()
        .filter(f -> f.format().filter(example.format()::equals).isPresent())
        .findFirst()
        .orElseThrow();
  }

  /**
   * The field, the value in quotes and the table's words; an empty Registry value name is named
   * without a value (common_errors.rst L140), as the format's text says.
   */
  private static String message(FormatExample example) {
    String problem = example.problem().orElseThrow();
    String field = field(example).name();
    return example.format() == ValueFormat.REGISTRY_VALUE_NAME
        ? field + " " + problem
        : field + " '" + example.value() + "' " + problem;
  }

  private int count(ObjectType endpoint) {
    return client.get(Fixtures.path(endpoint) + "?count=true").body().path("count").asInt();
  }
}
