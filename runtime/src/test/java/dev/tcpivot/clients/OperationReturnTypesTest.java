package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each operation returns (the annotations' documentation): {@code @Get} the endpoint's model,
 * {@code @Create} and {@code @Update} the model or nothing, {@code @Delete} nothing, {@code @GetAll}
 * {@code Paged<X>} or {@code List<X>}, {@code @GetFields} {@code List<FieldInfo>}.
 */
class OperationReturnTypesTest {

  @ParameterizedTest(name = "@{0}(\"groups\") returning {1} compiles")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | Group             | @Key long id",
        "Create    | Group             | @Body GroupCreate body",
        "Create    | void              | @Body GroupCreate body",
        "Update    | Group             | @Key long id, @Body GroupUpdate body",
        "Update    | void              | @Key long id, @Body GroupUpdate body",
        "Delete    | void              | @Key long id",
        "GetAll    | Paged<Group>      | @Tql String tql",
        "GetAll    | List<Group>       | ''",
        "GetFields | List<FieldInfo>   | ''",
      })
  void theDocumentedReturnTypeCompiles(String operation, String returns, String parameters) {
    Client.of("  @" + operation + "(\"groups\")", "  " + returns + " call(" + parameters + ");").compiles();
  }

  @ParameterizedTest(name = "@{0}(\"groups\") returning {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | Indicator         | @Key long id                          | Group",
        "Get       | void              | @Key long id                          | Group",
        "Get       | List<Group>       | @Key long id                          | Group",
        "Create    | Indicator         | @Body GroupCreate body                | Group or void",
        "Update    | Object            | @Key long id, @Body GroupUpdate body  | Group or void",
        "Delete    | Group             | @Key long id                          | nothing (void)",
        "Delete    | boolean           | @Key long id                          | nothing (void)",
        "GetAll    | Group             | ''                                    | Paged<Group> or List<Group>",
        "GetAll    | List<Indicator>   | ''                                    | Paged<Group> or List<Group>",
        "GetAll    | Paged<Indicator>  | ''                                    | Paged<Group> or List<Group>",
        "GetAll    | java.util.Set<Group> | ''                                 | Paged<Group> or List<Group>",
        "GetFields | List<String>      | ''                                    | List<FieldInfo>",
        "GetFields | FieldInfo         | ''                                    | List<FieldInfo>",
      })
  void anotherReturnTypeIsRefusedWithTheExpectedOne(
      String operation, String returns, String parameters, String expected) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  " + returns + " call( " + MARK,
            "      " + parameters + ");")
        .isRefusedWith(
            "returns " + returns.replace("java.util.", "") + ", but /v3/groups answers with " + expected);
  }

  @ParameterizedTest(name = "@Get(\"{0}\") returning {1} is refused")
  @CsvSource({"indicators, Group, Indicator", "victimAssets, Victim, VictimAsset", "intelRequirements, Case, IntelRequirement"})
  void theModelIsTheEndpointsOwn(String endpoint, String returns, String model) {
    Client.of(
            "  @Get(\"" + endpoint + "\")",
            "  " + returns + " get(@Key long id); " + MARK)
        .isRefusedWith("returns " + returns + ", but /v3/" + endpoint + " answers with " + model);
  }
}
