package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;
import static dev.tcpivot.clients.Client.MARK;

import dev.tcpivot.spec.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance may differ from the documented tables (custom associations, API-FACTS 8.3): with
 * {@code -Atcpivot.tables=<dir>}, the table files of that directory replace the built-in ones, and
 * clients are checked against them. A broken table is one error on each client, naming the file,
 * the line and the problem.
 */
class CustomTablesTest {
  private static final String VICTIM_ASSETS_ROW =
      "/v3/victimAssets        | Groups                                                   | no";

  @TempDir Path tables;

  @Test
  void anAssociationTheCustomTableListsCompiles() throws IOException {
    replace("associations.table", VICTIM_ASSETS_ROW, VICTIM_ASSETS_ROW.replace("Groups    ", "Groups, Indicators"));
    linkIndicatorToVictimAsset().withOptions("-Atcpivot.tables=" + tables).compiles();
  }

  @Test
  void aRefusalListsWhatTheCustomTableAllows() throws IOException {
    replace("associations.table", VICTIM_ASSETS_ROW, VICTIM_ASSETS_ROW.replace("Groups    ", "Groups, Indicators"));
    Client.of(
            "  @Update(\"victimAssets\")",
            "  VictimAsset link(",
            "      @Key long id,",
            "      @Associate(",
            "          \"Cases\") " + MARK,
            "      long caseId);")
        .withOptions("-Atcpivot.tables=" + tables)
        .isRefusedWith("/v3/victimAssets cannot associate Cases (it can associate: Groups, Indicators)");
  }

  @Test
  void withoutTheOptionTheSameAssociationIsRefused() {
    linkIndicatorToVictimAsset()
        .isRefusedWith("/v3/victimAssets cannot associate Indicators (it can associate: Groups)");
  }

  @Test
  void aTablesDirectoryWithoutTheFileKeepsTheBuiltInOne() {
    linkIndicatorToVictimAsset()
        .withOptions("-Atcpivot.tables=" + tables)
        .isRefusedWith("/v3/victimAssets cannot associate Indicators (it can associate: Groups)");
  }

  @Test
  void aCustomIndicatorAssociationSilencesTheWarning() throws IOException {
    append("indicator-associations.table", "Address to ASN               | Address      | ASN\n");
    Client.of(
            "  @Update(value = \"indicators\", type = \"Address\")",
            "  Indicator link(@Key String ip, @Associate(value = \"Indicators\", type = \"ASN\") List<String> asNumbers);")
        .withOptions("-Atcpivot.tables=" + tables)
        .compiles();
  }

  @Test
  void aBrokenTableIsOneErrorOnTheClient() throws IOException {
    int line = replace("associations.table", VICTIM_ASSETS_ROW, VICTIM_ASSETS_ROW.replace("Groups    ", "Adversaries"));
    Client.declaring(
            "Triage",
            "@ThreatConnectClient",
            "interface Triage { " + MARK,
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "}")
        .withOptions("-Atcpivot.tables=" + tables)
        .isRefusedWith(
            "the tcpivot tables are invalid: associations.table:" + line
                + ": unknown object type 'Adversaries' (object types: Artifacts, Cases, Groups, Indicators,"
                + " Intelligence Requirements, Victims, Victim Assets)");
  }

  @Test
  void aTablesDirectoryThatDoesNotExistIsOneErrorOnTheClient() {
    Path missing = tables.resolve("missing");
    Client.declaring("Triage", "@ThreatConnectClient", "interface Triage {} " + MARK)
        .withOptions("-Atcpivot.tables=" + missing)
        .isRefusedWith("-Atcpivot.tables=" + missing + " is not a directory of table files");
  }

  private static Client linkIndicatorToVictimAsset() {
    return Client.of(
        "  @Update(\"victimAssets\")",
        "  VictimAsset link(",
        "      @Key long id,",
        "      @Associate(",
        "          \"Indicators\") " + MARK,
        "      long indicatorId);");
  }

  /** Writes the built-in file with {@code from} (which occurs once) replaced; returns its line. */
  private int replace(String file, String from, String to) throws IOException {
    String text = TableSource.builtIn().read(file).orElseThrow();
    int at = text.indexOf(from);
    assertThat(at).isAtLeast(0);
    assertThat(text.indexOf(from, at + 1)).isEqualTo(-1);
    Files.writeString(tables.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private void append(String file, String row) throws IOException {
    String text = TableSource.builtIn().read(file).orElseThrow();
    Files.writeString(tables.resolve(file), text + row, StandardCharsets.UTF_8);
  }
}
