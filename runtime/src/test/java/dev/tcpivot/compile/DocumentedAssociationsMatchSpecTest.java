package dev.tcpivot.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.SpecLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The association table that the SDK is generated from says what the documentation says, so that a
 * changed row fails here as well as in the compile tests.
 */
class DocumentedAssociationsMatchSpecTest {

  @Test
  void theBuiltInAssociationTableIsTheDocumentedOne() {
    List<DocumentedAssociations.Row> loaded = new ArrayList<>();
    for (AssociationRule rule : SpecLoader.builtIn().associations()) {
      loaded.add(
          new DocumentedAssociations.Row(
              rule.endpoint().endpoint(),
              rule.targets().stream().map(ObjectType::name).collect(Collectors.toList()),
              rule.crossOwner() ? "Yes" : "No"));
    }
    assertEquals(lines(DocumentedAssociations.TABLE), lines(loaded));
  }

  @Test
  void theCompileTestsEnumerateEveryDocumentedEndpointAndTarget() {
    assertEquals(
        DocumentedAssociations.TABLE.stream().map(DocumentedAssociations.Row::endpoint).collect(Collectors.toSet()),
        Arrays.stream(Endpoint.values()).map(Endpoint::path).collect(Collectors.toSet()));
    assertEquals(
        DocumentedAssociations.TABLE.stream()
            .flatMap(row -> row.associableObjectTypes().stream())
            .collect(Collectors.toSet()),
        Arrays.stream(Target.values()).map(Target::documentedName).collect(Collectors.toSet()));
  }

  /** One line per row, rows and object types sorted, so that only content counts. */
  private static List<String> lines(List<DocumentedAssociations.Row> rows) {
    return rows.stream()
        .map(row -> row.endpoint() + " | " + new TreeSet<>(row.associableObjectTypes()) + " | " + row.crossOwner())
        .sorted()
        .collect(Collectors.toList());
  }
}
