package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the documented table, with every associable object type, in a POST and in a
 * PUT: {@code @Associate("<Target>") long id} compiles where the row lists the target, and
 * otherwise is refused with one error on the annotation value that names the endpoint, the target
 * and the row.
 */
class EveryAssociationFollowsTheTableTest {

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (DocumentedEndpoint endpoint : DocumentedEndpoint.values()) {
      for (DocumentedTarget target : DocumentedTarget.values()) {
        for (String operation : List.of("Create", "Update")) {
          cases.add(Arguments.of(operation, endpoint, target, endpoint.canAssociate(target) ? "compiles" : "is refused"));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "@{0}(\"{1}\") with @Associate(\"{2}\") {3}")
  @MethodSource("cases")
  void anAssociationCompilesExactlyWhenTheRowListsIt(
      String operation, DocumentedEndpoint endpoint, DocumentedTarget target, String outcome) {
    String firstParameter =
        operation.equals("Create") ? "@Body " + endpoint.createBody() + " body," : "@Key long key,";
    Client client =
        Client.of(
            "  @" + operation + "(\"" + endpoint.path() + "\")",
            "  " + endpoint.model() + " associate(",
            "      " + firstParameter,
            "      @Associate(",
            "          \"" + target.documentedName() + "\") " + MARK,
            "      long id);");
    if (endpoint.canAssociate(target)) {
      client.compiles();
    } else {
      client.isRefusedWith(
          endpoint.path() + " cannot associate " + target.documentedName() + " (it can associate: "
              + String.join(", ", endpoint.associableObjectTypes()) + ")");
    }
  }
}
