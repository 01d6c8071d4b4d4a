package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link IndicatorsClient} against the sandbox: /v3/indicators, addressed by summary. */
@ExtendWith(SandboxExtension.class)
class DeclaredIndicatorsClientTest {
  @Test
  void createHostWithAGroupThenRemoveItBySummary(ThreatConnect tc) {
    IndicatorsClient indicators = tc.create(IndicatorsClient.class);
    Group group = new Existing(tc).aGroup();
    String host = Unique.host();

    Indicator created = indicators.createHost(IndicatorCreate.host(host).build(), group.id());
    assertEquals(List.of(group.id()), ReadBack.ids(created.associatedGroups(), Group::id));

    indicators.unlinkGroup(host, group.id());
    assertEquals(List.of(), ReadBack.ids(indicators.get(host).associatedGroups(), Group::id));
    assertEquals(
        List.of(),
        ReadBack.ids(
            tc.groups().get(group.id(), GroupField.ASSOCIATED_INDICATORS).associatedIndicators(),
            Indicator::id));

    indicators.delete(host);
    assertEquals(
        404, assertThrows(ThreatConnectException.class, () -> indicators.get(host)).status());
  }

  /** v3/indicators/associations.rst L141-200, and its refused reverse (L202-228). */
  @Test
  void addressesBySummaryUnderAnAsn(ThreatConnect tc) {
    IndicatorsClient indicators = tc.create(IndicatorsClient.class);
    tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    tc.indicators().create(IndicatorCreate.address("66.96.146.129").build());

    Indicator asn = indicators.addAddresses("ASN204288", List.of("66.96.146.129", "66.96.146.130"));

    assertEquals(
        Set.of("66.96.146.129", "66.96.146.130"),
        asn.associatedIndicators().stream().map(Indicator::ip).collect(Collectors.toSet()));
    assertEquals(
        List.of("ASN204288"),
        indicators.get("66.96.146.130").associatedIndicators().stream()
            .map(Indicator::summary)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(asn.id()),
        ReadBack.ids(indicators.find("summary EQ \"ASN204288\""), Indicator::id));

    tc.indicators().create(IndicatorCreate.asn("ASN64496").build());
    ThreatConnectException refused =
        assertThrows(
            ThreatConnectException.class,
            () -> tc.create(ReversedIndicatorsClient.class).addAsn("66.96.146.129", "ASN64496"));
    assertEquals(400, refused.status());
    assertEquals(Optional.of("0x1001"), refused.errorCode());
  }

  /**
   * v3/associations.rst L202-203: an existing Host of a Source, by summary and ownerName, under a
   * URL.
   */
  @Test
  void hostOfASourceBySummaryUnderAUrlWithAQueryAndFragment(ThreatConnect tc) {
    IndicatorsClient indicators = tc.create(IndicatorsClient.class);
    String url = "http://bad.example/a?b=c#d";
    Indicator host = tc.indicators().create(Bodies.host().ownerName(Existing.DEMO_SOURCE).build());
    tc.indicators().create(IndicatorCreate.url(url).build());

    Indicator linked = indicators.addHostOfSource(url, host.hostName());

    assertEquals(url, linked.text());
    assertEquals(List.of(host.id()), ReadBack.ids(linked.associatedIndicators(), Indicator::id));
    assertEquals(host.id(), indicators.getIn(host.hostName(), Existing.DEMO_SOURCE).id());
  }

  /**
   * v3/enable_pagination.rst L21-28: a list longer than the default page of 100 comes back whole.
   */
  @Test
  void getAllReadsEveryPage(ThreatConnect tc) {
    Set<String> mutexes = new HashSet<>();
    for (int i = 0; i < 120; i++) {
      mutexes.add(
          tc.indicators()
              .create(IndicatorCreate.mutex(Unique.name("Global\\client-paging")).build())
              .summary());
    }

    List<Indicator> found = tc.create(IndicatorsClient.class).find("typeName EQ \"Mutex\"");

    assertEquals(mutexes.size(), found.size());
    assertEquals(mutexes, found.stream().map(Indicator::summary).collect(Collectors.toSet()));
  }

  @Test
  void fieldsNameTheAssociationsOfTheRow(ThreatConnect tc) {
    Set<String> names =
        tc.create(IndicatorsClient.class).fields().stream()
            .map(FieldInfo::name)
            .collect(Collectors.toSet());
    assertTrue(
        names.containsAll(
            List.of(
                "associatedArtifacts",
                "associatedCases",
                "associatedGroups",
                "associatedIndicators")));
    assertFalse(names.contains("associatedVictimAssets"), names::toString);
  }
}
