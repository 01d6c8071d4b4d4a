package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "You can only associate Indicators of the non-primary type(s) to Indicators of the primary
 * type" ({@code v3/indicators/associations.rst} L97, table L106-136; API-FACTS 8.3). A method that
 * names both types gets a warning, not an error, for the other direction: an administrator may
 * have configured a custom association that allows it.
 */
class IndicatorToIndicatorDirectionTest {
  /** The default associations, primary type first, as the table of L106-136 lists them. */
  private static final List<List<String>> DEFAULT_ASSOCIATIONS =
      List.of(
          List.of("Address", "User Agent"),
          List.of("ASN", "Address"),
          List.of("ASN", "CIDR"),
          List.of("CIDR", "Address"),
          List.of("Address", "Host"),
          List.of("Host", "EmailAddress"),
          List.of("URL", "File"),
          List.of("URL", "Host", "Address"));

  static List<Arguments> documentedDirections() {
    List<Arguments> pairs = new ArrayList<>();
    for (List<String> association : DEFAULT_ASSOCIATIONS) {
      for (String child : association.subList(1, association.size())) {
        pairs.add(Arguments.of(association.get(0), child));
      }
    }
    return pairs;
  }

  /** The non-primary types the table lets one associate to {@code primary}, in table order. */
  static String childrenOf(String primary) {
    Set<String> children = new LinkedHashSet<>();
    for (List<String> association : DEFAULT_ASSOCIATIONS) {
      if (association.get(0).equals(primary)) {
        children.addAll(association.subList(1, association.size()));
      }
    }
    return children.isEmpty() ? "none" : String.join(", ", children);
  }

  @ParameterizedTest(name = "{1} associated to {0} compiles without a warning")
  @MethodSource("documentedDirections")
  void theDocumentedDirectionCompilesWithoutAWarning(String primary, String child) {
    link("Update", primary, child).compiles();
  }

  @ParameterizedTest(name = "{0} associated to {1} warns")
  @MethodSource("documentedDirections")
  void theOtherDirectionWarnsOnTheChildType(String primary, String child) {
    link("Update", child, primary).warnsWith(warning(child, primary));
  }

  @Test
  void anAsnAssociatedToAnAddressWarnsOnce() {
    Client.of(
            "  @Update(value = \"indicators\", type = \"Address\")",
            "  Indicator link(",
            "      @Key String ip,",
            "      @Associate(",
            "          value = \"Indicators\",",
            "          type = \"ASN\") " + MARK,
            "      List<String> asNumbers);")
        .warnsWith(
            "ASN Indicators cannot be associated to Address Indicators by default (Address takes: User"
                + " Agent, Host); the instance refuses this unless a custom association allows it");
  }

  @Test
  void anAddressAssociatedToAnAsnCompilesWithoutAWarning() {
    Client.of(
            "  @Update(value = \"indicators\", type = \"ASN\")",
            "  Indicator addAddresses(@Key String asn, @Associate(value = \"Indicators\", type = \"Address\") List<String> ips);")
        .compiles();
  }

  @Test
  void aCreateThatNamesBothTypesIsCheckedToo() {
    link("Create", "Host", "URL").warnsWith(warning("Host", "URL"));
  }

  @Test
  void withoutTheParentTypeNothingIsChecked() {
    Client.of(
            "  @Update(\"indicators\")",
            "  Indicator link(@Key String summary, @Associate(value = \"Indicators\", type = \"ASN\") List<String> asNumbers);")
        .compiles();
  }

  @Test
  void anUnknownParentTypeIsRefusedAtItsValue() {
    Client.of(
            "  @Update(",
            "      value = \"indicators\",",
            "      type = \"Domain\") " + MARK,
            "  Indicator link(@Key String summary, @Associate(value = \"Indicators\", type = \"Host\") List<String> hosts);")
        .isRefusedWith("unknown Indicator type 'Domain' (types: " + AssociateParametersTest.INDICATOR_TYPES + ")");
  }

  @Test
  void aTypeOnAnEndpointWithoutTypesIsRefused() {
    Client.of(
            "  @Update(",
            "      value = \"cases\",",
            "      type = \"Phishing\") " + MARK,
            "  Case link(@Key long id, @Associate(\"Groups\") long groupId);")
        .isRefusedWith(
            "the tables list no types for Cases, so type = \"Phishing\""
                + " cannot be checked; leave it out");
  }

  private static Client link(String operation, String parent, String child) {
    String first = operation.equals("Create") ? "@Body IndicatorCreate body," : "@Key String summary,";
    return Client.of(
        "  @" + operation + "(value = \"indicators\", type = \"" + parent + "\")",
        "  Indicator link(",
        "      " + first,
        "      @Associate(",
        "          value = \"Indicators\",",
        "          type = \"" + child + "\") " + MARK,
        "      List<Long> ids);");
  }

  private static String warning(String parent, String child) {
    return child + " Indicators cannot be associated to " + parent + " Indicators by default (" + parent
        + " takes: " + childrenOf(parent) + "); the instance refuses this unless a custom association"
        + " allows it";
  }
}
