package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The source document (v3/associations.rst, "Create and Manage Associations") with its own values:
 * every JSON sample in one request, the retrieve example and the fields discovery example.
 */
@ExtendWith(SandboxExtension.class)
class SourceDocumentExamplesTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  /**
   * L59: "you can create associations to multiple objects in a single POST or PUT request". Every
   * sample of L66-265 in one POST to /v3/groups, whose row lists all five types (L29-35).
   */
  @Test
  void everySampleOfThePageInOnePost(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Case phishingCase = existing.aCase();
    Victim victim = existing.aVictim();
    Artifact artifact = existing.anArtifact();
    Case otherCase = existing.aCase();
    Group group = existing.aGroup();
    Indicator host = existing.aHost();
    Indicator address = tc.indicators().create(IndicatorCreate.address("71.6.135.131").build());
    VictimAsset asset = existing.aVictimAssetOf(victim.id());

    Group hub =
        tc.groups()
            .create(
                GroupCreate.adversary("Pivot Hub")
                    .associatedArtifacts(
                        NewArtifact.of(phishingCase.id(), "badguy@bad.com", "Email Address"),
                        ArtifactRef.id(artifact.id()))
                    .associatedCases(
                        NewCase.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN),
                        CaseRef.id(otherCase.id()))
                    .associatedGroups(
                        NewGroup.adversary("Bad Guy").ownerName("Demo Source"),
                        GroupRef.id(group.id()))
                    .associatedIndicators(
                        NewIndicator.host("badguy.com").ownerName("Demo Source"),
                        IndicatorRef.id(host.id()),
                        IndicatorRef.address("71.6.135.131"))
                    .associatedVictimAssets(
                        NewVictimAsset.emailAddress(victim.id(), "jsmith@companyabc.com"),
                        VictimAssetRef.id(asset.id()))
                    .build());

    Group read =
        tc.groups()
            .get(
                hub.id(),
                GroupField.ASSOCIATED_ARTIFACTS,
                GroupField.ASSOCIATED_CASES,
                GroupField.ASSOCIATED_GROUPS,
                GroupField.ASSOCIATED_INDICATORS,
                GroupField.ASSOCIATED_VICTIM_ASSETS);
    assertEquals(
        Set.of("badguy@bad.com", artifact.summary()),
        set(read.associatedArtifacts(), Artifact::summary));
    assertEquals(
        Set.of("Phishing Investigation", otherCase.name()),
        set(read.associatedCases(), Case::name));
    assertEquals(
        Set.of("Bad Guy@Demo Source", group.name() + "@Demo Organization"),
        set(read.associatedGroups(), g -> g.name() + "@" + g.ownerName()));
    assertEquals(
        Set.of(
            "badguy.com@Demo Source",
            host.summary() + "@Demo Organization",
            "71.6.135.131@Demo Organization"),
        set(read.associatedIndicators(), i -> i.summary() + "@" + i.ownerName()));
    assertTrue(
        ReadBack.ids(read.associatedIndicators(), Indicator::id)
            .containsAll(List.of(host.id(), address.id())));
    assertEquals(
        Set.of("jsmith@companyabc.com", asset.address()),
        set(read.associatedVictimAssets(), VictimAsset::address));
  }

  /**
   * L267-276: {@code GET
   * /v3/indicators/badguy.com?fields=associatedGroups&fields=associatedIndicators}; associations
   * come only when asked for.
   */
  @Test
  void retrieveAssociationsExample(ThreatConnect tc) {
    Group group = new Existing(tc).aGroup();
    // Domain Registrant Email: a Host takes EmailAddress children (v3/indicators/associations.rst
    // L128-130).
    tc.indicators()
        .create(
            IndicatorCreate.host("badguy.com")
                .associatedGroups(GroupRef.id(group.id()))
                .associatedIndicators(NewIndicator.emailAddress("registrant@badguy.com"))
                .build());

    Indicator plain = tc.indicators().get("badguy.com");
    Indicator withFields =
        tc.indicators()
            .get(
                "badguy.com",
                IndicatorField.ASSOCIATED_GROUPS,
                IndicatorField.ASSOCIATED_INDICATORS);

    assertFalse(plain.has("associatedGroups"), plain::toString);
    assertFalse(plain.has("associatedIndicators"), plain::toString);
    assertEquals(List.of(group.id()), ReadBack.ids(withFields.associatedGroups(), Group::id));
    assertEquals(
        Set.of("registrant@badguy.com"),
        set(withFields.associatedIndicators(), Indicator::summary));
  }

  /**
   * L278-282: {@code OPTIONS /v3/{objectType}/fields} lists, for each endpoint, the association
   * fields of exactly the types its row lists.
   */
  @Test
  void fieldsOfEachEndpointNameTheAssociationsItsRowLists(ThreatConnect tc) {
    Map<String, Supplier<List<FieldInfo>>> endpoints =
        Map.of(
            "/v3/artifacts", tc.artifacts()::fields,
            "/v3/cases", tc.cases()::fields,
            "/v3/groups", tc.groups()::fields,
            "/v3/indicators", tc.indicators()::fields,
            "/v3/intelRequirements", tc.intelRequirements()::fields,
            "/v3/victimAssets", tc.victimAssets()::fields,
            "/v3/victims", tc.victims()::fields);
    for (AssociationRule rule : SPEC.associations()) {
      Set<String> names =
          endpoints.get(rule.endpoint().endpoint()).get().stream()
              .map(FieldInfo::name)
              .collect(Collectors.toSet());
      for (ObjectType target : SPEC.associationTargets()) {
        String field = target.associationField().orElseThrow();
        assertEquals(
            rule.allows(target),
            names.contains(field),
            () -> rule.endpoint().endpoint() + " fields: " + names);
      }
    }
  }

  private static <T> Set<String> set(List<T> objects, Function<T, String> value) {
    return objects.stream().map(value).collect(Collectors.toSet());
  }
}
