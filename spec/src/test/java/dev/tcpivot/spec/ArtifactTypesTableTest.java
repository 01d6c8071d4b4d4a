package dev.tcpivot.spec;

import static dev.tcpivot.spec.TableEdit.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * artifact-types.table holds the Artifact types whose intelType the docs give, and nothing more:
 * the pairs of v3/case_management/artifact_types/retrieve.rst and artifacts/retrieve.rst.
 */
class ArtifactTypesTableTest {
  private final Spec spec = SpecLoader.builtIn();

  @Test
  void theDocumentedPairs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Email Address", "indicator-EmailAddress"); // artifact_types/retrieve.rst L21-24
    expected.put("Host", "indicator-Host"); // artifact_types/retrieve.rst L29-32
    expected.put("URL", "indicator-URL"); // artifact_types/retrieve.rst L62-65
    expected.put("IP Address", "indicator-Address"); // artifacts/retrieve.rst L31-32
    expected.put("Email Subject", "indicator-Email Subject"); // artifacts/retrieve.rst L66-68
    Map<String, String> actual = new LinkedHashMap<>();
    spec.artifactTypes().forEach(t -> actual.put(t.name(), t.intelType()));
    assertEquals(expected, actual);
  }

  /** artifact_types.rst L4: the docs do not list the other types, so they have no intelType. */
  @Test
  void anUndocumentedTypeHasNone() {
    assertEquals(Optional.empty(), spec.intelType("File Hash"));
    assertEquals(Optional.of("indicator-Address"), spec.intelType("IP Address"));
  }

  @Test
  void anIntelTypeNamesAnIndicatorType() {
    replace("artifact-types.table", "| indicator-Host ", "| indicator-Hostx")
        .assertRefused(
            "intelType 'indicator-Hostx' is not indicator-<Indicator type> (types: Address,"
                + " EmailAddress, File, Host, URL, ASN, CIDR, Email Subject, Hashtag, Mutex,"
                + " Registry Key, User Agent)");
  }

  @Test
  void aTypeIsListedOnce() {
    replace("artifact-types.table", "URL                   |", "Host                  |")
        .assertRefused("'Host' is already listed at line 10");
  }
}
