package dev.tcpivot.docs.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.Victim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model's {@code toString()}: its fields as sent, in order, with each association's objects
 * shown as ID, label and type, the way a person names them, instead of as nested maps; Tags,
 * Security Labels and Attributes likewise, by name or value.
 */
class ModelTextTest {

  private static String envelope(String data) {
    return "{\"data\": " + data + ", \"status\": \"Success\"}";
  }

  @Test
  void associationsShowAsIdsLabelsAndTypes() {
    Indicator host = Responses.dataOf(envelope("""
        {"id": 3, "type": "Host", "summary": "ultrabadguy.com",
         "associatedGroups": {"data": [
           {"id": 12, "type": "Adversary", "name": "Bad Guy", "ownerName": "Demo Source"},
           {"id": 13, "type": "Campaign", "name": "Spring \\"26\\""}]},
         "associatedIndicators": {"data": [{"id": 4, "type": "Address", "summary": "71.6.135.131"}]},
         "associatedCases": {"data": []},
         "tags": {"data": [{"name": "Russia"}]}}"""), Indicator.class);

    assertEquals(
        "Indicator{id=3, type=Host, summary=ultrabadguy.com,"
            + " associatedGroups=[12 \"Bad Guy\" (Adversary), 13 \"Spring \"26\"\" (Campaign)],"
            + " associatedIndicators=[4 \"71.6.135.131\" (Address)], associatedCases=[],"
            + " tags=[\"Russia\"]}",
        host.toString());
  }

  @Test
  void eachEndpointLabelsItsObjectsByTheFieldThatNamesThem() {
    Group group = Responses.dataOf(envelope("""
        {"id": 12, "type": "Adversary", "name": "Bad Guy",
         "associatedCases": {"data": [{"id": 7, "name": "Phishing Investigation", "severity": "Low"}]},
         "associatedArtifacts": {"data": [{"id": 9, "summary": "a@b.example", "type": "Email Address"}]},
         "associatedVictimAssets": {"data": [
           {"id": 5, "type": "EmailAddress", "address": "bad@guy.example", "victimId": 2},
           {"id": 6, "type": "Phone", "phone": "555-0100", "victimId": 2}]}}"""), Group.class);

    assertEquals(
        "Group{id=12, type=Adversary, name=Bad Guy,"
            + " associatedCases=[7 \"Phishing Investigation\"],"
            + " associatedArtifacts=[9 \"a@b.example\" (Email Address)],"
            + " associatedVictimAssets=[5 \"bad@guy.example\" (EmailAddress), 6 \"555-0100\" (Phone)]}",
        group.toString());
  }

  @Test
  void anObjectWithoutIdOrLabelShowsWhole() {
    Victim victim = Responses.dataOf(envelope("""
        {"id": 2, "name": "Jane", "associatedGroups": {"data": [{"xid": "abc"}, {"id": 14}]}}"""), Victim.class);

    assertEquals("Victim{id=2, name=Jane, associatedGroups=[{xid=abc}, 14]}", victim.toString());
  }

  @Test
  void anAssociationGivenAsMapsShowsAsReadFromJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", 7L);
    fields.put("associatedGroups", Map.of("data", List.of(Map.of("id", 12L, "name", "Bad Guy", "type", "Adversary"))));

    assertEquals("Case{id=7, associatedGroups=[12 \"Bad Guy\" (Adversary)]}", new Case(fields).toString());
  }

  @Test
  void anAssociationInAShapeTheGetterRefusesShowsAsSent() {
    Case plainArray = Responses.dataOf(envelope("""
        {"id": 7, "associatedGroups": [{"id": 12, "name": "Bad Guy"}, 3], "associatedCases": null}"""), Case.class);

    assertEquals("Case{id=7, associatedGroups=[{id=12, name=Bad Guy}, 3], associatedCases=null}", plainArray.toString());
  }
}
