package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.Associations;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.NewIndicator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/indicators/associations.rst, "Indicator-to-Indicator Associations", L86-236. */
@ExtendWith(SandboxExtension.class)
class IndicatorToIndicatorExampleTest {
  /**
   * L141-200: {@code PUT /v3/indicators/ASN204288?fields=associatedIndicators} with the existing
   * Address 66.96.146.129 by type and summary ("ASN to Address", L116-118).
   */
  @Test
  void addressAssociatedToAnAsnExample(ThreatConnect tc) {
    Indicator asn = tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    Indicator address = tc.indicators().create(IndicatorCreate.address("66.96.146.129").build());

    Indicator response =
        tc.indicators()
            .update(
                "ASN204288",
                IndicatorUpdate.builder()
                    .associatedIndicators(IndicatorRef.address("66.96.146.129"))
                    .build(),
                IndicatorField.ASSOCIATED_INDICATORS);

    assertEquals("ASN204288", response.asNumber());
    assertEquals(
        List.of(address.id()), ReadBack.ids(response.associatedIndicators(), Indicator::id));
    assertEquals("66.96.146.129", response.associatedIndicators().get(0).ip());
    assertEquals(List.of(address.id()), childIds(tc, "ASN204288"));
    assertEquals(List.of(asn.id()), childIds(tc, "66.96.146.129"));
  }

  /**
   * L202-228: the reverse, an ASN associated to an Address, is refused with {@code {"errCode":
   * "0x1001", "message": "Association cannot be applied to the indicator types."}} and links
   * nothing.
   */
  @Test
  void asnAssociatedToAnAddressIsRefused(ThreatConnect tc) {
    tc.indicators().create(IndicatorCreate.asn("ASN64512").build());
    tc.indicators().create(IndicatorCreate.address("198.51.100.7").build());

    ThreatConnectException refused =
        assertThrows(
            ThreatConnectException.class,
            () ->
                tc.indicators()
                    .update(
                        "198.51.100.7",
                        IndicatorUpdate.builder()
                            .associatedIndicators(IndicatorRef.asn("ASN64512"))
                            .build()));

    assertEquals(400, refused.status());
    assertEquals(Optional.of("0x1001"), refused.errorCode());
    assertEquals("Association cannot be applied to the indicator types.", refused.serverMessage());
    assertEquals("PUT", refused.method());
    assertEquals(List.of(), childIds(tc, "198.51.100.7"));
    assertEquals(List.of(), childIds(tc, "ASN64512"));
  }

  /**
   * L101 and L233-236: a new child Indicator may be created in the association, and a primary
   * Indicator's children follow the modes of v3/update_metadata.rst.
   */
  @Test
  void childrenOfAPrimaryIndicatorFollowTheModes(ThreatConnect tc) {
    Indicator cidr =
        tc.indicators()
            .create(
                IndicatorCreate.cidr("192.0.2.0/24")
                    .associatedIndicators(
                        NewIndicator.address("192.0.2.1"), NewIndicator.address("192.0.2.2"))
                    .build(),
                IndicatorField.ASSOCIATED_INDICATORS);
    long first = cidr.associatedIndicators().get(0).id();
    long second = cidr.associatedIndicators().get(1).id();

    tc.indicators()
        .update(
            cidr.id(),
            IndicatorUpdate.builder()
                .associatedIndicators(Associations.delete(IndicatorRef.id(first)))
                .build());
    assertEquals(List.of(second), childIds(tc, "192.0.2.0/24"));

    tc.indicators()
        .update(
            cidr.id(),
            IndicatorUpdate.builder()
                .associatedIndicators(Associations.replace(NewIndicator.address("192.0.2.3")))
                .build());
    List<Indicator> children =
        tc.indicators().get(cidr.id(), IndicatorField.ASSOCIATED_INDICATORS).associatedIndicators();
    assertEquals(
        List.of("192.0.2.3"), children.stream().map(Indicator::ip).collect(Collectors.toList()));
  }

  private static List<Long> childIds(ThreatConnect tc, String summary) {
    return ReadBack.ids(
        tc.indicators().get(summary, IndicatorField.ASSOCIATED_INDICATORS).associatedIndicators(),
        Indicator::id);
  }
}
