package dev.tcpivot.docs.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.IntelRequirement;
import org.junit.jupiter.api.Test;

/**
 * Three timestamps exactly as the docs print them, none of them ISO-8601. Reading the response
 * still succeeds and keeps the text; only the getter of that field fails, naming the field and the
 * value.
 */
class MalformedResponseValuesTest {

  @Test
  void groupLastModifiedWithTwoClockTimes() {
    // v3/groups/create.rst L82
    Group group = Responses.dataOf("""
        {"data": {"id": 3, "type": "Incident", "lastModified": "2021-11-03T14:57:4511:04:12Z"}, "status": "Success"}
        """, Group.class);
    assertEquals(3L, group.id());
    assertEquals("2021-11-03T14:57:4511:04:12Z", group.asMap().get("lastModified"));
    IllegalStateException e = assertThrows(IllegalStateException.class, group::lastModified);
    assertTrue(e.getMessage().contains("Group.lastModified"), e.getMessage());
    assertTrue(e.getMessage().contains("2021-11-03T14:57:4511:04:12Z"), e.getMessage());
  }

  @Test
  void caseCloseTimeWithDotForColon() {
    // v3/case_management/cases/update.rst L65
    Case closed = Responses.dataOf("""
        {"data": {"id": 1, "caseCloseTime": "2021-04-12T18:36.18Z"}, "status": "Success"}
        """, Case.class);
    IllegalStateException e = assertThrows(IllegalStateException.class, closed::caseCloseTime);
    assertTrue(e.getMessage().contains("Case.caseCloseTime"), e.getMessage());
    assertTrue(e.getMessage().contains("2021-04-12T18:36.18Z"), e.getMessage());
  }

  @Test
  void intelRequirementLastModifiedWithTrailingSpace() {
    // v3/intelligence_requirements/create.rst L69
    IntelRequirement ir = Responses.dataOf("""
        {"data": {"id": 10, "lastModified": "2023-09-18T14:06:26Z "}, "status": "Success"}
        """, IntelRequirement.class);
    assertEquals("2023-09-18T14:06:26Z ", ir.asMap().get("lastModified"));
    IllegalStateException e = assertThrows(IllegalStateException.class, ir::lastModified);
    assertTrue(e.getMessage().contains("IntelRequirement.lastModified"), e.getMessage());
  }
}
