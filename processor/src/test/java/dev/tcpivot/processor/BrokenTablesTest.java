package dev.tcpivot.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tcpivot.spec.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code -Atcpivot.tables} naming a directory whose one table file is broken, the build fails
 * with exactly one error, on the annotated package, that names the file, the line and the problem.
 */
class BrokenTablesTest {
  private static final String OBJECT_TYPES =
      "Artifacts, Cases, Groups, Indicators, Intelligence Requirements, Victims, Victim Assets";
  private static final String INDICATOR_TYPES =
      "Address, EmailAddress, File, Host, URL, ASN, CIDR, Email Subject, Hashtag, Mutex, Registry Key,"
          + " User Agent";

  @TempDir Path tables;

  @Test
  void anAssociationRowNamingAnUnknownObjectType() throws IOException {
    int line = edit("associations.table", "/v3/victims             | Groups ", "/v3/victims             | Adversaries ");
    assertRefused(
        "associations.table:" + line + ": unknown object type 'Adversaries' (object types: " + OBJECT_TYPES + ")");
  }

  @Test
  void aDuplicateAssociationRow() throws IOException {
    int first = lineOf("associations.table", "/v3/victimAssets ");
    int line =
        edit(
            "associations.table",
            "/v3/victims             | Groups                                                   | no",
            "/v3/victimAssets        | Groups                                                   | no");
    assertRefused(
        "associations.table:" + line + ": endpoint '/v3/victimAssets' is already defined at line " + first);
  }

  @Test
  void aFieldRequiredForAnUnknownType() throws IOException {
    int line =
        edit(
            "indicators.table",
            "| yes              | no        | Address ",
            "| yes              | no        | Adress  ");
    assertRefused(
        "indicators.table:" + line + ": unknown Indicator type 'Adress' (types: " + INDICATOR_TYPES + ")");
  }

  @Test
  void aTablesDirectoryThatDoesNotExist() {
    Path missing = tables.resolve("missing");
    Compilation compilation = SdkProcessorRun.run("-Atcpivot.tables=" + missing);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("-Atcpivot.tables=" + missing + " is not a directory of table files")
        .inFile(SdkProcessorRun.PACKAGE_INFO)
        .onLine(SdkProcessorRun.PACKAGE_LINE);
  }

  private void assertRefused(String location) {
    String message = "the tcpivot tables are invalid: " + location;
    Compilation compilation = SdkProcessorRun.run("-Atcpivot.tables=" + tables);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(SdkProcessorRun.PACKAGE_INFO)
        .onLine(SdkProcessorRun.PACKAGE_LINE);
    assertEquals(message, compilation.errors().get(0).getMessage(null));
  }

  /**
   * Writes the built-in {@code file} into the tables directory with {@code from}, which must occur
   * once, replaced by {@code to}; returns the line of the replacement.
   */
  private int edit(String file, String from, String to) throws IOException {
    String text = builtIn(file);
    int line = lineOf(file, from);
    Files.writeString(tables.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
    return line;
  }

  private static int lineOf(String file, String text) {
    String original = builtIn(file);
    int at = original.indexOf(text);
    if (at < 0 || original.indexOf(text, at + 1) >= 0) {
      throw new AssertionError("'" + text + "' must occur exactly once in " + file);
    }
    return (int) original.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String builtIn(String file) {
    return TableSource.builtIn().read(file).orElseThrow();
  }
}
