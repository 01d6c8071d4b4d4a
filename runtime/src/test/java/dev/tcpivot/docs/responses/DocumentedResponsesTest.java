package dev.tcpivot.docs.responses;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.tcpivot.ApiModel;
import dev.tcpivot.Internals;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented response of the seven object types, read into its model through the SDK's
 * mapper: the typed getters plus the unknown fields rebuild the object the server sent, and
 * {@code asMap()} is that object.
 *
 * <p>The responses are transcribed under {@code src/test/resources/docs/responses}. The transcripts
 * leave out the {@code {...}} and {@code ...} placeholders of list examples (and the comma before
 * them), and fix these typos of the docs, each of which makes the example invalid JSON or an
 * invalid timestamp:
 * <ul>
 *   <li>v3/groups/create.rst L82: {@code "2021-11-03T14:57:4511:04:12Z"} is read as
 *       {@code "2021-11-03T14:57:45Z"};
 *   <li>v3/groups/retrieve.rst L130: {@code "2021-11-03T14:57:45Z2022-02-16T18:54:23Z"} as
 *       {@code "2022-02-16T18:54:23Z"}; L131: the trailing comma is dropped;
 *   <li>v3/case_management/cases/retrieve.rst L177: the trailing comma is dropped;
 *   <li>v3/case_management/cases/update.rst L65: {@code "2021-04-12T18:36.18Z"} as
 *       {@code "2021-04-12T18:36:18Z"};
 *   <li>v3/intelligence_requirements/create.rst L69: the space inside {@code "2023-09-18T14:06:26Z "}
 *       is dropped;
 *   <li>v3/indicators/associations.rst L354: the second {@code "id"} key of the nested Indicator
 *       is read as {@code "ownerId"}.
 * </ul>
 * {@code MalformedResponseValuesTest} keeps two of the timestamps as documented.
 */
class DocumentedResponsesTest {

  static Stream<Arguments> singleObjects() {
    return Stream.of(
        one("indicators/create.json", Indicator.class), // v3/indicators/create.rst L102-125
        one("indicators/update.json", Indicator.class), // v3/indicators/update.rst L84-107
        one("indicators/retrieve-by-id.json", Indicator.class), // v3/indicators/retrieve.rst L80-102
        one("indicators/retrieve-by-summary.json", Indicator.class), // v3/indicators/retrieve.rst L114-136
        one("indicators/update-metadata.json", Indicator.class), // v3/update_metadata.rst L150-226
        one("indicators/custom-associations.json", Indicator.class), // v3/indicators/associations.rst L24-84
        one("indicators/indicator-to-indicator.json", Indicator.class), // v3/indicators/associations.rst L163-200
        one("indicators/file-actions.json", Indicator.class), // v3/indicators/associations.rst L335-400
        one("groups/create.json", Group.class), // v3/groups/create.rst L61-87
        one("groups/update.json", Group.class), // v3/groups/update.rst L101-127
        one("groups/retrieve-by-id.json", Group.class), // v3/groups/retrieve.rst L109-134
        one("cases/create.json", Case.class), // v3/case_management/cases/create.rst L76-121
        one("cases/update.json", Case.class), // v3/case_management/cases/update.rst L53-103
        one("cases/retrieve-by-id.json", Case.class), // v3/case_management/cases/retrieve.rst L151-192
        one("artifacts/create.json", Artifact.class), // v3/case_management/artifacts/create.rst L43-55
        one("artifacts/update.json", Artifact.class), // v3/case_management/artifacts/update.rst L30-42
        one("artifacts/retrieve-by-id.json", Artifact.class), // v3/case_management/artifacts/retrieve.rst L62-75
        one("victims/create.json", Victim.class), // v3/victims/create.rst L87-101
        one("victims/update.json", Victim.class), // v3/victims/update.rst L54-68
        one("victims/retrieve-by-id.json", Victim.class), // v3/victims/retrieve.rst L64-77
        one("victimAssets/create.json", VictimAsset.class), // v3/victim_assets/create.rst L34-44
        one("victimAssets/update.json", VictimAsset.class), // v3/victim_assets/update.rst L44-54
        one("victimAssets/retrieve-by-id.json", VictimAsset.class), // v3/victim_assets/retrieve.rst L57-66
        one("intelRequirements/create.json", IntelRequirement.class), // v3/intelligence_requirements/create.rst L58-115
        one("intelRequirements/update.json", IntelRequirement.class), // v3/intelligence_requirements/update.rst L79-139
        one("intelRequirements/retrieve-by-id.json", IntelRequirement.class)); // v3/intelligence_requirements/retrieve.rst L128-184
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        one("indicators/retrieve-all.json", Indicator.class), // v3/indicators/retrieve.rst L20-56
        one("indicators/retrieve-deleted.json", Indicator.class), // v3/indicators/retrieve.rst L151-162
        one("groups/retrieve-all.json", Group.class), // v3/groups/retrieve.rst L17-77
        one("cases/retrieve-all.json", Case.class), // v3/case_management/cases/retrieve.rst L17-127
        one("artifacts/retrieve-all.json", Artifact.class), // v3/case_management/artifacts/retrieve.rst L17-41
        one("victims/retrieve-all.json", Victim.class), // v3/victims/retrieve.rst L17-40
        one("victimAssets/retrieve-all.json", VictimAsset.class), // v3/victim_assets/retrieve.rst L17-36
        one("intelRequirements/retrieve-all.json", IntelRequirement.class)); // v3/intelligence_requirements/retrieve.rst L19-103
  }

  private static Arguments one(String resource, Class<? extends ApiModel> model) {
    return Arguments.of(resource, model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleObjects")
  void singleObjectParsesWithoutLoss(String resource, Class<? extends ApiModel> type) {
    String text = JsonTrees.resourceText("docs/responses/" + resource);
    JsonNode sent = JsonTrees.parse(text);
    Internals.Read<ApiModel> envelope = read(text, TypeFactory.defaultInstance().constructType(type));

    assertEquals("Success", envelope.status());
    assertEquals(sent.path("message").textValue(), envelope.message());
    assertNotNull(envelope.data(), "no data");
    assertEquals(type, envelope.data().getClass());
    assertRebuilt(sent.get("data"), envelope.data());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void listParsesWithoutLoss(String resource, Class<? extends ApiModel> type) {
    String text = JsonTrees.resourceText("docs/responses/" + resource);
    JsonNode sent = JsonTrees.parse(text);
    Internals.Read<List<ApiModel>> envelope =
        read(text, TypeFactory.defaultInstance().constructCollectionType(List.class, type));

    assertEquals("Success", envelope.status());
    assertEquals(sent.has("count") ? sent.get("count").longValue() : null, envelope.count());
    List<ApiModel> items = envelope.data();
    assertEquals(sent.get("data").size(), items.size());
    for (int i = 0; i < items.size(); i++) {
      assertEquals(type, items.get(i).getClass());
      assertRebuilt(sent.get("data").get(i), items.get(i));
    }
  }

  private static void assertRebuilt(JsonNode sent, ApiModel model) {
    assertSameJson(sent, JsonTrees.written(model.asMap()));
    assertSameJson(GetterTrees.canonical(sent, model.getClass()), GetterTrees.rebuilt(model));
  }

  private static <T> Internals.Read<T> read(String text, JavaType dataType) {
    try {
      return Internals.read(text, dataType);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the SDK could not read the response: " + e.getOriginalMessage(), e);
    }
  }
}
