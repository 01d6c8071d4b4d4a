package dev.tcpivot.processor.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields by which a model's {@code toString()} names an object in another's association
 * ({@code 12 "Bad Guy" (Adversary)}): its summary where the catalog has one, otherwise its required
 * text fields in table order; so the label of a new endpoint comes from its table too.
 */
class ModelLabelsTest {

  @ParameterizedTest(name = "{0} objects are labelled by {1}")
  @CsvSource(delimiter = '|', value = {
      "artifacts         | summary",
      "cases             | name",
      "groups            | name, fileName, fileText, fileType",
      "indicators        | summary",
      "intelRequirements | requirementText, uniqueId",
      "victimAssets      | address, accountName, phone, website",
      "victims           | name"})
  void theLabelComesFromTheCatalog(String endpoint, String labels) {
    assertEquals(List.of(labels.split(", ")), ModelWriter.labels(Writers.endpoint(endpoint)));
  }

  @ParameterizedTest(name = "the {0} model declares its labels")
  @CsvSource({"groups", "victimAssets"})
  void theModelDeclaresThem(String endpoint) {
    TypeSpec model = ModelWriter.write(Writers.endpoint(endpoint), new ValueTypes(Writers.PACKAGE));
    FieldSpec known = model.fieldSpecs().stream().filter(f -> f.name().equals("KNOWN")).findFirst().orElseThrow();
    String labels = String.join(", ", ModelWriter.labels(Writers.endpoint(endpoint)).stream()
        .map(label -> "\"" + label + "\"").toList());
    assertTrue(known.initializer().toString().contains(".labelledBy(" + labels + ")"), known.toString());
  }
}
