package dev.tcpivot.e2e;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactField;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.Artifacts;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Cases;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Groups;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Indicators;
import dev.tcpivot.v3.IntelRequirementField;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.IntelRequirements;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimAssets;
import dev.tcpivot.v3.VictimField;
import dev.tcpivot.v3.VictimUpdate;
import dev.tcpivot.v3.Victims;
import java.util.List;
import java.util.Optional;

/**
 * The cells of the association table (v3/associations.rst L17-54), each written with the typed SDK
 * calls that replay it. Which cells must exist is not decided here: the test walks the table the
 * spec loads and looks each cell up.
 */
final class AssociationCells {
  private final List<AssociationCell<?, ?>> cells;

  /**
   * @param sourceId the ID of Demo Source, for the refs that name their owner by ID
   */
  AssociationCells(ThreatConnect tc, long sourceId) {
    Existing existing = new Existing(tc);
    Targets targets = new Targets(existing, sourceId);
    Artifacts artifacts = tc.artifacts();
    Cases cases = tc.cases();
    Groups groups = tc.groups();
    Indicators indicators = tc.indicators();
    IntelRequirements intelRequirements = tc.intelRequirements();
    VictimAssets victimAssets = tc.victimAssets();
    Victims victims = tc.victims();
    this.cells =
        List.of(
            // /v3/artifacts | Groups, Indicators (L20-23)
            AssociationCell.of("/v3/artifacts", "Groups", targets.groups(), Group::id)
                .post(
                    ref ->
                        artifacts
                            .create(
                                Bodies.artifact(existing.aCase().id())
                                    .associatedGroups(ref)
                                    .build())
                            .id())
                .put(
                    () -> existing.anArtifact().id(),
                    (id, ref) ->
                        artifacts.update(
                            id, ArtifactUpdate.builder().associatedGroups(ref).build()))
                .read(id -> artifacts.get(id, ArtifactField.ASSOCIATED_GROUPS).associatedGroups()),
            AssociationCell.of("/v3/artifacts", "Indicators", targets.indicators(), Indicator::id)
                .post(
                    ref ->
                        artifacts
                            .create(
                                Bodies.artifact(existing.aCase().id())
                                    .associatedIndicators(ref)
                                    .build())
                            .id())
                .put(
                    () -> existing.anArtifact().id(),
                    (id, ref) ->
                        artifacts.update(
                            id, ArtifactUpdate.builder().associatedIndicators(ref).build()))
                .read(
                    id ->
                        artifacts
                            .get(id, ArtifactField.ASSOCIATED_INDICATORS)
                            .associatedIndicators()),

            // /v3/cases | Cases, Groups, Indicators (L24-28)
            AssociationCell.of("/v3/cases", "Cases", targets.cases(), Case::id)
                .post(ref -> cases.create(Bodies.phishingCase().associatedCases(ref).build()).id())
                .put(
                    () -> existing.aCase().id(),
                    (id, ref) ->
                        cases.update(id, CaseUpdate.builder().associatedCases(ref).build()))
                .read(id -> cases.get(id, CaseField.ASSOCIATED_CASES).associatedCases()),
            AssociationCell.of("/v3/cases", "Groups", targets.groups(), Group::id)
                .post(ref -> cases.create(Bodies.phishingCase().associatedGroups(ref).build()).id())
                .put(
                    () -> existing.aCase().id(),
                    (id, ref) ->
                        cases.update(id, CaseUpdate.builder().associatedGroups(ref).build()))
                .read(id -> cases.get(id, CaseField.ASSOCIATED_GROUPS).associatedGroups()),
            AssociationCell.of("/v3/cases", "Indicators", targets.indicators(), Indicator::id)
                .post(
                    ref ->
                        cases.create(Bodies.phishingCase().associatedIndicators(ref).build()).id())
                .put(
                    () -> existing.aCase().id(),
                    (id, ref) ->
                        cases.update(id, CaseUpdate.builder().associatedIndicators(ref).build()))
                .read(id -> cases.get(id, CaseField.ASSOCIATED_INDICATORS).associatedIndicators()),

            // /v3/groups | Artifacts, Cases, Groups, Indicators, Victim Assets (L29-35)
            AssociationCell.of("/v3/groups", "Artifacts", targets.artifacts(), Artifact::id)
                .post(
                    ref -> groups.create(Bodies.adversary().associatedArtifacts(ref).build()).id())
                .put(
                    () -> existing.aGroup().id(),
                    (id, ref) ->
                        groups.update(id, GroupUpdate.builder().associatedArtifacts(ref).build()))
                .read(id -> groups.get(id, GroupField.ASSOCIATED_ARTIFACTS).associatedArtifacts()),
            AssociationCell.of("/v3/groups", "Cases", targets.cases(), Case::id)
                .post(ref -> groups.create(Bodies.adversary().associatedCases(ref).build()).id())
                .put(
                    () -> existing.aGroup().id(),
                    (id, ref) ->
                        groups.update(id, GroupUpdate.builder().associatedCases(ref).build()))
                .read(id -> groups.get(id, GroupField.ASSOCIATED_CASES).associatedCases()),
            AssociationCell.of("/v3/groups", "Groups", targets.groups(), Group::id)
                .post(ref -> groups.create(Bodies.adversary().associatedGroups(ref).build()).id())
                .put(
                    () -> existing.aGroup().id(),
                    (id, ref) ->
                        groups.update(id, GroupUpdate.builder().associatedGroups(ref).build()))
                .read(id -> groups.get(id, GroupField.ASSOCIATED_GROUPS).associatedGroups()),
            AssociationCell.of("/v3/groups", "Indicators", targets.indicators(), Indicator::id)
                .post(
                    ref -> groups.create(Bodies.adversary().associatedIndicators(ref).build()).id())
                .put(
                    () -> existing.aGroup().id(),
                    (id, ref) ->
                        groups.update(id, GroupUpdate.builder().associatedIndicators(ref).build()))
                .read(
                    id -> groups.get(id, GroupField.ASSOCIATED_INDICATORS).associatedIndicators()),
            AssociationCell.of(
                    "/v3/groups", "Victim Assets", targets.victimAssets(), VictimAsset::id)
                .post(
                    ref ->
                        groups.create(Bodies.adversary().associatedVictimAssets(ref).build()).id())
                .put(
                    () -> existing.aGroup().id(),
                    (id, ref) ->
                        groups.update(
                            id, GroupUpdate.builder().associatedVictimAssets(ref).build()))
                .read(
                    id ->
                        groups
                            .get(id, GroupField.ASSOCIATED_VICTIM_ASSETS)
                            .associatedVictimAssets()),

            // /v3/indicators | Artifacts, Cases, Groups, Indicators (L36-41)
            AssociationCell.of("/v3/indicators", "Artifacts", targets.artifacts(), Artifact::id)
                .post(ref -> indicators.create(Bodies.host().associatedArtifacts(ref).build()).id())
                .put(
                    () -> existing.aHost().id(),
                    (id, ref) ->
                        indicators.update(
                            id, IndicatorUpdate.builder().associatedArtifacts(ref).build()))
                .read(
                    id ->
                        indicators
                            .get(id, IndicatorField.ASSOCIATED_ARTIFACTS)
                            .associatedArtifacts()),
            AssociationCell.of("/v3/indicators", "Cases", targets.cases(), Case::id)
                .post(ref -> indicators.create(Bodies.host().associatedCases(ref).build()).id())
                .put(
                    () -> existing.aHost().id(),
                    (id, ref) ->
                        indicators.update(
                            id, IndicatorUpdate.builder().associatedCases(ref).build()))
                .read(id -> indicators.get(id, IndicatorField.ASSOCIATED_CASES).associatedCases()),
            AssociationCell.of("/v3/indicators", "Groups", targets.groups(), Group::id)
                .post(ref -> indicators.create(Bodies.host().associatedGroups(ref).build()).id())
                .put(
                    () -> existing.aHost().id(),
                    (id, ref) ->
                        indicators.update(
                            id, IndicatorUpdate.builder().associatedGroups(ref).build()))
                .read(
                    id -> indicators.get(id, IndicatorField.ASSOCIATED_GROUPS).associatedGroups()),
            // A URL is the primary type of "URL Host", whose children are Hosts and Addresses
            // (v3/indicators/associations.rst L134-136): the kinds of target here are all of those.
            AssociationCell.of("/v3/indicators", "Indicators", targets.indicators(), Indicator::id)
                .post(ref -> indicators.create(Bodies.url().associatedIndicators(ref).build()).id())
                .put(
                    () -> existing.aUrl().id(),
                    (id, ref) ->
                        indicators.update(
                            id, IndicatorUpdate.builder().associatedIndicators(ref).build()))
                .read(
                    id ->
                        indicators
                            .get(id, IndicatorField.ASSOCIATED_INDICATORS)
                            .associatedIndicators()),

            // /v3/intelRequirements | Artifacts, Cases, Groups, Indicators, Victim Assets (L42-48)
            AssociationCell.of(
                    "/v3/intelRequirements", "Artifacts", targets.artifacts(), Artifact::id)
                .post(
                    ref ->
                        intelRequirements
                            .create(Bodies.intelRequirement().associatedArtifacts(ref).build())
                            .id())
                .put(
                    () -> existing.anIntelRequirement().id(),
                    (id, ref) ->
                        intelRequirements.update(
                            id, IntelRequirementUpdate.builder().associatedArtifacts(ref).build()))
                .read(
                    id ->
                        intelRequirements
                            .get(id, IntelRequirementField.ASSOCIATED_ARTIFACTS)
                            .associatedArtifacts()),
            AssociationCell.of("/v3/intelRequirements", "Cases", targets.cases(), Case::id)
                .post(
                    ref ->
                        intelRequirements
                            .create(Bodies.intelRequirement().associatedCases(ref).build())
                            .id())
                .put(
                    () -> existing.anIntelRequirement().id(),
                    (id, ref) ->
                        intelRequirements.update(
                            id, IntelRequirementUpdate.builder().associatedCases(ref).build()))
                .read(
                    id ->
                        intelRequirements
                            .get(id, IntelRequirementField.ASSOCIATED_CASES)
                            .associatedCases()),
            AssociationCell.of("/v3/intelRequirements", "Groups", targets.groups(), Group::id)
                .post(
                    ref ->
                        intelRequirements
                            .create(Bodies.intelRequirement().associatedGroups(ref).build())
                            .id())
                .put(
                    () -> existing.anIntelRequirement().id(),
                    (id, ref) ->
                        intelRequirements.update(
                            id, IntelRequirementUpdate.builder().associatedGroups(ref).build()))
                .read(
                    id ->
                        intelRequirements
                            .get(id, IntelRequirementField.ASSOCIATED_GROUPS)
                            .associatedGroups()),
            AssociationCell.of(
                    "/v3/intelRequirements", "Indicators", targets.indicators(), Indicator::id)
                .post(
                    ref ->
                        intelRequirements
                            .create(Bodies.intelRequirement().associatedIndicators(ref).build())
                            .id())
                .put(
                    () -> existing.anIntelRequirement().id(),
                    (id, ref) ->
                        intelRequirements.update(
                            id, IntelRequirementUpdate.builder().associatedIndicators(ref).build()))
                .read(
                    id ->
                        intelRequirements
                            .get(id, IntelRequirementField.ASSOCIATED_INDICATORS)
                            .associatedIndicators()),
            AssociationCell.of(
                    "/v3/intelRequirements",
                    "Victim Assets",
                    targets.victimAssets(),
                    VictimAsset::id)
                .post(
                    ref ->
                        intelRequirements
                            .create(Bodies.intelRequirement().associatedVictimAssets(ref).build())
                            .id())
                .put(
                    () -> existing.anIntelRequirement().id(),
                    (id, ref) ->
                        intelRequirements.update(
                            id,
                            IntelRequirementUpdate.builder().associatedVictimAssets(ref).build()))
                .read(
                    id ->
                        intelRequirements
                            .get(id, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS)
                            .associatedVictimAssets()),

            // /v3/victimAssets | Groups, not across owners (L49-51)
            AssociationCell.of(
                    "/v3/victimAssets", "Groups", targets.groupsInTheSameOwner(), Group::id)
                .post(
                    ref ->
                        victimAssets
                            .create(
                                Bodies.emailAsset(existing.aVictim().id())
                                    .associatedGroups(ref)
                                    .build())
                            .id())
                .put(
                    () -> existing.aVictimAsset().id(),
                    (id, ref) ->
                        victimAssets.update(
                            id, VictimAssetUpdate.builder().associatedGroups(ref).build()))
                .read(
                    id ->
                        victimAssets
                            .get(id, VictimAssetField.ASSOCIATED_GROUPS)
                            .associatedGroups()),

            // /v3/victims | Groups, not across owners (L52-54)
            AssociationCell.of("/v3/victims", "Groups", targets.groupsInTheSameOwner(), Group::id)
                .post(ref -> victims.create(Bodies.victim().associatedGroups(ref).build()).id())
                .put(
                    () -> existing.aVictim().id(),
                    (id, ref) ->
                        victims.update(id, VictimUpdate.builder().associatedGroups(ref).build()))
                .read(id -> victims.get(id, VictimField.ASSOCIATED_GROUPS).associatedGroups()));
  }

  List<AssociationCell<?, ?>> all() {
    return cells;
  }

  Optional<AssociationCell<?, ?>> find(String endpoint, String target) {
    return cells.stream()
        .filter(c -> c.endpoint().equals(endpoint) && c.target().equals(target))
        .findFirst();
  }
}
