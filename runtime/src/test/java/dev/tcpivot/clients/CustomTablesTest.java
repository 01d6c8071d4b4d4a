package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;
import static dev.tcpivot.clients.Client.MARK;

import com.google.testing.compile.JavaFileObjects;
import dev.tcpivot.processor.SdkProcessor;
import dev.tcpivot.spec.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
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

  /**
   * A client's implementation calls the typed SDK, so an association only the custom table lists
   * needs an SDK generated from that table: the module's own, in a package it annotates
   * {@code @ThreatConnectSdk}. The client uses that SDK's types.
   */
  @Test
  void anAssociationTheCustomTableListsCompilesAgainstTheModulesOwnSdk() throws IOException {
    replace("associations.table", VICTIM_ASSETS_ROW, VICTIM_ASSETS_ROW.replace("Groups    ", "Groups, Indicators"));
    Client client = Client.of(
            "  @Update(\"victimAssets\")",
            "  example.sdk.VictimAsset link(@Key long id, @Associate(\"Indicators\") long indicatorId);")
        .withOptions("-Atcpivot.tables=" + tables);
    JavaFileObject sdk = JavaFileObjects.forSourceString(
        "example.sdk.package-info", "@dev.tcpivot.annotations.ThreatConnectSdk\npackage example.sdk;\n");

    Client.Run run = client.run(List.of(sdk), new ObservedClientProcessor(), new SdkProcessor());

    assertThat(Client.texts(run.compilation())).isEmpty();
    assertThat(run.created()).containsKey("example.Triage_Impl");
    assertThat(generatedSource(run, "example/sdk/VictimAssetUpdate.java")).contains("associatedIndicators(");
    assertThat(generatedSource(run, "example/Triage_Impl.java"))
        .contains(".associatedIndicators(IndicatorRef.id(checkId(indicatorId, \"indicatorId\")))");
  }

  @Test
  void aClientUsesTheTypesOfOneSdk() {
    Client client = Client.declaring(
        "Triage",
        "@ThreatConnectClient",
        "interface Triage { " + MARK,
        "  @Get(\"groups\")",
        "  example.sdk.Group mine(@Key long id);",
        "  @Get(\"groups\")",
        "  dev.tcpivot.v3.Group builtIn(@Key long id);",
        "}");
    JavaFileObject sdk = JavaFileObjects.forSourceString(
        "example.sdk.package-info", "@dev.tcpivot.annotations.ThreatConnectSdk\npackage example.sdk;\n");

    Client.Run run = client.run(List.of(sdk), new ObservedClientProcessor(), new SdkProcessor());

    assertThat(Client.texts(run.compilation())).containsExactly(
        "ERROR: Triage uses the types of more than one SDK (dev.tcpivot.v3, example.sdk); its methods must"
            + " all use one");
    assertThat(run.created()).doesNotContainKey("example.Triage_Impl");
  }

  @Test
  void anAssociationOnlyTheCustomTableListsIsRefusedAgainstTheBuiltInSdk() throws IOException {
    replace("associations.table", VICTIM_ASSETS_ROW, VICTIM_ASSETS_ROW.replace("Groups    ", "Groups, Indicators"));
    linkIndicatorToVictimAsset()
        .withOptions("-Atcpivot.tables=" + tables)
        .isRefusedWith("/v3/victimAssets can associate Indicators only by the tables of -Atcpivot.tables, and the SDK"
            + " in dev.tcpivot.v3 was generated from the built-in ones: annotate a package of this module with"
            + " @ThreatConnectSdk to generate the SDK from the same tables, and use its types");
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

  private static String generatedSource(Client.Run run, String path) {
    return run.compilation().generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/" + path))
        .map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .findFirst()
        .orElseThrow(() -> new AssertionError("not generated: " + path));
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
