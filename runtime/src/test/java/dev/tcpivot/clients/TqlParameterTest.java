package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.tcpivot.clients.Client.MARK;

import com.google.testing.compile.Compilation;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Tql} parameter is a TQL string or the typed query of its method's endpoint (DESIGN.md,
 * "Pivot queries"), whose query type tql.table gives; the query of another endpoint is the
 * processor's error, on that parameter, naming the query class expected.
 */
class TqlParameterTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  @Test
  void theQueryOfAnotherEndpointIsRefused() {
    Client.of(
            "  @GetAll(\"groups\")",
            "  Paged<Group> find(",
            "      @Tql IndicatorQuery query); " + MARK)
        .isRefusedWith("@Tql parameter of a /v3/groups method must be a GroupQuery or a String, not IndicatorQuery");
  }

  @Test
  void aQueryTypeWithoutAnEndpointIsRefused() {
    Client.of(
            "  @GetAll(\"indicators\")",
            "  List<Indicator> find(",
            "      @Tql TagQuery query); " + MARK)
        .isRefusedWith("@Tql parameter of a /v3/indicators method must be an IndicatorQuery or a String, not TagQuery");
  }

  /** Every endpoint of objects.table takes its own query, and refuses the next endpoint's. */
  @Test
  void everyEndpointTakesItsOwnQueryOnly() {
    List<String> own = new ArrayList<>();
    List<String> other = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<ObjectType> objects = SPEC.objects();
    for (int i = 0; i < objects.size(); i++) {
      ObjectType object = objects.get(i);
      ObjectType next = objects.get((i + 1) % objects.size());
      String query = SPEC.queryType(object).orElseThrow().name() + "Query";
      String wrong = SPEC.queryType(next).orElseThrow().name() + "Query";
      String model = model(object);
      own.add("  @GetAll(\"" + object.endpointName() + "\") Paged<" + model + "> own" + i + "(@Tql " + query + " q);");
      other.add("  @GetAll(\"" + object.endpointName() + "\") Paged<" + model + "> other" + i + "(@Tql " + wrong + " q);");
      expected.add("ERROR: @Tql parameter of a " + object.endpoint() + " method must be " + article(query) + " "
          + query + " or a String, not " + wrong);
    }
    Client.named("Own", own.toArray(String[]::new)).compiles();
    Compilation refused = Client.named("Other", other.toArray(String[]::new)).compile();
    assertWithMessage("diagnostics").that(Client.texts(refused)).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void aStringAndAQueryCompile() {
    Client.of(
            "  @GetAll(\"groups\")",
            "  Paged<Group> byText(@Tql String tql);",
            "",
            "  @GetAll(\"victimAssets\")",
            "  @Include(\"associatedGroups\")",
            "  List<VictimAsset> byQuery(@Tql VictimAssetQuery query, @Owner String owner);")
        .compiles();
  }

  /** The response model of an endpoint, as DESIGN.md names it: {@code /v3/victimAssets} → {@code VictimAsset}. */
  private static String model(ObjectType object) {
    String singular = object.endpointSingular();
    return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
  }

  private static String article(String word) {
    return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
