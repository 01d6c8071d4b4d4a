package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.ObjectType;
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
 * The default Indicator-to-Indicator associations and their direction, read from the spec
 * (v3/indicators/associations.rst L94-231): a PUT to the primary Indicator may list non-primary
 * ones; the reverse is refused with errCode 0x1001.
 */
@ExtendWith(SandboxExtension.class)
class IndicatorToIndicatorTest {
  private static final ObjectType INDICATORS = Fixtures.endpoint("indicators");

  private final TestClient client;
  private final Fixtures fixtures;

  IndicatorToIndicatorTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (IndicatorAssociation association : Fixtures.SPEC.indicatorAssociations()) {
      for (String child : association.nonPrimary()) {
        pairs.add(Arguments.of(association.name(), association.primary(), child));
      }
    }
    return pairs.stream();
  }

  /**
   * L141-200: PUT to the primary Indicator with the child in associatedIndicators; both sides see
   * it.
   */
  @ParameterizedTest(name = "{0}: {1} <- {2}")
  @MethodSource("pairs")
  void childrenAreAssociatedToTheirPrimary(String name, String primary, String child) {
    long parent = fixtures.create(INDICATORS, primary);
    ObjectNode childBody = fixtures.minimal(INDICATORS, child);
    Response put =
        client.put(
            "/v3/indicators/" + parent + "?fields=associatedIndicators",
            "{\"associatedIndicators\": {\"data\": [" + childBody + "]}}");
    assertEquals(200, put.status(), put::toString);
    Set<Long> children = Fixtures.ids(put.data().path("associatedIndicators"));
    assertEquals(1, children.size());
    long childId = children.iterator().next();
    Response back = client.get("/v3/indicators/" + childId + "?fields=associatedIndicators");
    assertEquals(Set.of(parent), Fixtures.ids(back.data().path("associatedIndicators")));
  }

  /**
   * L202-228: the other way round is refused with the documented envelope, unless a default allows
   * it.
   */
  @ParameterizedTest(name = "{0}: {2} <- {1}")
  @MethodSource("pairs")
  void theReverseDirectionIsRefused(String name, String primary, String child) {
    if (Fixtures.SPEC.indicatorAssociationAllowed(child, primary)) {
      return; // a default association allows this direction too
    }
    long childId = fixtures.create(INDICATORS, child);
    ObjectNode parentBody = fixtures.minimal(INDICATORS, primary);
    Response refused =
        client.put(
            "/v3/indicators/" + childId,
            "{\"associatedIndicators\": {\"data\": [" + parentBody + "]}}");
    assertEquals(400, refused.status(), refused::toString);
    assertEquals(
        TestClient.json(
            "{\"errCode\": \"0x1001\", \"message\": \"Association cannot be applied to the"
                + " indicator types.\", \"status\": \"Error\"}"),
        refused.body());
  }

  /** The docs' own example: ASN204288 takes 66.96.146.129, not the other way round (L143-228). */
  @Test
  void theDocsExample() {
    client.post("/v3/indicators", "{\"type\": \"ASN\", \"AS Number\": \"ASN204288\"}");
    client.post("/v3/indicators", "{\"type\": \"Address\", \"ip\": \"66.96.146.129\"}");
    Response refused =
        client.put(
            "/v3/indicators/66.96.146.129",
            "{\"associatedIndicators\": {\"data\": [{\"AS Number\": \"ASN204288\", \"type\":"
                + " \"ASN\"}]}}");
    assertEquals(400, refused.status());
    assertEquals("0x1001", refused.body().path("errCode").asText());
    Response put =
        client.put(
            "/v3/indicators/ASN204288?fields=associatedIndicators",
            "{\"associatedIndicators\": {\"data\": [{\"ip\": \"66.96.146.129\", \"type\":"
                + " \"Address\"}]}}");
    assertEquals(200, put.status(), put::toString);
    assertEquals(
        "66.96.146.129",
        put.data().path("associatedIndicators").path("data").get(0).path("summary").asText());
    assertEquals("ASN204288", put.data().path("AS Number").asText());
  }

  /** A pair of types no default association joins is refused in both directions. */
  @Test
  void unrelatedTypesAreRefused() {
    String a = null;
    String b = null;
    List<String> types = Fixtures.types(INDICATORS);
    for (String x : types) {
      for (String y : types) {
        if (!x.equals(y)
            && !Fixtures.SPEC.indicatorAssociationAllowed(x, y)
            && !Fixtures.SPEC.indicatorAssociationAllowed(y, x)
            && a == null) {
          a = x;
          b = y;
        }
      }
    }
    assertTrue(a != null, "the spec joins every pair of types");
    long parent = fixtures.create(INDICATORS, a);
    Response refused =
        client.put(
            "/v3/indicators/" + parent,
            "{\"associatedIndicators\": {\"data\": [" + fixtures.minimal(INDICATORS, b) + "]}}");
    assertEquals("0x1001", refused.body().path("errCode").asText(), refused::toString);
  }
}
