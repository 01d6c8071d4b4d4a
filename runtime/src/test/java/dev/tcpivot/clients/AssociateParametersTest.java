package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an {@code @Associate} parameter may hold and say: an object type of the table, ids, refs of
 * that type or (for Indicators, API-FACTS 6.1) summaries of one named type with one summary field
 * (API-FACTS 8.1), a mode only on a PUT, one block per association type.
 */
class AssociateParametersTest {
  /** The seven object types, as DESIGN.md names them. */
  private static final String OBJECT_TYPES =
      "Artifacts, Cases, Groups, Indicators, Intelligence Requirements, Victims, Victim Assets";

  /** The Indicator types, in the order of {@code v3/indicators/fields.rst} footnote 4. */
  static final String INDICATOR_TYPES =
      "Address, EmailAddress, File, Host, URL, ASN, CIDR, Email Subject, Hashtag, Mutex, Registry Key, User Agent";

  @Test
  void anUnknownObjectTypeIsRefusedWithTheValidOnes() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          \"Adversaries\") " + MARK,
            "      long id);")
        .isRefusedWith("unknown object type 'Adversaries' (object types: " + OBJECT_TYPES + ")");
  }

  @ParameterizedTest(name = "@Associate(\"{0}\") is refused: no row lists it")
  @ValueSource(strings = {"Victims", "Intelligence Requirements"})
  void anObjectTypeNoRowListsIsRefused(String target) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          \"" + target + "\") " + MARK,
            "      long id);")
        .isRefusedWith(
            "/v3/groups cannot associate " + target
                + " (it can associate: Artifacts, Cases, Groups, Indicators, Victim Assets)");
  }

  @ParameterizedTest(name = "mode = {0} on a create is refused")
  @ValueSource(strings = {"REPLACE", "DELETE"})
  void aModeOnACreateIsRefused(String mode) {
    Client.of(
            "  @Create(\"groups\")",
            "  Group create(",
            "      @Body GroupCreate body,",
            "      @Associate(",
            "          value = \"Indicators\",",
            "          mode = Associate.Mode." + mode + ") " + MARK,
            "      long id);")
        .isRefusedWith("a POST takes associations without a mode; drop mode = " + mode);
  }

  @Test
  void aDeleteOnACreateIsRefusedOnceEvenForRefs() {
    Client.of(
            "  @Create(\"groups\")",
            "  Group create(",
            "      @Body GroupCreate body,",
            "      @Associate(",
            "          value = \"Groups\",",
            "          mode = Associate.Mode.DELETE) " + MARK,
            "      List<Ref<Group>> groups);")
        .isRefusedWith("a POST takes associations without a mode; drop mode = DELETE");
  }

  @Test
  void twoBlocksForOneAssociationTypeAreRefusedNamingTheFirst() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(\"Indicators\") List<Long> indicatorIds,",
            "      @Associate(value = \"Indicators\", type = \"Host\") " + MARK,
            "      List<String> hostNames);")
        .isRefusedWith(
            "two blocks for associatedIndicators (parameter indicatorIds is the first); a request carries"
                + " one block per association type");
  }

  @Test
  void blocksForDifferentAssociationTypesCompile() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(\"Indicators\") List<Long> indicatorIds,",
            "      @Associate(value = \"Groups\", mode = Associate.Mode.REPLACE) List<IdRef<Group>> groups,",
            "      @Associate(value = \"Cases\", mode = Associate.Mode.DELETE) long[] caseIds);")
        .compiles();
  }

  @Test
  void anUnknownIndicatorTypeIsRefusedWithTheValidOnes() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          value = \"Indicators\",",
            "          type = \"Domain\") " + MARK,
            "      List<String> domains);")
        .isRefusedWith("unknown Indicator type 'Domain' (types: " + INDICATOR_TYPES + ")");
  }

  @Test
  void summariesWithoutATypeAreRefused() {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(\"Indicators\") " + MARK,
            "      List<String> hostNames);")
        .isRefusedWith(
            "summaries need the type they are of: @Associate(value = \"Indicators\", type = \"Host\")");
  }

  @ParameterizedTest(name = "a String cannot name one of {0}")
  @CsvSource({"groups, Groups", "groups, Victim Assets", "indicators, Cases", "indicators, Artifacts"})
  void summariesOfObjectsNamedByIdAreRefused(String endpoint, String target) {
    Client.of(
            "  @Update(\"" + endpoint + "\")",
            "  void link(",
            "      @Key long key,",
            "      @Associate(\"" + target + "\")",
            "      List<String> names); " + MARK)
        .isRefusedWith(target + " are named by id; a String cannot name one");
  }

  @ParameterizedTest(name = "a String cannot name a {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Registry Key | Key Name, Value Name, Value Type | registryKey",
        "File         | md5, sha1, sha256                | fileMd5",
      })
  void summariesOfATypeNamedBySeveralFieldsAreRefused(String type, String fields, String factory) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          value = \"Indicators\",",
            "          type = \"" + type + "\") " + MARK,
            "      String summary);")
        .isRefusedWith(
            "a " + type + " is named by several fields (" + fields + "); pass refs (IndicatorRef." + factory
                + "(...)) instead of Strings");
  }

  @ParameterizedTest(name = "summaries of type {0} compile")
  @ValueSource(strings = {"Address", "EmailAddress", "Host", "URL", "ASN", "CIDR", "Email Subject", "Hashtag", "Mutex", "User Agent"})
  void summariesOfATypeNamedByOneFieldCompile(String type) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(@Key long key, @Associate(value = \"Indicators\", type = \"" + type + "\") String[] summaries);")
        .compiles();
  }

  @ParameterizedTest(name = "{0} with @Associate(\"{1}\") is refused")
  @CsvSource({"List<Ref<Case>>, Groups, Group, Case", "IdRef<Indicator>, Cases, Case, Indicator", "Ref<Group>[], Victim Assets, VictimAsset, Group"})
  void refsOfAnotherTypeAreRefused(String type, String target, String expected, String actual) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          \"" + target + "\") " + MARK,
            "      " + type + " refs);")
        .isRefusedWith("@Associate(\"" + target + "\") takes refs to " + expected + ", not to " + actual);
  }

  @ParameterizedTest(name = "@Associate of {0} is refused")
  @ValueSource(strings = {"int", "Object", "List<Object>", "java.util.Map<String, Long>", "Group"})
  void aParameterThatHoldsNoIdsRefsOrSummariesIsRefused(String type) {
    String display = type.replace("java.util.", "").replace(", ", ",");
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(\"Groups\")",
            "      " + type + " groups); " + MARK)
        .isRefusedWith(
            "@Associate takes ids (long, long[], List<Long>), refs (Ref<Group>, IdRef<Group>[],"
                + " List<IdRef<Group>>, ...) or, for Indicators, summaries (String, List<String>); not "
                + display);
  }

  @ParameterizedTest(name = "@Associate of {0} compiles")
  @ValueSource(
      strings = {
        "long", "Long", "long[]", "Long[]", "List<Long>", "java.util.Set<Long>", "java.util.Collection<? extends Long>",
        "Ref<Group>", "SameOwnerRef<Group>", "IdRef<Group>", "List<Ref<Group>>", "List<? extends Ref<Group>>",
        "Ref<Group>[]", "Ref<Group>..."
      })
  void everyDocumentedShapeCompiles(String type) {
    Client.of(
            "  @Update(\"groups\")",
            type.endsWith("...") ? "  @SuppressWarnings(\"unchecked\")" : "",
            "  Group link(@Key long key, @Associate(\"Groups\") " + type + " groups);")
        .compiles();
  }
}
