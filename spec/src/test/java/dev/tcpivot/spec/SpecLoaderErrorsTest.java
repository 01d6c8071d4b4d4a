package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A broken table is refused with a message that names the file, the line and the problem. */
class SpecLoaderErrorsTest {

  @Test
  void unknownObjectTypeInTheAssociationTable() {
    Edit edit = replace("associations.table", "/v3/victims             | Groups", "/v3/victims             | Groupz");
    assertRefused(
        edit,
        "unknown object type 'Groupz' (object types: Artifacts, Cases, Groups, Indicators,"
            + " Intelligence Requirements, Victims, Victim Assets)");
  }

  @Test
  void duplicateAssociationRow() {
    Edit edit =
        replace(
            "associations.table",
            "/v3/victims             | Groups                                                   | no",
            "/v3/victimAssets | Groups | no");
    assertRefused(edit, "endpoint '/v3/victimAssets' is already defined at line 11");
  }

  @Test
  void missingAssociationRow() {
    Edit edit =
        replace(
            "associations.table",
            "/v3/victims             | Groups                                                   | no    # L52-54",
            "");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals("associations.table:0: no row for /v3/victims", e.getMessage());
  }

  @Test
  void associatingATypeThatHasNoAssociationField() {
    Edit edit = replace("associations.table", "/v3/victimAssets        | Groups ", "/v3/victimAssets        | Groups, Victims ");
    assertRefused(edit, "Victims cannot be associated: objects.table line 15 gives it no association field");
  }

  @Test
  void crossOwnerMustBeYesOrNo() {
    Edit edit = replace("associations.table", "| no    # L49-51", "| maybe # L49-51");
    assertRefused(edit, "expected yes or no, found 'maybe'");
  }

  @Test
  void wrongNumberOfCells() {
    Edit edit = replace("associations.table", "/v3/cases               | Cases, Groups, Indicators                                | yes", "/v3/cases | Cases, Groups, Indicators");
    assertRefused(edit, "expected 3 cells (endpoint | associable object types | cross-owner), found 2");
  }

  @Test
  void metadataMustNotRestateAssociations() {
    Edit edit = replace("metadata.table", "/v3/cases               | attributes, tags", "/v3/cases | attributes, tags, associatedCases");
    assertRefused(
        edit, "'associatedCases' is an association: it follows from associations.table, not from here");
  }

  @Test
  void unknownEndpointInTheMetadataTable() {
    Edit edit = replace("metadata.table", "/v3/victims ", "/v3/victim ");
    assertRefused(
        edit,
        "unknown endpoint '/v3/victim' (endpoints: /v3/artifacts, /v3/cases, /v3/groups,"
            + " /v3/indicators, /v3/intelRequirements, /v3/victims, /v3/victimAssets)");
  }

  @Test
  void fieldRequiredForATypeThatDoesNotExist() {
    Edit edit = replace("indicators.table", "| yes              | no        | Address ", "| yes              | no        | Adress ");
    assertRefused(
        edit,
        "unknown Indicator type 'Adress' (types: Address, EmailAddress, File, Host, URL, ASN, CIDR,"
            + " Email Subject, Hashtag, Mutex, Registry Key, User Agent)");
  }

  @Test
  void sameFieldTwiceForTheSameType() {
    Edit edit = replace("groups.table", "| no       | yes       | Document, Report ", "| no       | yes       | Document, Signature ");
    assertRefused(edit, "field 'fileName' is already defined for these types at line 32");
  }

  @Test
  void groupWithOneMember() {
    // caseXid leaves the group, so caseId (line 10) is alone in it
    Edit edit = replace("artifacts.table", "| one of case            |", "| no                     |");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals("artifacts.table:10: group 'case' has only one member", e.getMessage());
  }

  @Test
  void requiredFieldThatNoFactoryCanTake() {
    Edit edit = replace("cases.table", "assignee              | object                | no ", "assignee              | object                | yes");
    assertRefused(edit, "required field 'assignee' holds object, which a factory cannot take");
  }

  @Test
  void unknownEnum() {
    Edit edit = replace("cases.table", "enum case severity ", "enum case sevrity  ");
    assertRefused(edit, "unknown enum 'case sevrity' (see enums.table)");
  }

  @Test
  void unknownValueKind() {
    Edit edit = replace("victims.table", "nationality           | string ", "nationality           | text   ");
    assertRefused(
        edit,
        "unknown value 'text' (values: string, integer, id, boolean, decimal, datetime, enum <name>,"
            + " type, owner id, owner name, id object, keyword sections, object)");
  }

  @Test
  void fieldsParameterMustNotRestateAssociations() {
    Edit edit = replace("artifacts.table", "notes                 # v3/case_management/artifacts/create.rst L23", "associatedCases");
    assertRefused(
        edit,
        "'associatedCases' is an association: whether /v3/artifacts returns it follows from"
            + " associations.table");
  }

  @Test
  void typedObjectNeedsATypeField() {
    Edit edit = replace("victimAssets.table", "type                  | type      |", "kind                  | string    |");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals(
        "victimAssets.table:0: Victim Assets have types, so [body] needs one field whose value is type",
        e.getMessage());
  }

  @Test
  void unknownTypeInTheIndicatorToIndicatorTable() {
    Edit edit = replace("indicator-associations.table", "| ASN          | CIDR ", "| ASN          | CIRD ");
    assertRefused(
        edit,
        "unknown Indicator type 'CIRD' (types: Address, EmailAddress, File, Host, URL, ASN, CIDR,"
            + " Email Subject, Hashtag, Mutex, Registry Key, User Agent)");
  }

  @Test
  void unknownSection() {
    Edit edit = replace("victims.table", "[read-only]", "[readonly]");
    assertRefused(edit, "unknown section [readonly] (sections: types, body, read-only, fields)");
  }

  @Test
  void missingFile() {
    TableSource source = name -> name.equals("enums.table") ? Optional.empty() : TableSource.builtIn().read(name);
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(source));
    assertEquals("enums.table:0: table file is missing", e.getMessage());
  }

  private static void assertRefused(Edit edit, String problem) {
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(edit.source()));
    assertEquals(edit.file + ":" + edit.line + ": " + problem, e.getMessage());
    assertEquals(new SourceLine(edit.file, edit.line), e.where());
    assertEquals(problem, e.problem());
  }

  /** One built-in file with one piece of text replaced, and the line where the piece stands. */
  private static final class Edit {
    final String file;
    final String text;
    final int line;

    Edit(String file, String text, int line) {
      this.file = file;
      this.text = text;
      this.line = line;
    }

    TableSource source() {
      return name -> name.equals(file) ? Optional.of(text) : TableSource.builtIn().read(name);
    }
  }

  private static Edit replace(String file, String from, String to) {
    String original = TableSource.builtIn().read(file).orElseThrow();
    int at = original.indexOf(from);
    if (at < 0 || original.indexOf(from, at + 1) >= 0) {
      throw new AssertionError("'" + from + "' must occur exactly once in " + file);
    }
    int line = (int) original.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new Edit(file, original.replace(from, to), line);
  }
}
