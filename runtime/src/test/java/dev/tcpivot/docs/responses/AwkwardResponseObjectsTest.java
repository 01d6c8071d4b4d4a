package dev.tcpivot.docs.responses;

import static dev.tcpivot.docs.responses.SentObjects.assertSameAsSent;
import static dev.tcpivot.docs.responses.SentObjects.assertSameFieldsAsSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.tcpivot.Internals;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Response objects the docs do not show but a server may send: fields in another order, fields the
 * SDK does not know among them, a key twice, nulls, values of the wrong type, associations in
 * every shape {@code list()} accepts. Each is read without loss: {@code asMap()} is the object as
 * Jackson reads it into a map (see {@link SentObjects}), and only a getter whose value does not
 * fit fails, naming the field and the value.
 */
class AwkwardResponseObjectsTest {

  private static Map<String, Object> sent(String data) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) SentObjects.data(envelope(data));
    return map;
  }

  private static String envelope(String data) {
    return "{\"data\": " + data + ", \"status\": \"Success\"}";
  }

  private static Indicator indicator(String data) {
    Indicator indicator = Responses.dataOf(envelope(data), Indicator.class);
    assertSameFieldsAsSent(sent(data), indicator.asMap());
    return indicator;
  }

  private static void fails(String message, Executable getter) {
    assertEquals(message, assertThrows(IllegalStateException.class, getter).getMessage());
  }

  @Test
  void fieldsInAnotherOrderWithUnknownOnesAmongThem() {
    // The Host of v3/indicators/retrieve.rst L80-102, reordered, with fields the SDK has no getter for
    Indicator host = indicator("""
        {"summary": "badguy.com", "futureField": {"b": [1, 2.50, "x"], "a": null}, "id": 3,
         "tags": {"data": [{"name": "Russia"}]}, "rating": 3.00, "type": "Host",
         "associatedGroups": {"data": [{"name": "Bad Guy", "id": 12, "type": "Adversary", "createdBy": {"id": 3}}]},
         "zeta": true, "confidence": 74}
        """);

    assertEquals(List.of("summary", "futureField", "id", "tags", "rating", "type", "associatedGroups", "zeta",
        "confidence"), new ArrayList<>(host.asMap().keySet()));
    // tags has a typed getter (a list of TagInfo), so it is no unknown field.
    assertEquals(List.of("futureField", "zeta"), new ArrayList<>(host.unknownFields().keySet()));
    assertEquals("Russia", host.tags().get(0).name());
    assertEquals(3L, host.id());
    assertEquals("badguy.com", host.summary());
    assertEquals(new BigDecimal("3.00"), host.rating());
    assertEquals(74, host.confidence());
    Group adversary = host.associatedGroups().get(0);
    assertThrows(UnsupportedOperationException.class, () -> host.associatedGroups().add(adversary));
    assertEquals("Bad Guy", adversary.name());
    assertEquals(12L, adversary.id());
    assertEquals(Map.of("id", 3), adversary.unknownFields().get("createdBy"));
    assertTrue(host.has("zeta"));
    assertFalse(host.has("description"));
    assertNull(host.description());
  }

  @Test
  void aKeyTwiceKeepsItsFirstPlaceAndItsLastValue() {
    Indicator twice = indicator("""
        {"id": 1, "x": "first", "summary": "a.example", "id": 2, "x": "second",
         "associatedGroups": {"data": [{"id": 12}], "count": 1, "data": [{"id": 13, "id": 14}]}}
        """);

    assertEquals(2L, twice.id());
    assertEquals(List.of("id", "x", "summary", "associatedGroups"), new ArrayList<>(twice.asMap().keySet()));
    assertEquals("second", twice.unknownFields().get("x"));
    assertEquals(1, twice.associatedGroups().size());
    assertEquals(14L, twice.associatedGroups().get(0).id());
  }

  @Test
  void nullsAreSentFields() {
    Indicator nulls = indicator("""
        {"id": 3, "description": null, "associatedGroups": null, "rating": null, "extra": null}
        """);

    assertTrue(nulls.has("description"));
    assertNull(nulls.description());
    assertTrue(nulls.asMap().containsKey("description"));
    assertTrue(nulls.has("associatedGroups"));
    assertEquals(List.of(), nulls.associatedGroups());
    assertNull(nulls.rating());
    assertTrue(nulls.unknownFields().containsKey("extra"));
    assertNull(nulls.unknownFields().get("extra"));
    assertFalse(nulls.has("summary"));
  }

  @Test
  void valuesOfTheWrongTypeStillRead() {
    Indicator odd = indicator("""
        {"id": "12", "ownerId": "x", "confidence": 3000000000, "active": "yes", "rating": "3.5",
         "summary": 5, "dateAdded": 20211026, "observations": 2.0, "privateFlag": false}
        """);

    assertEquals(12L, odd.id());
    assertEquals("5", odd.summary());
    assertEquals(new BigDecimal("3.5"), odd.rating());
    assertEquals(Boolean.FALSE, odd.privateFlag());
    assertEquals(3_000_000_000L, odd.asMap().get("confidence"));
    fails("Indicator.ownerId should be a whole number, but the server sent x", odd::ownerId);
    fails("Indicator.confidence should be an integer, but the server sent 3000000000", odd::confidence);
    fails("Indicator.active should be true or false, but the server sent yes", odd::active);
    fails("Indicator.dateAdded should be an ISO-8601 date-time, but the server sent 20211026", odd::dateAdded);
    fails("Indicator.observations should be a whole number, but the server sent 2.0", odd::observations);
  }

  @Test
  void associationsInEveryShape() {
    Indicator plainArray = indicator("{\"associatedGroups\": [{\"id\": 12}, {\"id\": 13}]}");
    assertEquals(List.of(12L, 13L), ids(plainArray.associatedGroups()));

    Indicator counted = indicator("{\"associatedGroups\": {\"data\": [{\"id\": 12}], \"count\": 1}}");
    assertEquals(List.of(12L), ids(counted.associatedGroups()));

    Indicator empty = indicator("{\"associatedGroups\": {}}");
    assertEquals(List.of(), empty.associatedGroups());

    Indicator none = indicator("{\"associatedGroups\": {\"data\": []}}");
    assertEquals(List.of(), none.associatedGroups());

    Indicator notAList = indicator("{\"associatedGroups\": {\"data\": 5}}");
    fails("Indicator.associatedGroups should be a list, but the server sent {data=5}", notAList::associatedGroups);

    Indicator text = indicator("{\"associatedGroups\": \"none\"}");
    fails("Indicator.associatedGroups should be a list, but the server sent none", text::associatedGroups);

    Indicator notObjects = indicator("{\"associatedGroups\": {\"data\": [{\"id\": 12}, 7, null]}}");
    fails("Indicator.associatedGroups should be a list of objects, but the server sent {data=[{id=12}, 7, null]}",
        notObjects::associatedGroups);
  }

  @Test
  void nestedModelsKeepTheirOwnFields() {
    // The ASN of v3/indicators/associations.rst L163-200, its Address with a Group of its own
    Indicator asn = indicator("""
        {"id": 13, "type": "ASN", "AS Number": "ASN204288",
         "associatedIndicators": {"data": [{"id": 14, "type": "Address", "ip": "66.96.146.129", "rating": 1.50,
           "associatedGroups": {"data": [{"id": 12, "name": "Bad Guy", "securityLabels": {"data": []}}]}}]}}
        """);

    Indicator address = asn.associatedIndicators().get(0);
    assertEquals("66.96.146.129", address.ip());
    assertEquals(new BigDecimal("1.50"), address.rating());
    Group group = address.associatedGroups().get(0);
    assertEquals("Bad Guy", group.name());
    // securityLabels has a typed getter, so it is no unknown field; the object keeps it as sent.
    assertEquals(List.of(), new ArrayList<>(group.unknownFields().keySet()));
    assertEquals(List.of(), group.securityLabels());
    assertSameFieldsAsSent(sent("""
        {"id": 12, "name": "Bad Guy", "securityLabels": {"data": []}}
        """), group.asMap());
  }

  @Test
  void anotherMapperReadsAModelAsItReadsAMap() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    String json = "{\"id\": 3, \"rating\": 3.00, \"tags\": {\"data\": [{\"name\": \"Russia\"}]}}";

    Indicator host = plain.readValue(json, Indicator.class);

    assertSameFieldsAsSent(plain.readValue(json, Map.class), host.asMap());
    assertEquals(3.0, host.asMap().get("rating"));
    assertEquals(new BigDecimal("3.0"), host.rating());
  }

  @Test
  void dataThatIsNotAnObjectIsNotAModel() {
    assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> Internals.read(
        envelope("[1, 2]"), TypeFactory.defaultInstance().constructType(Indicator.class)));
  }

  @Test
  void aModelMadeFromAMapCopiesIt() {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("name", "Bad Guy");
    group.put("id", 12);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", "badguy.com");
    fields.put("associatedGroups", Map.of("data", List.of(group)));
    fields.put("id", 3);

    Indicator host = new Indicator(fields);
    fields.put("id", 4);

    assertEquals(3L, host.id());
    assertEquals(List.of("summary", "associatedGroups", "id"), new ArrayList<>(host.asMap().keySet()));
    assertEquals("Bad Guy", host.associatedGroups().get(0).name());
    assertSameAsSent(Map.of("data", List.of(group)), host.asMap().get("associatedGroups"));
  }

  private static List<Long> ids(List<Group> groups) {
    List<Long> ids = new ArrayList<>();
    groups.forEach(group -> ids.add(group.id()));
    return ids;
  }
}
