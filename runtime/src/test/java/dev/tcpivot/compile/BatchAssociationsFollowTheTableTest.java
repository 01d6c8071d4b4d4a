package dev.tcpivot.compile;

import dev.tcpivot.spec.BatchRules;
import dev.tcpivot.spec.IndicatorAssociation;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A V2 Batch API input file takes the association pairs of batch.table and nothing else
 * (threatconnect-v2-batch/v2_batch_api.rst L120): Indicator to Group, Group to Indicator, Group to
 * Group, and Indicator to Indicator only with an association type of indicator-associations.table,
 * from one of its non-primary types (ref_1) to its primary type (ref_2), as L614 and L677-683 do.
 * Whatever else does not compile; no ref can name another owner (L11-12).
 */
class BatchAssociationsFollowTheTableTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  private static final String FILE = "BatchFile file = BatchFile.create();";
  private static final String OBJECTS = String.join("\n",
      "BatchIndicator<BatchIndicators.Host> host = BatchIndicators.host(\"badguyz.com\");",
      "BatchIndicator<BatchIndicators.Url> url = BatchIndicators.url(\"http://www.badguyz.com\");",
      "BatchGroup incident = BatchGroups.incident(\"xid-1\", \"Ransomware\");",
      "BatchGroup adversary = BatchGroups.adversary(\"xid-2\", \"Bad Guy\");");

  private static Snippet snippet(String... lines) {
    List<String> all = new ArrayList<>(List.of(FILE, OBJECTS));
    all.addAll(List.of(lines));
    return Snippet.of(all.toArray(String[]::new));
  }

  /** One accepted case per row of batch.table that needs no association type. */
  @TestFactory
  List<DynamicTest> theUntypedPairsCompile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (BatchRules.Pair pair : SPEC.batch().pairs()) {
      if (pair.typed()) {
        continue;
      }
      String first = end(pair.first(), 1);
      String second = end(pair.second(), 2);
      tests.add(DynamicTest.dynamicTest(pair.first().word() + " to " + pair.second().word(), () -> {
        snippet("file.associate(" + first + ", " + second + ");",
                "file.associate(" + existing(pair.first(), 1) + ", " + existing(pair.second(), 2) + ");")
            .compiles();
      }));
    }
    return tests;
  }

  private static String end(BatchRules.Side side, int n) {
    return side == BatchRules.Side.INDICATOR ? (n == 1 ? "host" : "url") : (n == 1 ? "incident" : "adversary");
  }

  private static String existing(BatchRules.Side side, int n) {
    return side == BatchRules.Side.INDICATOR
        ? "BatchRef.indicatorId(BatchIndicators.ADDRESS, " + n + ")"
        : (n == 1 ? "BatchRef.groupId(1)" : "BatchRef.groupXid(\"xid-9\")");
  }

  /** One accepted case per non-primary type of each row of indicator-associations.table. */
  @TestFactory
  List<DynamicTest> everyDefaultIndicatorAssociationCompiles() {
    List<DynamicTest> tests = new ArrayList<>();
    for (IndicatorAssociation row : SPEC.indicatorAssociations()) {
      for (String nonPrimary : row.nonPrimary()) {
        tests.add(DynamicTest.dynamicTest(nonPrimary + " to " + row.primary() + " (" + row.name() + ")", () ->
            snippet(
                    "file.associate(IndicatorAssociation." + constant(row.name()) + ", "
                        + ref(nonPrimary, 1) + ", " + ref(row.primary(), 2) + ");")
                .compiles()));
      }
    }
    return tests;
  }

  /** For each row, a type that is not among its non-primary types does not compile as ref_1. */
  @TestFactory
  List<DynamicTest> aTypeOutsideTheRowIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> types = SPEC.catalog(SPEC.objectAt("indicators").orElseThrow()).types();
    for (IndicatorAssociation row : SPEC.indicatorAssociations()) {
      String outsider = types.stream().filter(t -> !row.nonPrimary().contains(t)).findFirst().orElseThrow();
      tests.add(DynamicTest.dynamicTest(outsider + " to " + row.primary() + " (" + row.name() + ")", () ->
          snippet(
                  Snippet.MARK + "file.associate(IndicatorAssociation." + constant(row.name()) + ", "
                      + ref(outsider, 1) + ", " + ref(row.primary(), 2) + ");")
              .isRefusedWith(
                  "method associate in class dev.tcpivot.BatchFile cannot be applied to given types;",
                  "inference variable N has incompatible bounds\n"
                      + "    equality constraints: dev.tcpivot.v3.IndicatorAssociation." + kind(row.name()) + "\n"
                      + "    lower bounds: K,dev.tcpivot.v3.BatchIndicators." + kind(outsider))));
    }
    return tests;
  }

  /** README.md's batch example, word for word but for the stream it writes to. */
  @Test
  void theReadmeExampleCompiles() {
    Snippet.of(
            "java.io.OutputStream upload = java.io.OutputStream.nullOutputStream();",
            "try (BatchFile file = BatchFile.create()) {",
            "    var host = BatchIndicators.host(\"verybadguyz.com\").rating(3).confidence(60).tag(\"Ransomware\")",
            "            .attribute(BatchAttribute.of(\"Description\", \"A host of the Very Bad Guyz.\").securityLabel(\"TLP:AMBER\"));",
            "    var url = BatchIndicators.url(\"http://www.verybadguyz.com\");",
            "    BatchGroup incident = BatchGroups.incident(\"00000000-0000-0000-0000-000000000000:0001\", \"Ransomware Attack\")",
            "            .eventDate(java.time.Instant.parse(\"2024-08-04T00:00:00Z\"));",
            "    file.add(host).add(url).add(incident)",
            "            .associate(host, incident)",
            "            .associate(incident, BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321))",
            "            .associate(incident, BatchRef.groupId(12345))",
            "            .associate(IndicatorAssociation.URL_HOST, host, url);",
            "    for (BatchFile.Part part : file.parts()) {",
            "        part.writeTo(upload);",
            "    }",
            "}")
        .compiles();
  }

  @Test
  void theWrongDirectionIsRefused() {
    snippet(Snippet.MARK + "file.associate(IndicatorAssociation.URL_HOST, url, host);")
        .isRefusedWith(
            "method associate in class dev.tcpivot.BatchFile cannot be applied to given types;",
            "inference variable P has incompatible bounds\n    equality constraints: dev.tcpivot.v3.BatchIndicators.Url\n    lower bounds: dev.tcpivot.v3.BatchIndicators.Host");
  }

  @Test
  void indicatorToIndicatorWithoutAnAssociationTypeIsRefused() {
    snippet(Snippet.MARK + "file.associate(host, url);")
        .isRefusedWith(
            "no suitable method found for associate(dev.tcpivot.BatchIndicator<dev.tcpivot.v3.BatchIndicators.Host>,dev.tcpivot.BatchIndicator<dev.tcpivot.v3.BatchIndicators.Url>)");
  }

  @Test
  void aCustomAssociationTypeByNameIsRefused() {
    snippet(Snippet.MARK + "file.associate(\"Host to Indicators\", host, url);")
        .isRefusedWith(
            "method associate in class dev.tcpivot.BatchFile cannot be applied to given types;",
            "java.lang.String cannot be converted to dev.tcpivot.IndicatorAssociationType<P,N>");
  }

  @Test
  void aVictimGroupFactoryDoesNotExist() {
    snippet(Snippet.MARK + "file.add(BatchGroups.victim(\"xid-3\", \"John Smith\"));")
        .isRefusedWith(
            "cannot find symbol\n  symbol:   method victim(java.lang.String,java.lang.String)\n  location: class dev.tcpivot.v3.BatchGroups");
  }

  @Test
  void aCaseRefIsRefused() {
    snippet(Snippet.MARK + "file.associate(incident, CaseRef.id(7));")
        .isRefusedWith(
            "no suitable method found for associate(dev.tcpivot.BatchGroup,dev.tcpivot.IdRef<dev.tcpivot.v3.Case>)");
  }

  @Test
  void anArtifactRefIsRefused() {
    snippet(Snippet.MARK + "file.associate(ArtifactRef.id(7), incident);")
        .isRefusedWith(
            "no suitable method found for associate(dev.tcpivot.IdRef<dev.tcpivot.v3.Artifact>,dev.tcpivot.BatchGroup)");
  }

  @Test
  void aVictimAssetRefIsRefused() {
    snippet(Snippet.MARK + "file.associate(adversary, VictimAssetRef.id(7));")
        .isRefusedWith(
            "no suitable method found for associate(dev.tcpivot.BatchGroup,dev.tcpivot.IdRef<dev.tcpivot.v3.VictimAsset>)");
  }

  @Test
  void aV3RefIsNotABatchRef() {
    snippet(Snippet.MARK + "file.associate(IndicatorRef.host(\"badguyz.com\"), incident);")
        .isRefusedWith(
            "no suitable method found for associate(dev.tcpivot.v3.IndicatorRef,dev.tcpivot.BatchGroup)");
  }

  @Test
  void aV3NewObjectIsNotABatchObject() {
    snippet(Snippet.MARK + "file.add(NewGroup.adversary(\"Bad Guy\"));")
        .isRefusedWith(
            "no suitable method found for add(dev.tcpivot.v3.NewGroup)");
  }

  @Test
  void aGroupRefNamesNoOwner() {
    snippet(Snippet.MARK + "file.associate(host, BatchRef.groupId(12).ownerName(\"Demo Source\"));")
        .isRefusedWith(
            "cannot find symbol\n  symbol:   method ownerName(java.lang.String)\n  location: class dev.tcpivot.BatchGroupRef");
  }

  @Test
  void anIndicatorRefNamesNoOwner() {
    snippet(Snippet.MARK + "file.associate(BatchRef.indicatorId(BatchIndicators.HOST, 5).ownerId(2), incident);")
        .isRefusedWith(
            "cannot find symbol\n  symbol:   method ownerId(int)\n  location: class dev.tcpivot.BatchIndicatorRef<dev.tcpivot.v3.BatchIndicators.Host>");
  }

  @Test
  void aBatchObjectNamesNoOwner() {
    snippet(Snippet.MARK + "file.add(incident.ownerName(\"Demo Source\"));")
        .isRefusedWith(
            "cannot find symbol\n  symbol:   method ownerName(java.lang.String)\n  location: variable incident of type dev.tcpivot.BatchGroup");
  }

  private static String ref(String type, int n) {
    if (type.equals("Host") && n == 1) {
      return "host";
    }
    if (type.equals("URL") && n == 2) {
      return "url";
    }
    return "BatchRef.indicatorId(BatchIndicators." + constant(type) + ", " + n + ")";
  }

  /** As the generator names them: {@code URL Host} → {@code URL_HOST}, {@code UrlHost}. */
  private static String constant(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }

  private static String kind(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      String part = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1
          ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
