package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A broken table is refused with a message that names the file, the line and the problem. */
class SpecLoaderErrorsTest {

  @Test
  void unknownObjectTypeInTheAssociationTable() {
    TableEdit edit = replace("associations.table", "/v3/victims             | Groups", "/v3/victims             | Groupz");
    assertRefused(
        edit,
        "unknown object type 'Groupz' (object types: Artifacts, Cases, Groups, Indicators,"
            + " Intelligence Requirements, Victims, Victim Assets)");
  }

  @Test
  void duplicateAssociationRow() {
    TableEdit edit =
        replace(
            "associations.table",
            "/v3/victims             | Groups                                                   | no",
            "/v3/victimAssets | Groups | no");
    assertRefused(edit, "endpoint '/v3/victimAssets' is already defined at line 11");
  }

  @Test
  void missingAssociationRow() {
    TableEdit edit =
        replace(
            "associations.table",
            "/v3/victims             | Groups                                                   | no    # L52-54",
            "");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals("associations.table:0: no row for /v3/victims", e.getMessage());
  }

  @Test
  void associatingATypeThatHasNoAssociationField() {
    TableEdit edit = replace("associations.table", "/v3/victimAssets        | Groups ", "/v3/victimAssets        | Groups, Victims ");
    assertRefused(edit, "Victims cannot be associated: objects.table line 15 gives it no association field");
  }

  @Test
  void crossOwnerMustBeYesOrNo() {
    TableEdit edit = replace("associations.table", "| no    # L49-51", "| maybe # L49-51");
    assertRefused(edit, "expected yes or no, found 'maybe'");
  }

  @Test
  void wrongNumberOfCells() {
    TableEdit edit = replace("associations.table", "/v3/cases               | Cases, Groups, Indicators                                | yes", "/v3/cases | Cases, Groups, Indicators");
    assertRefused(edit, "expected 3 cells (endpoint | associable object types | cross-owner), found 2");
  }

  @Test
  void metadataMustNotRestateAssociations() {
    TableEdit edit = replace("metadata.table", "/v3/cases               | attributes, tags", "/v3/cases | attributes, tags, associatedCases");
    assertRefused(
        edit, "'associatedCases' is an association: it follows from associations.table, not from here");
  }

  @Test
  void unknownEndpointInTheMetadataTable() {
    TableEdit edit = replace("metadata.table", "/v3/victims ", "/v3/victim ");
    assertRefused(
        edit,
        "unknown endpoint '/v3/victim' (endpoints: /v3/artifacts, /v3/cases, /v3/groups,"
            + " /v3/indicators, /v3/intelRequirements, /v3/victims, /v3/victimAssets)");
  }

  @Test
  void fieldRequiredForATypeThatDoesNotExist() {
    TableEdit edit = replace("indicators.table", "| yes              | no        | Address ", "| yes              | no        | Adress ");
    assertRefused(
        edit,
        "unknown Indicator type 'Adress' (types: Address, EmailAddress, File, Host, URL, ASN, CIDR,"
            + " Email Subject, Hashtag, Mutex, Registry Key, User Agent)");
  }

  @Test
  void sameFieldTwiceForTheSameType() {
    TableEdit edit = replace("groups.table", "| no       | yes       | Document, Report ", "| no       | yes       | Document, Signature ");
    assertRefused(edit, "field 'fileName' is already defined for these types at line 32");
  }

  @Test
  void groupWithOneMember() {
    // caseXid leaves the group, so caseId (line 10) is alone in it
    TableEdit edit = replace("artifacts.table", "| one of case            |", "| no                     |");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals("artifacts.table:10: group 'case' has only one member", e.getMessage());
  }

  @Test
  void requiredFieldThatNoFactoryCanTake() {
    TableEdit edit = replace("cases.table", "assignee              | object                | no ", "assignee              | object                | yes");
    assertRefused(edit, "required field 'assignee' holds object, which a factory cannot take");
  }

  @Test
  void unknownEnum() {
    TableEdit edit = replace("cases.table", "enum case severity ", "enum case sevrity  ");
    assertRefused(edit, "unknown enum 'case sevrity' (see enums.table)");
  }

  @Test
  void unknownValueKind() {
    TableEdit edit = replace("victims.table", "nationality           | string ", "nationality           | text   ");
    assertRefused(
        edit,
        "unknown value 'text' (values: string, integer, id, boolean, decimal, datetime, enum <name>,"
            + " type, owner id, owner name, id object, keyword sections, object)");
  }

  @Test
  void fieldsParameterMustNotRestateAssociations() {
    TableEdit edit = replace("artifacts.table", "notes                 # v3/case_management/artifacts/create.rst L23", "associatedCases");
    assertRefused(
        edit,
        "'associatedCases' is an association: whether /v3/artifacts returns it follows from"
            + " associations.table");
  }

  @Test
  void typedObjectNeedsATypeField() {
    TableEdit edit = replace("victimAssets.table", "type                  | type      |", "kind                  | string    |");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals(
        "victimAssets.table:0: Victim Assets have types, so [body] needs one field whose value is type",
        e.getMessage());
  }

  @Test
  void unknownTypeInTheIndicatorToIndicatorTable() {
    TableEdit edit = replace("indicator-associations.table", "| ASN          | CIDR ", "| ASN          | CIRD ");
    assertRefused(
        edit,
        "unknown Indicator type 'CIRD' (types: Address, EmailAddress, File, Host, URL, ASN, CIDR,"
            + " Email Subject, Hashtag, Mutex, Registry Key, User Agent)");
  }

  @Test
  void unknownSection() {
    TableEdit edit = replace("victims.table", "[read-only]", "[readonly]");
    assertRefused(edit, "unknown section [readonly] (sections: types, body, read-only, fields, formats)");
  }

  @Test
  void missingFile() {
    TableSource source = name -> name.equals("enums.table") ? Optional.empty() : TableSource.builtIn().read(name);
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(source));
    assertEquals("enums.table:0: table file is missing", e.getMessage());
  }

  private static void assertRefused(TableEdit edit, String problem) {
    edit.assertRefused(problem);
  }

  private static TableEdit replace(String file, String from, String to) {
    return TableEdit.replace(file, from, to);
  }

  @Test
  void tqlKeywordDefinedTwice() {
    int first = TableEdit.lineOf("tql.table", "/v3/notes               | summary  ");
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | taskId  ", "/v3/notes               | summary   ");
    edit.assertRefused("keyword 'summary' of /v3/notes is already defined at line " + first);
  }

  @Test
  void tqlUnknownValueType() {
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | summary                       | String", "/v3/notes               | summary                       | Text");
    edit.assertRefused(
        "unknown value type 'Text' (value types: Integer, Float, String, Boolean, Date, nested query)");
  }

  @Test
  void tqlNestedTargetThatIsNotAQueryType() {
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | hasTask                       | nested query | Task", "/v3/notes               | hasTask                       | nested query | Chore");
    edit.assertRefused(
        "nested query over 'Chore', which is not a query type (query types: Artifact, Case, Group,"
            + " Indicator, IntelRequirement, Victim, VictimAsset, GroupAttribute, IndicatorAttribute,"
            + " VictimAttribute, Note, SecurityLabel, Tag, Task, AttributeType,"
            + " IntelRequirementCategory, IntelRequirementSubtype, IntelRequirementResult)");
  }

  @Test
  void tqlNestedTargetWithoutRows() {
    // The Task rows are removed: hasTask of /v3/artifacts, the first nested query over Task, is refused.
    String text = TableSource.builtIn().read("tql.table").orElseThrow()
        .lines()
        .filter(line -> !line.startsWith("/v3/tasks "))
        .collect(java.util.stream.Collectors.joining("\n"));
    int line = TableEdit.lineOf("tql.table", "/v3/artifacts           | hasTask");
    SpecException e =
        assertThrows(
            SpecException.class,
            () -> SpecLoader.load(name -> name.equals("tql.table") ? Optional.of(text) : TableSource.builtIn().read(name)));
    assertEquals("tql.table:" + line + ": nested query over 'Task', which has no keyword rows", e.getMessage());
  }

  @Test
  void tqlNestedQueryWithoutTarget() {
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | hasTask                       | nested query | Task", "/v3/notes               | hasTask                       | nested query | -");
    edit.assertRefused("nested query 'hasTask' names no query type to run over");
  }

  @Test
  void tqlTargetOnAPlainKeyword() {
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | summary                       | String       | -", "/v3/notes               | summary                       | String       | Task");
    edit.assertRefused("keyword 'summary' compares String values; only a nested query runs over a query type");
  }

  @Test
  void tqlKeywordOfAnUndeclaredEndpoint() {
    TableEdit edit =
        TableEdit.replace("tql.table", "/v3/notes               | summary  ", "/v3/memos               | summary  ");
    edit.assertRefused("endpoint '/v3/memos' is not declared in [query types]");
  }

  @Test
  void tqlQueryTypeDeclaredTwice() {
    TableEdit edit = TableEdit.replace("tql.table", "Task                  | /v3/tasks", "Note | /v3/tasks");
    edit.assertRefused("query type 'Note' is already declared at line " + TableEdit.lineOf("tql.table", "Note                  | /v3/notes"));
  }
}
