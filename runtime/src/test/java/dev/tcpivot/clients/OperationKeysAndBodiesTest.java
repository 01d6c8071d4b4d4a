package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The path and the body of each operation: GET, PUT and DELETE name one object by its id, or an
 * Indicator also by its summary (API-FACTS 5; {@code v3/indicators/indicators.rst} L10); POST and
 * the list and fields calls name none; a POST carries the endpoint's {@code XCreate}, a PUT its
 * {@code XUpdate} or associations, and changes something.
 */
class OperationKeysAndBodiesTest {

  @ParameterizedTest(name = "@{0}(\"{1}\") without @Key is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get    | groups            | Group            | ''                          | id (long)                         | Group",
        "Update | groups            | Group            | @Body GroupUpdate body      | id (long)                         | Group",
        "Delete | groups            | void             | ''                          | id (long)                         | Group",
        "Get    | indicators        | Indicator        | ''                          | id (long) or summary (String)     | Indicator",
        "Delete | victimAssets      | void             | ''                          | id (long)                         | Victim Asset",
        "Get    | intelRequirements | IntelRequirement | ''                          | id (long)                         | Intelligence Requirement",
      })
  void aMissingKeyIsRefused(
      String operation, String endpoint, String returns, String parameters, String keys, String singular) {
    Client.of(
            "  @" + operation + "(\"" + endpoint + "\")",
            "  " + returns + " call(" + parameters + "); " + MARK)
        .isRefusedWith("@" + operation + " needs a @Key parameter: the " + keys + " of the " + singular);
  }

  @ParameterizedTest(name = "@{0} with @Key is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Create    | Group           | , @Body GroupCreate body",
        "GetAll    | Paged<Group>    | ''",
        "GetFields | List<FieldInfo> | ''",
      })
  void aKeyWhereNoObjectIsNamedIsRefused(String operation, String returns, String more) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  " + returns + " call(",
            "      @Key " + MARK,
            "      long id" + more + ");")
        .isRefusedWith("@" + operation + " names no object in its path; drop @Key");
  }

  @ParameterizedTest(name = "a {1} @Key of /v3/{0} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "groups       | String | a long id",
        "cases        | String | a long id",
        "victimAssets | String | a long id",
        "groups       | int    | a long id",
        "indicators   | int    | a long id or a String summary",
        "indicators   | Object | a long id or a String summary",
      })
  void aKeyOfAnotherTypeIsRefused(String endpoint, String type, String keys) {
    Client.of(
            "  @Delete(\"" + endpoint + "\")",
            "  void delete(",
            "      @Key " + type + " key); " + MARK)
        .isRefusedWith("a @Key of /v3/" + endpoint + " is " + keys + ", not " + type);
  }

  @ParameterizedTest(name = "a {0} @Key of /v3/indicators compiles")
  @ValueSource(strings = {"long", "Long", "String"})
  void anIndicatorIsNamedByIdOrSummary(String type) {
    Client.of("  @Get(\"indicators\")", "  Indicator get(@Key " + type + " key);").compiles();
  }

  @ParameterizedTest(name = "@{0}(\"groups\") with a @Body {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Create | IndicatorCreate  | ''           | GroupCreate",
        "Create | GroupUpdate      | ''           | GroupCreate",
        "Update | GroupCreate      | @Key long id,| GroupUpdate",
        "Update | CaseUpdate       | @Key long id,| GroupUpdate",
        "Create | String           | ''           | GroupCreate",
      })
  void aBodyOfAnotherTypeIsRefused(String operation, String type, String key, String expected) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  void call(" + key,
            "      @Body " + type + " body); " + MARK)
        .isRefusedWith("the @Body of this /v3/groups request is " + expected + ", not " + type);
  }

  @ParameterizedTest(name = "@Create(\"{0}\") without @Body is refused")
  @CsvSource({"groups, GroupCreate", "victimAssets, VictimAssetCreate", "intelRequirements, IntelRequirementCreate"})
  void aCreateWithoutItsBodyIsRefused(String endpoint, String body) {
    Client.of(
            "  @Create(\"" + endpoint + "\")",
            "  void create(@Associate(\"Groups\") long groupId); " + MARK)
        .isRefusedWith(
            "@Create needs a @Body " + body + " parameter: a POST to /v3/" + endpoint
                + " carries the new object's required fields");
  }

  @ParameterizedTest(name = "an @Update with {0} compiles")
  @ValueSource(strings = {"@Body GroupUpdate body", "@Associate(\"Groups\") long groupId", "@Body GroupUpdate body, @Associate(\"Groups\") long groupId"})
  void anUpdateThatChangesSomethingCompiles(String parameters) {
    Client.of("  @Update(\"groups\")", "  Group update(@Key long id, " + parameters + ");").compiles();
  }

  @ParameterizedTest(name = "an @Update with only {0} is refused")
  @ValueSource(strings = {"@Key long id", "@Key long id, @Owner String owner"})
  void anUpdateThatChangesNothingIsRefused(String parameters) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group update(" + parameters + "); " + MARK)
        .isRefusedWith("an @Update must change something: add a @Body or an @Associate parameter");
  }
}
