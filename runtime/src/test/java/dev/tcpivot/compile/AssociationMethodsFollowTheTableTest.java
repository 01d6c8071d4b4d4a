package dev.tcpivot.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint × every association target × {POST, PUT}: a create or update body has the
 * {@code associatedXs} method exactly where the documented table lists the target; elsewhere the
 * call does not compile ("cannot find symbol").
 */
class AssociationMethodsFollowTheTableTest {

  @TestFactory
  Stream<DynamicTest> createBodies() {
    return cases("POST", Endpoint::createClass, Endpoint::createBuilder, Endpoint::createBuilderClass);
  }

  @TestFactory
  Stream<DynamicTest> updateBodies() {
    return cases("PUT", Endpoint::updateClass, Endpoint::updateBuilder, e -> e.updateClass() + ".Builder");
  }

  private static Stream<DynamicTest> cases(
      String verb,
      java.util.function.Function<Endpoint, String> bodyClass,
      java.util.function.Function<Endpoint, String> builder,
      java.util.function.Function<Endpoint, String> builderClass) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (Target target : Target.values()) {
        Snippet snippet =
            Snippet.of(
                bodyClass.apply(endpoint) + " body = " + builder.apply(endpoint),
                "    " + Snippet.MARK + "." + target.setter() + "(" + target.existing() + ")",
                "    .build();");
        if (DocumentedAssociations.allows(endpoint, target)) {
          tests.add(
              DynamicTest.dynamicTest(
                  verb + " " + endpoint.path() + " can associate " + target.documentedName(),
                  snippet::compiles));
        } else {
          tests.add(
              DynamicTest.dynamicTest(
                  verb + " " + endpoint.path() + " cannot associate " + target.documentedName(),
                  () ->
                      snippet.isRefusedWith(
                          "cannot find symbol",
                          "method " + target.setter() + "(" + target.existingType() + ")",
                          "location: class dev.tcpivot.v3." + builderClass.apply(endpoint))));
        }
      }
    }
    return tests.stream();
  }
}
