package dev.tcpivot.e2e;

import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every way the source document (v3/associations.rst, "Create Associations", L56-265) names an
 * association target, per target type. Each kind makes a fresh object, so every scenario links
 * something no other scenario touched.
 */
final class Targets {
  private final Existing existing;
  private final long sourceId;

  /**
   * @param sourceId the ID of Demo Source, for the refs that name their owner by ID
   */
  Targets(Existing existing, long sourceId) {
    this.existing = existing;
    this.sourceId = sourceId;
  }

  /** "Artifact Associations", L61-96. */
  List<TargetKind<Artifact, Ref<Artifact>>> artifacts() {
    return List.of(
        kind(
            "a new Artifact (L66-81)",
            () -> {
              long caseId = existing.aCase().id();
              String summary = Unique.email();
              return new Target<>(
                  NewArtifact.of(caseId, summary, Bodies.EMAIL_ADDRESS_ARTIFACT),
                  a -> summary.equals(a.summary()) && Long.valueOf(caseId).equals(a.caseId()));
            }),
        kind(
            "an existing Artifact by id (L83-96)",
            () -> byId(existing.anArtifact(), Artifact::id, ArtifactRef::id)));
  }

  /** "Case Associations", L98-133. */
  List<TargetKind<Case, Ref<Case>>> cases() {
    return List.of(
        kind(
            "a new Case (L103-118)",
            () -> {
              String name = Unique.name("Phishing Investigation");
              return new Target<>(
                  NewCase.of(name, CaseSeverity.LOW, CaseStatus.OPEN),
                  c ->
                      name.equals(c.name())
                          && c.severity() == CaseSeverity.LOW
                          && c.status() == CaseStatus.OPEN);
            }),
        kind(
            "an existing Case by id (L120-133)",
            () -> byId(existing.aCase(), Case::id, CaseRef::id)));
  }

  /**
   * "Group Associations", L135-170, for endpoints that refuse associations across owners: a new
   * Group in the request's owner, and an existing one by id.
   */
  List<TargetKind<Group, SameOwnerRef<Group>>> groupsInTheSameOwner() {
    return List.of(
        kind(
            "a new Group (L143)",
            () -> {
              String name = Unique.name("Bad Guy");
              return new Target<>(
                  NewGroup.adversary(name),
                  g -> name.equals(g.name()) && "Adversary".equals(g.type()));
            }),
        kind(
            "an existing Group by id (L157-170)",
            () -> byId(existing.aGroup(), Group::id, GroupRef::id)));
  }

  /** "Group Associations", L135-170, with the new Group in "Demo Source" of the sample. */
  List<TargetKind<Group, Ref<Group>>> groups() {
    List<TargetKind<Group, Ref<Group>>> kinds =
        new ArrayList<>(TargetKind.<Group, Ref<Group>>widen(groupsInTheSameOwner()));
    kinds.add(
        kind(
            "a new Group in Demo Source (L140-155)",
            () -> {
              String name = Unique.name("Bad Guy");
              return new Target<>(
                  NewGroup.adversary(name).ownerName(Existing.DEMO_SOURCE),
                  g -> name.equals(g.name()) && Existing.DEMO_SOURCE.equals(g.ownerName()));
            }));
    kinds.add(
        kind(
            "a new Group in Demo Source by ownerId (L143)",
            () -> {
              String name = Unique.name("Bad Guy");
              return new Target<>(
                  NewGroup.adversary(name).ownerId(sourceId),
                  g -> name.equals(g.name()) && Long.valueOf(sourceId).equals(g.ownerId()));
            }));
    return kinds;
  }

  /** "Indicator Associations", L172-228. */
  List<TargetKind<Indicator, Ref<Indicator>>> indicators() {
    return List.of(
        kind(
            "a new Host (L183)",
            () -> {
              String host = Unique.host();
              return new Target<>(
                  NewIndicator.host(host),
                  i -> host.equals(i.hostName()) && "Host".equals(i.type()));
            }),
        kind(
            "a new Host in Demo Source (L180-195)",
            () -> {
              String host = Unique.host();
              return new Target<>(
                  NewIndicator.host(host).ownerName(Existing.DEMO_SOURCE),
                  i -> host.equals(i.hostName()) && Existing.DEMO_SOURCE.equals(i.ownerName()));
            }),
        kind(
            "a new Host in Demo Source by ownerId (L183)",
            () -> {
              String host = Unique.host();
              return new Target<>(
                  NewIndicator.host(host).ownerId(sourceId),
                  i -> host.equals(i.hostName()) && Long.valueOf(sourceId).equals(i.ownerId()));
            }),
        kind(
            "an existing Indicator by id (L205-215)",
            () -> byId(existing.anAddress(), Indicator::id, IndicatorRef::id)),
        kind(
            "an existing Address by type and summary (L217-228)",
            () -> {
              Indicator address = existing.anAddress();
              return new Target<>(
                  IndicatorRef.address(address.ip()), i -> Objects.equals(address.id(), i.id()));
            }),
        kind(
            "an existing Address in Demo Source by type, summary and ownerName (L202-203)",
            () -> {
              Indicator address = existing.anAddressIn(Existing.DEMO_SOURCE);
              return new Target<>(
                  IndicatorRef.address(address.ip()).ownerName(Existing.DEMO_SOURCE),
                  i -> Objects.equals(address.id(), i.id()));
            }),
        kind(
            "an existing Address in Demo Source by type, summary and ownerId (L202-203)",
            () -> {
              Indicator address = existing.anAddressIn(Existing.DEMO_SOURCE);
              return new Target<>(
                  IndicatorRef.address(address.ip()).ownerId(sourceId),
                  i -> Objects.equals(address.id(), i.id()));
            }));
  }

  /** "Victim Asset Associations", L230-265. */
  List<TargetKind<VictimAsset, Ref<VictimAsset>>> victimAssets() {
    return List.of(
        kind(
            "a new Victim Asset (L235-250)",
            () -> {
              long victimId = existing.aVictim().id();
              String address = Unique.email();
              return new Target<>(
                  NewVictimAsset.emailAddress(victimId, address),
                  v -> address.equals(v.address()) && Long.valueOf(victimId).equals(v.victimId()));
            }),
        kind(
            "an existing Victim Asset by id (L252-265)",
            () -> byId(existing.aVictimAsset(), VictimAsset::id, VictimAssetRef::id)));
  }

  private static <T, R> TargetKind<T, R> kind(String name, Supplier<Target<T, R>> make) {
    return new TargetKind<>(name, make);
  }

  private static <T, R> Target<T, R> byId(
      T object, Function<T, Long> id, Function<Long, ? extends R> ref) {
    Long expected = id.apply(object);
    return new Target<>(ref.apply(expected), o -> expected.equals(id.apply(o)));
  }
}
