package dev.tcpivot.cli;

import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetRef;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The update that links a chunk of objects to the target, for each pair of the association table,
 * written with the generated builders so that the compiler checks each pair a second time. The
 * table itself decides which pairs are asked for ({@link ObjectKinds#refusal}); a pair it allows
 * that has no case here is an error of this class, not of the user.
 */
final class LinkRequests {
  private final ThreatConnect tc;
  private final Path file;
  private final List<LinkLine> lines;

  LinkRequests(ThreatConnect tc, Path file, List<LinkLine> lines) {
    this.tc = tc;
    this.file = file;
    this.lines = lines;
  }

  /**
   * The plan for linking the file's objects of type {@code objects} to {@code target}.
   *
   * @throws LinkFileException for a line that does not name an object of that type
   */
  LinkPlan plan(LinkTarget target, ObjectType objects) {
    String endpoint = target.endpoint().endpointName();
    String kind = objects.endpointName();
    switch (endpoint + "<-" + kind) {
      case "artifacts<-groups":
        return LinkPlan.of(groups(), c -> artifact(target, ArtifactUpdate.builder().associatedGroups(c).build()));
      case "artifacts<-indicators":
        return LinkPlan.of(indicators(), c -> artifact(target, ArtifactUpdate.builder().associatedIndicators(c).build()));
      case "cases<-cases":
        return LinkPlan.of(cases(), c -> kase(target, CaseUpdate.builder().associatedCases(c).build()));
      case "cases<-groups":
        return LinkPlan.of(groups(), c -> kase(target, CaseUpdate.builder().associatedGroups(c).build()));
      case "cases<-indicators":
        return LinkPlan.of(indicators(), c -> kase(target, CaseUpdate.builder().associatedIndicators(c).build()));
      case "groups<-artifacts":
        return LinkPlan.of(artifacts(), c -> group(target, GroupUpdate.builder().associatedArtifacts(c).build()));
      case "groups<-cases":
        return LinkPlan.of(cases(), c -> group(target, GroupUpdate.builder().associatedCases(c).build()));
      case "groups<-groups":
        return LinkPlan.of(groups(), c -> group(target, GroupUpdate.builder().associatedGroups(c).build()));
      case "groups<-indicators":
        return LinkPlan.of(indicators(), c -> group(target, GroupUpdate.builder().associatedIndicators(c).build()));
      case "groups<-victimAssets":
        return LinkPlan.of(victimAssets(), c -> group(target, GroupUpdate.builder().associatedVictimAssets(c).build()));
      case "indicators<-artifacts":
        return LinkPlan.of(artifacts(), c -> indicator(target, IndicatorUpdate.builder().associatedArtifacts(c).build()));
      case "indicators<-cases":
        return LinkPlan.of(cases(), c -> indicator(target, IndicatorUpdate.builder().associatedCases(c).build()));
      case "indicators<-groups":
        return LinkPlan.of(groups(), c -> indicator(target, IndicatorUpdate.builder().associatedGroups(c).build()));
      case "indicators<-indicators":
        return LinkPlan.of(indicators(), c -> indicator(target, IndicatorUpdate.builder().associatedIndicators(c).build()));
      case "intelRequirements<-artifacts":
        return LinkPlan.of(artifacts(), c -> intelRequirement(target, IntelRequirementUpdate.builder().associatedArtifacts(c).build()));
      case "intelRequirements<-cases":
        return LinkPlan.of(cases(), c -> intelRequirement(target, IntelRequirementUpdate.builder().associatedCases(c).build()));
      case "intelRequirements<-groups":
        return LinkPlan.of(groups(), c -> intelRequirement(target, IntelRequirementUpdate.builder().associatedGroups(c).build()));
      case "intelRequirements<-indicators":
        return LinkPlan.of(indicators(), c -> intelRequirement(target, IntelRequirementUpdate.builder().associatedIndicators(c).build()));
      case "intelRequirements<-victimAssets":
        return LinkPlan.of(victimAssets(), c -> intelRequirement(target, IntelRequirementUpdate.builder().associatedVictimAssets(c).build()));
      case "victimAssets<-groups":
        return LinkPlan.of(groups(), c -> tc.victimAssets().update(id(target), VictimAssetUpdate.builder().associatedGroups(c).build()));
      case "victims<-groups":
        return LinkPlan.of(groups(), c -> tc.victims().update(id(target), VictimUpdate.builder().associatedGroups(c).build()));
      default:
        throw new IllegalStateException("no update links " + objects.name() + " to " + target.endpoint().endpoint());
    }
  }

  private void artifact(LinkTarget target, ArtifactUpdate body) {
    tc.artifacts().update(id(target), body);
  }

  private void kase(LinkTarget target, CaseUpdate body) {
    tc.cases().update(id(target), body);
  }

  private void group(LinkTarget target, GroupUpdate body) {
    tc.groups().update(id(target), body);
  }

  private void indicator(LinkTarget target, IndicatorUpdate body) {
    if (target.id().isPresent()) {
      tc.indicators().update(target.id().getAsLong(), body);
    } else {
      tc.indicators().update(target.key(), body);
    }
  }

  private void intelRequirement(LinkTarget target, IntelRequirementUpdate body) {
    tc.intelRequirements().update(id(target), body);
  }

  private static long id(LinkTarget target) {
    return target.id().orElseThrow();
  }

  private List<SameOwnerRef<Artifact>> artifacts() {
    return byId("Artifacts", ArtifactRef::id);
  }

  private List<SameOwnerRef<Case>> cases() {
    return byId("Cases", CaseRef::id);
  }

  private List<SameOwnerRef<Group>> groups() {
    return byId("Groups", GroupRef::id);
  }

  private List<SameOwnerRef<VictimAsset>> victimAssets() {
    return byId("Victim Assets", VictimAssetRef::id);
  }

  /** Indicators by ID or by type and summary. */
  private List<SameOwnerRef<Indicator>> indicators() {
    List<SameOwnerRef<Indicator>> refs = new ArrayList<>(lines.size());
    for (LinkLine line : lines) {
      try {
        refs.add(line.isId() ? IndicatorRef.id(line.id()) : IndicatorSummaries.ref(line.text()));
      } catch (IllegalArgumentException e) {
        throw new LinkFileException(file, line.number(), e.getMessage());
      }
    }
    return refs;
  }

  private <T> List<SameOwnerRef<T>> byId(String name, LongFunction<? extends SameOwnerRef<T>> ref) {
    List<SameOwnerRef<T>> refs = new ArrayList<>(lines.size());
    for (LinkLine line : lines) {
      if (!line.isId()) {
        throw new LinkFileException(file, line.number(),
            "'" + line.text() + "': " + name + " are named by ID; only Indicators by type and summary");
      }
      refs.add(ref.apply(line.id()));
    }
    return refs;
  }
}
