package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @ThreatConnectClient} declares an interface (Retrofit refuses type parameters on service
 * interfaces, STYLE.md) whose every abstract method carries exactly one operation, with a known
 * endpoint, and no type parameters.
 */
class ClientDeclarationTest {
  /** The endpoint accessors of DESIGN.md, in its order, as paths. */
  private static final String ENDPOINTS =
      "/v3/artifacts, /v3/cases, /v3/groups, /v3/indicators, /v3/intelRequirements, /v3/victims, /v3/victimAssets";

  @ParameterizedTest(name = "@ThreatConnectClient on {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "class Triage {}                 | a class",
        "abstract class Triage {}        | a class",
        "enum Triage { ONE }             | an enum",
        "record Triage(long id) {}       | a record",
        "@interface Triage {}            | an annotation type",
      })
  void anythingButAnInterfaceIsRefused(String declaration, String kind) {
    Client.declaring("Triage", "@ThreatConnectClient", declaration + " " + MARK)
        .isRefusedWith("@ThreatConnectClient goes on an interface; Triage is " + kind);
  }

  @Test
  void aGenericInterfaceIsRefused() {
    Client.declaring(
            "Triage",
            "@ThreatConnectClient",
            "interface Triage<T> { " + MARK,
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "}")
        .isRefusedWith("@ThreatConnectClient interface Triage cannot have type parameters");
  }

  @Test
  void aPrivateClientIsRefused() {
    Client.declaring(
            "Desk",
            "class Desk {",
            "  @ThreatConnectClient",
            "  private interface Triage { " + MARK,
            "    @Get(\"groups\")",
            "    Group get(@Key long id);",
            "  }",
            "}")
        .isRefusedWith("@ThreatConnectClient interface Triage must be visible to its generated implementation; Triage is private");
  }

  @Test
  void aClientInsideAPrivateClassIsRefused() {
    Client.declaring(
            "Desk",
            "class Desk {",
            "  private static final class Inner {",
            "    @ThreatConnectClient",
            "    interface Triage { " + MARK,
            "      @Get(\"groups\")",
            "      Group get(@Key long id);",
            "    }",
            "  }",
            "}")
        .isRefusedWith("@ThreatConnectClient interface Triage must be visible to its generated implementation; Inner is private");
  }

  @Test
  void aSealedClientIsRefused() {
    Client.declaring(
            "Triage",
            "@ThreatConnectClient",
            "sealed interface Triage permits Triage.Cached { " + MARK,
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "",
            "  non-sealed interface Cached extends Triage {}",
            "}")
        .isRefusedWith("@ThreatConnectClient interface Triage cannot be sealed: its generated implementation implements it");
  }

  @Test
  void aClientNestedAsProtectedOrPackagePrivateCompiles() {
    Client.declaring(
            "Desk",
            "class Desk {",
            "  @ThreatConnectClient",
            "  protected interface Triage {",
            "    @Get(\"groups\")",
            "    Group get(@Key long id);",
            "  }",
            "",
            "  static class Inner {",
            "    @ThreatConnectClient",
            "    interface Lookup {",
            "      @Get(\"cases\")",
            "      Case get(@Key long id);",
            "    }",
            "  }",
            "}")
        .compilesInto("example.Desk_Triage_Impl", "example.Desk_Inner_Lookup_Impl");
  }

  @Test
  void aMethodWithoutAnOperationIsRefused() {
    Client.of("  Group get(@Key long id); " + MARK)
        .isRefusedWith(
            "get needs one operation annotation: @Create, @Get, @GetAll, @Update, @Delete or @GetFields");
  }

  @Test
  void aMethodWithTwoOperationsIsRefused() {
    Client.of(
            "  @Get(\"groups\")",
            "  @Delete(\"groups\")",
            "  void get(@Key long id); " + MARK)
        .isRefusedWith("get has both @Get and @Delete; give it one operation");
  }

  @Test
  void aGenericMethodIsRefused() {
    Client.of(
            "  @Get(\"groups\")",
            "  <T> Group get(@Key long id); " + MARK)
        .isRefusedWith("get cannot have type parameters");
  }

  @ParameterizedTest(name = "{0} is refused once")
  @CsvSource(
      delimiter = '|',
      value = {
        "<T> T get(@Key long id);                                                 | get",
        "<T extends Ref<Group>> Group link(@Key long id, @Associate(\"Groups\") T groups); | link",
      })
  void aGenericMethodThatUsesItsTypeVariableIsRefusedOnce(String declaration, String name) {
    Client.of(
            declaration.startsWith("<T>") ? "  @Get(\"groups\")" : "  @Update(\"groups\")",
            "  " + declaration + " " + MARK)
        .isRefusedWith(name + " cannot have type parameters");
  }

  @Test
  void anUnknownEndpointIsRefusedAtItsValueWithTheValidOnes() {
    Client.of(
            "  @Get(",
            "      \"adversaries\") " + MARK,
            "  Group get(@Key long id);")
        .isRefusedWith("unknown endpoint 'adversaries' (endpoints: " + ENDPOINTS + ")");
  }

  @ParameterizedTest(name = "@Get(\"{0}\") names /v3/groups")
  @CsvSource({"groups", "/v3/groups"})
  void anEndpointIsNamedWithOrWithoutItsPrefix(String endpoint) {
    Client.of("  @Get(\"" + endpoint + "\")", "  Group get(@Key long id);").compiles();
  }

  @Test
  void defaultAndStaticMethodsAreLeftAlone() {
    Client.of(
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "",
            "  default String nameOf(long id) {",
            "    return get(id).name();",
            "  }",
            "",
            "  static long campaign() {",
            "    return 12L;",
            "  }")
        .compiles();
  }

  @Test
  void anEmptyClientCompiles() {
    Client.of("").compiles();
  }

  @Test
  void aNestedClientGetsAnImplementationNamedAfterItsOuterTypes() {
    Client.declaring(
            "Desk",
            "class Desk {",
            "  @ThreatConnectClient",
            "  interface Triage {",
            "    @Get(\"groups\")",
            "    Group get(@Key long id);",
            "  }",
            "}")
        .compilesInto("example.Desk_Triage_Impl");
  }
}
