package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The third column of the documented table: /v3/victims and /v3/victimAssets take no association
 * across owners, so an {@code ownerName} or a ref that may name another owner is refused there,
 * while ids and refs that cannot name another owner are fine. On the other endpoints an
 * {@code ownerName} looks up summaries in a Community or Source, and means nothing for ids.
 */
class CrossOwnerAssociationsTest {

  static List<DocumentedEndpoint> sameOwnerOnly() {
    return endpoints(false);
  }

  static List<DocumentedEndpoint> crossOwnerWithIndicators() {
    return endpoints(true).stream()
        .filter(e -> e.canAssociate(DocumentedTarget.INDICATORS))
        .collect(Collectors.toList());
  }

  static List<DocumentedEndpoint> crossOwnerWithGroups() {
    return endpoints(true).stream()
        .filter(e -> e.canAssociate(DocumentedTarget.GROUPS))
        .collect(Collectors.toList());
  }

  private static List<DocumentedEndpoint> endpoints(boolean crossOwner) {
    return Arrays.stream(DocumentedEndpoint.values())
        .filter(e -> e.supportsCrossOwnerAssociations() == crossOwner)
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}: ownerName is refused")
  @MethodSource("sameOwnerOnly")
  void anOwnerNameIsRefusedWhereTheTableSaysNo(DocumentedEndpoint endpoint) {
    Client.of(
            "  @Update(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " link(",
            "      @Key long key,",
            "      @Associate(",
            "          value = \"Groups\",",
            "          ownerName = \"Demo Source\") " + MARK,
            "      long groupId);")
        .isRefusedWith(endpoint.path() + " does not accept associations across owners; drop ownerName");
  }

  @ParameterizedTest(name = "{0}: {1} is refused on an update")
  @MethodSource("refsThatMayNameAnotherOwner")
  void aRefThatMayNameAnotherOwnerIsRefusedWhereTheTableSaysNo(DocumentedEndpoint endpoint, String type) {
    Client.of(
            "  @Update(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " link(",
            "      @Key long key,",
            "      @Associate(\"Groups\")",
            "      " + type + " groups); " + MARK)
        .isRefusedWith(
            endpoint.path() + " does not accept associations across owners; take SameOwnerRef<Group> or"
                + " ids, which cannot name another owner");
  }

  static List<Object[]> refsThatMayNameAnotherOwner() {
    return sameOwnerOnly().stream()
        .flatMap(e -> List.of("Ref<Group>", "List<Ref<Group>>").stream().map(t -> new Object[] {e, t}))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}: Ref<Group> is refused on a create")
  @MethodSource("sameOwnerOnly")
  void aRefThatMayNameAnotherOwnerIsRefusedOnACreateToo(DocumentedEndpoint endpoint) {
    Client.of(
            "  @Create(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " create(",
            "      @Body " + endpoint.createBody() + " body,",
            "      @Associate(\"Groups\")",
            "      Ref<Group> group); " + MARK)
        .isRefusedWith(
            endpoint.path() + " does not accept associations across owners; take SameOwnerRef<Group> or"
                + " ids, which cannot name another owner");
  }

  @ParameterizedTest(name = "{0}: {1} compiles")
  @MethodSource("sameOwnerParameters")
  void idsAndSameOwnerRefsCompileWhereTheTableSaysNo(DocumentedEndpoint endpoint, String type) {
    Client.of(
            "  @Update(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " link(@Key long key, @Associate(\"Groups\") " + type + " groups);")
        .compiles();
  }

  static List<Object[]> sameOwnerParameters() {
    List<String> types =
        List.of("long", "Long", "long[]", "List<Long>", "SameOwnerRef<Group>", "IdRef<Group>",
            "List<SameOwnerRef<Group>>", "List<IdRef<Group>>", "IdRef<Group>[]");
    return sameOwnerOnly().stream()
        .flatMap(e -> types.stream().map(t -> new Object[] {e, t}))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}: Ref<Group> compiles")
  @MethodSource("crossOwnerWithGroups")
  void aRefThatMayNameAnotherOwnerCompilesWhereTheTableSaysYes(DocumentedEndpoint endpoint) {
    Client.of(
            "  @Update(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " link(@Key long key, @Associate(\"Groups\") List<Ref<Group>> groups);")
        .compiles();
  }

  @ParameterizedTest(name = "{0}: ownerName with Host summaries compiles")
  @MethodSource("crossOwnerWithIndicators")
  void anOwnerNameForSummariesCompilesWhereTheTableSaysYes(DocumentedEndpoint endpoint) {
    Client.of(
            "  @Update(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " link(",
            "      @Key long key,",
            "      @Associate(value = \"Indicators\", type = \"Host\", ownerName = \"Demo Source\")",
            "      List<String> hostNames);")
        .compiles();
  }

  @ParameterizedTest(name = "ownerName with {0} is refused")
  @ValueSource(strings = {"long", "List<Long>", "Ref<Group>", "IdRef<Group>"})
  void anOwnerNameWithoutSummariesIsRefused(String type) {
    Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long key,",
            "      @Associate(",
            "          value = \"Groups\",",
            "          ownerName = \"Demo Source\") " + MARK,
            "      " + type + " groups);")
        .isRefusedWith("ownerName applies to summaries; ids name objects in any owner and refs name their own");
  }
}
