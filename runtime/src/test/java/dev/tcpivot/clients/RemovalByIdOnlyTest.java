package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "When dissociating an object ..., you must identify the object by its ID" ({@code
 * v3/associations.rst} L290, API-FACTS 7.1): {@code mode = DELETE} takes ids and id refs only.
 */
class RemovalByIdOnlyTest {

  @ParameterizedTest(name = "mode = DELETE of {0} compiles")
  @ValueSource(strings = {"long", "Long", "long[]", "List<Long>", "IdRef<Group>", "List<IdRef<Group>>", "IdRef<Group>[]"})
  void aDeleteOfIdsCompiles(String type) {
    Client.of(
            "  @Update(\"indicators\")",
            "  void unlink(",
            "      @Key String summary,",
            "      @Associate(value = \"Groups\", mode = Associate.Mode.DELETE) " + type + " groups);")
        .compiles();
  }

  @ParameterizedTest(name = "mode = DELETE of {0} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ref<Group>                | Groups     | ''                | GroupRef",
        "List<Ref<Group>>          | Groups     | ''                | GroupRef",
        "SameOwnerRef<Group>       | Groups     | ''                | GroupRef",
        "List<String>              | Indicators | ', type = \"Host\"' | IndicatorRef",
        "String                    | Indicators | ', type = \"Host\"' | IndicatorRef",
      })
  void aDeleteOfAnythingButIdsIsRefused(String type, String target, String more, String refFactory) {
    Client.of(
            "  @Update(\"groups\")",
            "  void unlink(",
            "      @Key long key,",
            "      @Associate(",
            "          value = \"" + target + "\"" + more + ",",
            "          mode = Associate.Mode.DELETE) " + MARK,
            "      " + type + " items);")
        .isRefusedWith("delete needs ids: use " + refFactory + ".id(...) or long ids");
  }

  @ParameterizedTest(name = "mode = {0} of Ref<Group> compiles")
  @ValueSource(strings = {"APPEND", "REPLACE"})
  void otherModesTakeAnyRef(String mode) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(value = \"Groups\", mode = Associate.Mode." + mode + ") List<Ref<Group>> groups);")
        .compiles();
  }
}
