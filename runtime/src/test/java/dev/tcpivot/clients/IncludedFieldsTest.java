package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Associations are not returned by default. Add {@code ?fields=associatedGroups&fields=...}"
 * (seed lines 268-280; API-FACTS 6): {@code @Include} asks for fields the endpoint has, once each,
 * on an operation that answers with objects. An error points at the array element at fault.
 */
class IncludedFieldsTest {

  @ParameterizedTest(name = "{0} includes the association fields of its row")
  @EnumSource(DocumentedEndpoint.class)
  void everyAssociationFieldOfTheRowCanBeIncluded(DocumentedEndpoint endpoint) {
    String fields =
        endpoint.associableObjectTypes().stream()
            .map(t -> "\"associated" + t.replace(" ", "") + "\"")
            .collect(Collectors.joining(", "));
    Client.of(
            "  @Get(\"" + endpoint.path() + "\")",
            "  @Include({" + fields + "})",
            "  " + endpoint.model() + " get(@Key long id);")
        .compiles();
  }

  @ParameterizedTest(name = "{0} is not a field of /v3/victimAssets")
  @ValueSource(strings = {"associatedIndicators", "groups"})
  void aFieldTheEndpointDoesNotHaveIsRefusedAtItsValue(String field) {
    Client.of(
            "  @Update(\"victimAssets\")",
            "  @Include({",
            "      \"associatedGroups\",",
            "      \"" + field + "\"}) " + MARK,
            "  VictimAsset link(@Key long id, @Associate(\"Groups\") long groupId);")
        .isRefusedWith(field + " is not a field of /v3/victimAssets (fields: associatedGroups)");
  }

  @Test
  void aFieldIncludedTwiceIsRefusedAtTheSecond() {
    Client.of(
            "  @Get(\"groups\")",
            "  @Include({",
            "      \"associatedIndicators\",",
            "      \"associatedGroups\",",
            "      \"associatedIndicators\"}) " + MARK,
            "  Group get(@Key long id);")
        .isRefusedWith("associatedIndicators is included twice");
  }

  @Test
  void aSingleValueIsPointedAtToo() {
    Client.of(
            "  @GetAll(\"victimAssets\")",
            "  @Include(",
            "      \"associatedCases\") " + MARK,
            "  Paged<VictimAsset> list();")
        .isRefusedWith("associatedCases is not a field of /v3/victimAssets (fields: associatedGroups)");
  }

  @Test
  void anIncludeOnADeleteIsRefused() {
    Client.of(
            "  @Delete(\"groups\")",
            "  @Include(\"associatedGroups\") " + MARK,
            "  void delete(@Key long id);")
        .isRefusedWith("@Delete returns no object to include fields in; drop @Include");
  }

  @Test
  void anIncludeOnGetFieldsIsRefused() {
    Client.of(
            "  @GetFields(\"groups\")",
            "  @Include(\"associatedGroups\") " + MARK,
            "  List<FieldInfo> fields();")
        .isRefusedWith("@GetFields returns no object to include fields in; drop @Include");
  }
}
