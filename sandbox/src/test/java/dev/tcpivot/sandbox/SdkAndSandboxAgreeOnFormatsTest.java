package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.FormatExample;
import dev.tcpivot.spec.ValueFormat;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.RegistryValueType;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK and the sandbox read the same value rules, so they agree on every example of
 * indicators.table's [formats]: a value the SDK refuses before sending, the sandbox refuses with a
 * 400 in the same words; a value the SDK sends, the sandbox creates.
 */
@ExtendWith(SandboxExtension.class)
class SdkAndSandboxAgreeOnFormatsTest {
  private static final Catalog CATALOG = Fixtures.SPEC.catalog(Fixtures.endpoint("indicators"));
  private static final String KEY = "HKEY_LOCAL_MACHINE\\Software\\tcpivot";

  /** How a user creates an Indicator whose field has the format (v3/indicators/create.rst). */
  private static final Map<ValueFormat, Function<String, IndicatorCreate.Builder>> CREATE = Map.ofEntries(
      Map.entry(ValueFormat.IP_ADDRESS, IndicatorCreate::address),
      Map.entry(ValueFormat.EMAIL_ADDRESS, IndicatorCreate::emailAddress),
      Map.entry(ValueFormat.MD5, IndicatorCreate::fileMd5),
      Map.entry(ValueFormat.SHA1, IndicatorCreate::fileSha1),
      Map.entry(ValueFormat.SHA256, IndicatorCreate::fileSha256),
      Map.entry(ValueFormat.HOST_NAME, IndicatorCreate::host),
      Map.entry(ValueFormat.URL, IndicatorCreate::url),
      Map.entry(ValueFormat.ASN, IndicatorCreate::asn),
      Map.entry(ValueFormat.CIDR, IndicatorCreate::cidr),
      Map.entry(ValueFormat.REGISTRY_KEY_NAME,
          key -> IndicatorCreate.registryKey(key, "tcpivot", RegistryValueType.REG_SZ)),
      Map.entry(ValueFormat.REGISTRY_VALUE_NAME,
          value -> IndicatorCreate.registryKey(KEY, value, RegistryValueType.REG_SZ)));

  private final ThreatConnect tc;
  private final TestClient client;
  private final Fixtures fixtures;

  SdkAndSandboxAgreeOnFormatsTest(ThreatConnect tc, Sandbox sandbox) {
    this.tc = tc;
    this.client = new TestClient(sandbox);
    this.fixtures = new Fixtures(client);
  }

  static Stream<Named<FormatExample>> examples() {
    return CATALOG.formatExamples().stream()
        .map(e -> Named.of(e.format().word() + " \"" + e.value() + "\"", e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void bothRefuseOrBothAccept(FormatExample example) {
    Function<String, IndicatorCreate.Builder> create = CREATE.get(example.format());
    assertNotNull(create, "no way to create an Indicator for " + example.format());
    if (example.accepted()) {
      Indicator created = tc.indicators().create(create.apply(example.value()).build());
      assertNotNull(created.id());
      return;
    }
    String problem = example.problem().orElseThrow();
    IllegalArgumentException sdk =
        assertThrows(IllegalArgumentException.class, () -> create.apply(example.value()));
    assertTrue(sdk.getMessage().endsWith(problem), sdk.getMessage());

    ObjectNode body = fixtures.minimal(Fixtures.endpoint("indicators"), example.format().indicatorType());
    body.put(field(example), example.value());
    Response sandbox = client.post("/v3/indicators", body);
    assertEquals(400, sandbox.status(), sandbox::toString);
    assertTrue(sandbox.message().endsWith(problem), sandbox::toString);
  }

  private static String field(FormatExample example) {
    return CATALOG.body().stream()
        .filter(f -> f.format().filter(example.format()::equals).isPresent())
        .findFirst()
        .orElseThrow()
        .name();
  }
}
