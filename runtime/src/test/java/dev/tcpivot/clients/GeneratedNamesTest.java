package dev.tcpivot.clients;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a client names its methods and parameters, the generated implementation compiles: its
 * own fields, locals and page methods never clash with the user's names.
 */
class GeneratedNamesTest {

  @ParameterizedTest(name = "a parameter named {0} compiles")
  @ValueSource(strings = {"api", "transport", "request", "paged", "body", "key", "fields", "owner", "tql", "next"})
  void parametersNamedLikeWhatTheImplementationUses(String name) {
    Client.of(
            "  @Get(\"groups\")",
            "  Group get(@Key long " + name + ");",
            "",
            "  @Update(\"groups\")",
            "  Group link(@Key long id, @Associate(\"Groups\") long " + name + ");",
            "",
            "  @Create(\"groups\")",
            "  void create(@Body GroupCreate " + name + ");",
            "",
            "  @Delete(\"groups\")",
            "  void delete(@Key long " + name + ");",
            "",
            "  @GetAll(\"groups\")",
            "  List<Group> list(@Tql String " + name + ");",
            "",
            "  @GetAll(\"cases\")",
            "  Paged<Case> cases(@Owner String " + name + ");")
        .compiles();
  }

  @ParameterizedTest(name = "a method named {0} compiles")
  @ValueSource(strings = {"nextPageOfGroup", "get_0", "get_1", "api", "transport"})
  void methodsNamedLikeWhatTheImplementationGenerates(String name) {
    Client.of(
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "",
            "  @Get(\"cases\")",
            "  Case get(@Key Long id, @Owner String owner);",
            "",
            "  @GetAll(\"groups\")",
            "  Paged<Group> " + name + "();")
        .compiles();
  }
}
