package dev.tcpivot.checks;

import static dev.tcpivot.testing.JsonTrees.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.Internals;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code json(field, value)} takes only the body fields the tables leave undescribed, and only
 * JSON-ready data, so that associations and typed fields cannot be sent around their setters.
 */
class JsonFieldsTest {

  @Test
  void refusesAFieldThatHasATypedSetterOrIsAnAssociation() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> CaseUpdate.builder().json("associatedGroups", Map.of("data", List.of())));
    // v3/case_management/cases/fields.rst: the undescribed (object) fields of a Case
    assertEquals(
        "field 'associatedGroups' is not one of artifacts, assignee, notes, tasks, userAccess,"
            + " workflowEvents, workflowTemplate",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CaseUpdate.builder().json("severity", "High"));
  }

  @Test
  void victimAssetsTakeTheirSecurityLabelsThisWay() {
    // v3/victim_assets/fields.rst L78-83 lists securityLabels, which the metadata table does not
    String body =
        written(VictimAssetUpdate.builder()
                .json("securityLabels", Map.of("data", List.of(Map.of("name", "TLP:AMBER"))))
                .build())
            .toString();
    assertEquals("{\"securityLabels\":{\"data\":[{\"name\":\"TLP:AMBER\"}]}}", body);
  }

  @Test
  void theRequestWriterSendsJsonValuesAsTheMapperWritesThem() throws Exception {
    // v3/case_management/cases/create.rst L54-59: assignee is an object of type and data
    CaseCreate create = CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN)
        .json("assignee", Map.of("type", "User", "data", Map.of("userName", "smithj@threatconnect.com")))
        .build();
    assertEquals(written(create).toString(), new String(Internals.bytes(create), StandardCharsets.UTF_8));
  }

  @Test
  void refusesValuesThatAreNotJsonData() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> CaseCreate.of("x", CaseSeverity.LOW, CaseStatus.OPEN)
                .json("assignee", Map.of("type", "User", "since", Instant.EPOCH)));
    assertEquals(
        "assignee.since is a java.time.Instant; give maps, lists, strings, numbers and booleans",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CaseCreate.of("x", CaseSeverity.LOW, CaseStatus.OPEN).json("notes", null));
  }

  @Test
  void copiesTheValueSoLaterChangesDoNotLeak() {
    List<Object> notes = new ArrayList<>(List.of(Map.of("text", "first")));
    CaseUpdate body = CaseUpdate.builder().json("notes", Map.of("data", notes)).build();
    notes.add(Map.of("text", "second"));
    assertEquals("{\"notes\":{\"data\":[{\"text\":\"first\"}]}}", written(body).toString());
  }
}
