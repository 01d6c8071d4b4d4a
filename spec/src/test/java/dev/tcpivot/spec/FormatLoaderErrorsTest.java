package dev.tcpivot.spec;

import static dev.tcpivot.spec.TableEdit.replace;

import org.junit.jupiter.api.Test;

/**
 * The format and counts columns of {@code [body]} and the {@code [formats]} examples are checked
 * like the other cells: a broken row is refused with its file, its line and the problem.
 */
class FormatLoaderErrorsTest {
  private static final String FORMATS =
      "ip address, email address, md5, sha1, sha256, host name, url, asn, cidr, registry key name,"
        + " registry value name";

  @Test
  void unknownFormatWord() {
    replace("indicators.table", "| Host          | host name ", "| Host          | hostname  ")
        .assertRefused("unknown format 'hostname' (formats: " + FORMATS + ")");
  }

  @Test
  void formatOnAFieldThatIsNotAString() {
    replace(
            "indicators.table",
            "| Host          | -                   | no     # L290-294",
            "| Host          | host name           | no     # L290-294")
        .assertRefused("format 'host name' is for string values, not boolean");
  }

  @Test
  void formatOnTheSummaryOfAnotherIndicatorType() {
    replace("indicators.table", "| URL           | url  ", "| URL           | asn  ")
        .assertRefused("format 'asn' is for ASN Indicators, not for URL");
  }

  @Test
  void formatOnAFieldOfEveryIndicatorType() {
    replace("indicators.table", "| Host          | host name ", "| *             | host name ")
        .assertRefused("format 'host name' is for Host Indicators, not for every Indicator type");
  }

  @Test
  void formatOnAFieldOfSeveralIndicatorTypes() {
    replace("indicators.table", "| CIDR          | cidr ", "| CIDR, Address | cidr ")
        .assertRefused("format 'cidr' is for CIDR Indicators, not for CIDR, Address");
  }

  @Test
  void formatOnAnotherObjectsField() {
    replace("victimAssets.table", "| WebSite                       | -  ", "| WebSite                       | url")
        .assertRefused("format 'url' is for URL Indicators, not for Victim Assets");
  }

  @Test
  void countsMustBeYesOrNo() {
    replace("indicators.table", "| yes    # L105-110", "| often  # L105-110")
        .assertRefused("expected yes or no, found 'often'");
  }

  @Test
  void onlyAnUpdatableFieldCountsEachRequest() {
    replace("indicators.table", "| no     # L209-213", "| yes    # L209-213")
        .assertRefused(
            "'ip' counts each request, which matters only for a field a PUT can send again: it"
                + " must be updatable");
  }

  @Test
  void bodyRowsWithoutTheNewColumns() {
    replace("victims.table", "| *     | -      | no     # L56-61", "| *      # L56-61")
        .assertRefused(
            "expected 7 cells (field | value | required | updatable | types | format | counts),"
                + " found 5");
  }

  @Test
  void exampleOfAnUnknownFormat() {
    replace("indicators.table", "asn                   | \"ASN12345\"", "asm                   | \"ASN12345\"")
        .assertRefused("unknown format 'asm' (formats: " + FORMATS + ")");
  }

  @Test
  void exampleOfAFormatNoFieldHas() {
    int firstExample =
        TableEdit.lineOf("indicators.table", "url                   | \"http://example.com\" ");
    replace("indicators.table", "| URL           | url  ", "| URL           | -    ")
        .assertRefusedAt(firstExample, "format 'url' has examples, but no [body] field has the format");
  }

  @Test
  void examplesInACatalogWithoutFormats() {
    TableEdit edit =
        replace("victims.table", "[read-only]", "[formats]\nasn | \"ASN1\" | accepted\n\n[read-only]");
    edit.assertRefusedAt(
        edit.line + 1, "format 'asn' has examples, but no [body] field has the format");
  }

  @Test
  void exampleWithoutQuotes() {
    replace("indicators.table", "| \"ASN204288\" ", "| ASN204288   ")
        .assertRefused(
            "an example stands between double quotes and holds none, e.g. \"ASN12345\"; found ASN204288");
  }

  @Test
  void exampleWithAQuoteInside() {
    replace("indicators.table", "| \"ASN204288\" ", "| \"AS\"N\"204288\"")
        .assertRefused(
            "an example stands between double quotes and holds none, e.g. \"ASN12345\"; found"
                + " \"AS\"N\"204288\"");
  }

  @Test
  void exampleWhoseQuoteIsNotClosed() {
    replace("indicators.table", "| \"ASN204288\" ", "| \"ASN204288  ")
        .assertRefused("a double quote is not closed");
  }

  @Test
  void sameExampleTwice() {
    int first = TableEdit.lineOf("indicators.table", "| \"ASN12345\" ");
    replace("indicators.table", "| \"ASN204288\" ", "| \"ASN12345\"  ")
        .assertRefused("example \"ASN12345\" of 'asn' is already listed at line " + first);
  }

  @Test
  void exampleWithoutAVerdict() {
    replace("indicators.table", "| accepted   # L46", "| -          # L46")
        .assertRefused("a verdict is 'accepted' or the words that refuse the example");
  }

  @Test
  void exampleRowWithTwoCells() {
    replace("indicators.table", "| \"ASN204288\"                                                                       | accepted", "| \"ASN204288\"")
        .assertRefused("expected 3 cells (format | example | verdict), found 2");
  }
}
