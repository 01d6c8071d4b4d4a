package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each parameter has exactly one role ({@code @ThreatConnectClient}'s documentation): {@code @Key},
 * {@code @Body}, {@code @Associate}, {@code @Owner} (the {@code owner} query parameter, a name) or
 * {@code @Tql} (a filter of {@code @GetAll}); each role but {@code @Associate} at most once.
 */
class ParameterRolesTest {

  @Test
  void aParameterWithoutARoleIsRefused() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group update(",
            "      @Key long id,",
            "      @Body GroupUpdate body,",
            "      String note); " + MARK)
        .isRefusedWith("parameter note needs one role: @Key, @Body, @Associate, @Owner or @Tql");
  }

  @Test
  void aKeyWithoutItsAnnotationIsRefusedOnce() {
    Client.of(
            "  @Get(\"groups\")",
            "  Group get(",
            "      long id); " + MARK)
        .isRefusedWith("parameter id needs one role: @Key, @Body, @Associate, @Owner or @Tql");
  }

  @Test
  void aBodyWithoutItsAnnotationIsRefusedOnce() {
    Client.of(
            "  @Create(\"groups\")",
            "  Group create(",
            "      GroupCreate body); " + MARK)
        .isRefusedWith("parameter body needs one role: @Key, @Body, @Associate, @Owner or @Tql");
  }

  @ParameterizedTest(name = "a parameter with {0} and {1} is refused")
  @CsvSource({"Key, Owner, String", "Key, Body, long", "Associate(\"Groups\"), Tql, String"})
  void aParameterWithTwoRolesIsRefused(String first, String second, String type) {
    String firstName = first.replaceAll("\\(.*", "");
    Client.of(
            "  @Get(\"indicators\")",
            "  Indicator get(",
            "      @" + first + " @" + second + " " + type + " summary); " + MARK)
        .isRefusedWith("parameter summary has both @" + firstName + " and @" + second + "; give it one role");
  }

  @ParameterizedTest(name = "a second @{0} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Key   | @Get(\"groups\")    | Group        | long",
        "Body  | @Create(\"groups\") | Group        | GroupCreate",
        "Owner | @GetAll(\"groups\") | Paged<Group> | String",
        "Tql   | @GetAll(\"groups\") | Paged<Group> | String",
      })
  void aSecondParameterOfOneRoleIsRefused(String role, String operation, String returns, String type) {
    Client.of(
            "  " + operation,
            "  " + returns + " call(",
            "      @" + role + " " + type + " a,",
            "      @" + role + " " + MARK,
            "      " + type + " b);")
        .isRefusedWith("a second @" + role + "; parameter a is the first");
  }

  @ParameterizedTest(name = "@{0} {1} is refused")
  @CsvSource({"Owner, long", "Owner, CharSequence"})
  void ownerTakesAString(String role, String type) {
    Client.of(
            "  @GetAll(\"groups\")",
            "  Paged<Group> list(",
            "      @" + role + " " + type + " value); " + MARK)
        .isRefusedWith("@" + role + " takes a String, not " + type);
  }

  @ParameterizedTest(name = "@Tql {0} is refused")
  @CsvSource({"int", "List<String>"})
  void tqlTakesTheEndpointsQueryOrAString(String type) {
    Client.of(
            "  @GetAll(\"groups\")",
            "  Paged<Group> list(",
            "      @Tql " + type + " value); " + MARK)
        .isRefusedWith("@Tql parameter of a /v3/groups method must be a GroupQuery or a String, not " + type);
  }

  @ParameterizedTest(name = "@{0} takes no @{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | Group           | @Key long id,          | Tql                  | String      | @GetAll methods",
        "Update    | Group           | @Key long id, @Body GroupUpdate body, | Tql    | String      | @GetAll methods",
        "Create    | Group           | @Body GroupCreate body,| Tql                  | String      | @GetAll methods",
        "Get       | Group           | @Key long id,          | Body                 | GroupUpdate | @Create and @Update methods",
        "GetAll    | Paged<Group>    | ''                     | Body                 | GroupUpdate | @Create and @Update methods",
        "Delete    | void            | @Key long id,          | Associate(\"Groups\")| long        | @Create and @Update methods",
        "Get       | Group           | @Key long id,          | Associate(\"Groups\")| long        | @Create and @Update methods",
        "GetFields | List<FieldInfo> | ''                     | Associate(\"Groups\")| long        | @Create and @Update methods",
        "GetFields | List<FieldInfo> | ''                     | Owner                | String      | @Create, @Get, @GetAll, @Update and @Delete methods",
      })
  void aRoleTheOperationDoesNotTakeIsRefused(
      String operation, String returns, String before, String role, String type, String which) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  " + returns + " call(" + before,
            "      @" + role + " " + MARK,
            "      " + type + " value);")
        .isRefusedWith(
            "@" + operation + " takes no @" + role.replaceAll("\\(.*", "") + "; only " + which + " do");
  }

  @Test
  void everyRoleInItsPlaceCompiles() {
    Client.of(
            "  @GetAll(\"indicators\")",
            "  @Include(\"associatedGroups\")",
            "  List<Indicator> search(@Tql String tql, @Owner String owner);",
            "",
            "  @Create(\"indicators\")",
            "  Indicator create(@Body IndicatorCreate body, @Associate(\"Groups\") long groupId, @Owner String owner);",
            "",
            "  @Update(\"indicators\")",
            "  void update(@Key String summary, @Body IndicatorUpdate body, @Owner String owner);",
            "",
            "  @Get(\"indicators\")",
            "  Indicator get(@Owner String owner, @Key long id);",
            "",
            "  @Delete(\"indicators\")",
            "  void delete(@Key String summary, @Owner String owner);")
        .compiles();
  }
}
